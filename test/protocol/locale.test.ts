/** The language of diagnostics over the protocol: claimcheck.locale, else the client's locale; messages, fix titles and register diagnostics. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver';
import type { DiagnosticData } from '../../server/src/lsp/convert';
import { LspClient, withCode } from './lspClient';
import { withServer } from './session';
import { AR, REGISTER, replaceIn, Workspace } from './workspace';

const AR_LINE = 'وعقد آخر لقاء بصيغة 2+2 في واشنطن في عام 2013.';
const AR_MESSAGE = '«2012» لا يوافق تاريخ الادعاء "last-2plus2-meeting" (2013-08-09).';
const EN_MESSAGE = '"2012" does not match the date of claim "last-2plus2-meeting" (2013-08-09).';

/** Opens the Arabic seed article with 2012 for 2013 and returns its date-mismatch diagnostic. */
async function wrongYear(client: LspClient, ws: Workspace) {
  const uri = ws.uri(AR);
  const published = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, replaceIn(ws.read(AR), AR_LINE, '2013', '2012'));
  const found = withCode(await published, 'date-mismatch');
  assert.equal(found.length, 1);
  return found[0];
}

test('an Arabic client gets Arabic messages and fix titles, for articles and for the register', () => withServer(async (client, ws) => {
  const registerPublished = client.diagnostics(ws.uri(REGISTER), p => p.diagnostics.length > 0);
  const d = await wrongYear(client, ws);
  assert.equal(d.message, AR_MESSAGE);
  const fix = (d.data as DiagnosticData).fix!;
  assert.equal(fix.title, 'تغيير إلى «2013»');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.uri(AR) }, range: d.range, context: { diagnostics: [d] } });
  assert.ok(actions.some(a => a.title === 'تغيير إلى «2013»' && a.isPreferred), actions.map(a => a.title).join(', '));
  // The seed register's `source: { name: US Department of State, 2+2 talks, … }` splits at a comma.
  const comma = (await registerPublished).diagnostics.find(x => x.code === 'schema');
  assert.ok(comma, 'the register has its schema warning');
  assert.match(String(comma.message), /^صار «2\+2 talks» مفتاحا بلا قيمة/);
}, { locale: 'ar' }));

test('an English client gets the English messages', () => withServer(async (client, ws) => {
  const d = await wrongYear(client, ws);
  assert.equal(d.message, EN_MESSAGE);
  assert.equal((d.data as DiagnosticData).fix!.title, 'Change to "2013"');
}, { locale: 'en' }));

test('claimcheck.locale overrides the client locale, and a change re-publishes in the new language', () => withServer(async (client, ws) => {
  const d = await wrongYear(client, ws);
  assert.equal(d.message, EN_MESSAGE, 'claimcheck.locale: en wins over an Arabic client');

  const again = client.diagnostics(ws.uri(AR), p => withCode(p, 'date-mismatch').length === 1 && p.diagnostics.some(x => x.message === AR_MESSAGE));
  client.settings = () => ({ locale: 'ar' });
  client.notify('workspace/didChangeConfiguration', { settings: null });
  assert.equal(withCode(await again, 'date-mismatch')[0].message, AR_MESSAGE);
}, { locale: 'ar-EG', settings: () => ({ locale: 'en' }) }));
