/** Code lens and document symbols over the protocol. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileChangeType, SymbolKind, type CodeLens, type DocumentSymbol } from 'vscode-languageserver';
import { withServer } from './session';
import { AR, EN, positionAt, rangeOf, REGISTER } from './workspace';

const lineOf = (text: string, needle: string) => positionAt(text, text.indexOf(needle)).line;

test('each claim block has a lens per claim: status, last review and how many articles cite it, in the article language', () => withServer(async (client, ws) => {
  const en = ws.read(EN);
  ws.write('articles/third.en.md', '---\nlang: en\n---\n\nHeld in 2013.\n\n```claim\nref: last-2plus2-meeting\n```\n\nNew.\n\n```claim\ndate: 2013\n```\n');
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri(EN) } });
  const at = (line: number) => lenses.filter(l => l.range.start.line === line).map(l => l.command!.title);
  assert.deepEqual(at(lineOf(en, '```claim\nref: last-2plus2-meeting')), ['verified · reviewed 2018-01-16 · cited by 3 articles']);
  assert.deepEqual(at(lineOf(en, '```claim\nref: [crimea-accession')), [
    'crimea-accession: verified · reviewed 2018-01-16 · cited by 2 articles',
    'ussr-dissolution: verified · reviewed 2018-01-16 · cited by 2 articles',
  ]);
  for (const l of lenses) assert.equal(l.command!.command, '', 'a label, not a command');

  const ar = ws.read(AR);
  const arLenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri(AR) } });
  assert.deepEqual(arLenses.filter(l => l.range.start.line === lineOf(ar, '```claim\nref: huntsman-meeting')).map(l => l.command!.title),
    ['موثق · آخر مراجعة 2018-01-17 · تستشهد به مقالتان']);

  const third = ws.read('articles/third.en.md');
  const thirdLenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri('articles/third.en.md') } });
  assert.deepEqual(thirdLenses.filter(l => l.range.start.line === lineOf(third, '```claim\ndate')).map(l => l.command!.title), ['not in the register']);

  // The register changes: the lens says so when asked again.
  ws.write(REGISTER, ws.read(REGISTER).replace('    status: verified\n    reviewed: { by: world-desk, on: 2018-01-16 }\n\n  crimea', '    status: false\n    reviewed: { by: world-desk, on: 2018-01-18 }\n\n  crimea'));
  client.filesChanged({ uri: ws.uri(REGISTER), type: FileChangeType.Changed });
  const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.uri('articles/third.en.md') } });
  assert.equal(after[0].command!.title, 'false · reviewed 2018-01-18 · cited by 3 articles');
}));

test('article symbols are the claim blocks, spanning passage and block, with their claims as children', () => withServer(async (client, ws) => {
  const en = ws.read(EN);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(EN) } });
  assert.equal(symbols.length, 8);
  const last = symbols.find(s => s.name === 'last-2plus2-meeting')!;
  const line = 'The last 2+2 meeting was held in Washington in 2013.';
  assert.deepEqual(last.selectionRange, rangeOf(en, line));
  assert.deepEqual(last.range.start, rangeOf(en, line).start);
  assert.deepEqual(last.range.end, rangeOf(en, 'place: washington\n```', 'place: washington\n```').end);
  assert.deepEqual(last.children!.map(c => [c.name, c.detail]), [['last-2plus2-meeting', 'verified']]);
  const many = symbols.find(s => s.name === 'sf-consulate-closure, us-staff-cut, compounds-seizure')!;
  assert.equal(many.children!.length, 3);
  assert.deepEqual(many.children![1].range, rangeOf(en, 'us-staff-cut,', 'us-staff-cut'));
}));

test('register symbols are entities, roles and claims with their entries', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(REGISTER) } });
  assert.deepEqual(symbols.map(s => [s.name, s.kind]), [['entities', SymbolKind.Namespace], ['roles', SymbolKind.Namespace], ['claims', SymbolKind.Namespace]]);
  const [entities, roles, claims] = symbols;
  assert.equal(entities.children!.length, 13);
  assert.deepEqual(entities.children![0].selectionRange, rangeOf(register, '  huntsman:\n', 'huntsman'));
  assert.equal(entities.children![0].detail, 'person · Jon Huntsman');
  assert.deepEqual(roles.children!.map(c => c.name), ['us-ambassador-russia', 'russian-ambassador-us', 'us-secretary-of-state', 'russian-foreign-minister']);
  const last = claims.children!.find(c => c.name === 'last-2plus2-meeting')!;
  assert.match(last.detail!, /^verified · The most recent Russia–US/);
  assert.equal(last.range.start.line, last.selectionRange.start.line);
  assert.ok(last.range.end.line > last.range.start.line + 5, 'the entry spans its fields');
}, { locale: 'en' }));
