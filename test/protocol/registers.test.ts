/** Register changes over the protocol: watched files, open register buffers, new and deleted registers. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { withCode } from './lspClient';
import { withServer } from './session';
import { EN, rangeOf, REGISTER, replaceIn } from './workspace';

const EN_LINE = 'The last 2+2 meeting was held in Washington in 2013.';
const BLOCK = 'ref: last-2plus2-meeting\ndate: 2013';
const CLAIM_DATE = '    date: 2013-08-09\n';

test('a register rewritten on disk and reported by didChangeWatchedFiles re-checks the open article', () => withServer(async (client, ws) => {
  const watcher = await client.registration('workspace/didChangeWatchedFiles');
  assert.deepEqual((watcher.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map(w => w.globPattern), ['**/*.{yaml,yml,json}']);

  const uri = ws.uri(EN);
  const text = ws.read(EN);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  await opened;
  const year = rangeOf(text, EN_LINE, '2013');
  const changed = client.diagnostics(uri, p => p.version === 2);
  client.change(uri, 2, { range: year, text: '2012' });
  assert.deepEqual(withCode(await changed, 'date-mismatch').map(d => d.range), [year]);

  // The register now says 2012: the prose "2012" agrees, the claim block's "date: 2013" does not.
  const register = ws.read(REGISTER);
  assert.equal(register.split(CLAIM_DATE).length, 2, 'the claim date occurs once in the seed register');
  ws.write(REGISTER, register.replace(CLAIM_DATE, '    date: 2012-08-09\n'));
  const refreshed = client.diagnostics(uri, p => withCode(p, 'date-mismatch').length > 0
    && !withCode(p, 'date-mismatch').some(d => d.range.start.line === year.start.line));
  client.filesChanged({ uri: ws.uri(REGISTER), type: FileChangeType.Changed });
  const after = await refreshed;
  assert.equal(after.version, 2);
  const edited = replaceIn(text, EN_LINE, '2013', '2012');
  assert.deepEqual(withCode(after, 'date-mismatch').map(d => d.range), [rangeOf(edited, BLOCK, '2013')]);
}));

test('a register open in the editor with a YAML error gets a yaml-syntax diagnostic, cleared when fixed', () => withServer(async (client, ws) => {
  const registerUri = ws.uri(REGISTER);
  const good = ws.read(REGISTER);
  const article = ws.uri(EN);
  const firstRegister = client.diagnostics(registerUri);
  const opened = client.diagnostics(article, p => p.version === 1);
  client.open(article, ws.read(EN));
  assert.deepEqual((await opened).diagnostics.filter(d => d.severity === DiagnosticSeverity.Error), []);
  assert.deepEqual(withCode(await firstRegister, 'yaml-syntax'), []);

  const bad = replaceIn(good, '\nclaims:\n', 'claims:\n', 'claims:\n  broken: [unclosed, list\n');
  const broken = client.diagnostics(registerUri, p => withCode(p, 'yaml-syntax').length > 0);
  const articleBroken = client.diagnostics(article, p => p.diagnostics.some(d => d.severity === DiagnosticSeverity.Error));
  client.open(registerUri, bad, 'yaml');
  const syntax = withCode(await broken, 'yaml-syntax');
  assert.ok(syntax.every(d => d.severity === DiagnosticSeverity.Error && d.source === 'claimcheck'));
  const line = rangeOf(bad, 'broken: [unclosed, list').start.line;
  assert.ok(syntax.some(d => d.range.start.line >= line), 'the syntax error is reported at or after the broken line');
  await articleBroken; // the open buffer, not the disk, is the register now

  const fixedRegister = client.diagnostics(registerUri, p => withCode(p, 'yaml-syntax').length === 0);
  const articleFixed = client.diagnostics(article, p => !p.diagnostics.some(d => d.severity === DiagnosticSeverity.Error));
  client.change(registerUri, 2, { text: good });
  await fixedRegister;
  await articleFixed;
}));

test('a claims.yaml created next to the articles is picked up, and its deletion noticed', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, ws.read(EN));
  assert.ok(withCode(await opened, 'no-register').length > 0, 'no register yet');

  const local = 'articles/claims.yaml';
  ws.write(local, ws.read('seed-claims.yaml'));
  const found = client.diagnostics(uri, p => withCode(p, 'no-register').length === 0);
  const registerShown = client.diagnostics(ws.uri(local));
  client.filesChanged({ uri: ws.uri(local), type: FileChangeType.Created });
  await found;
  await registerShown;

  ws.delete(local);
  const lost = client.diagnostics(uri, p => withCode(p, 'no-register').length > 0);
  const registerCleared = client.diagnostics(ws.uri(local), p => p.diagnostics.length === 0);
  client.filesChanged({ uri: ws.uri(local), type: FileChangeType.Deleted });
  await lost;
  await registerCleared;
}, { prepare: ws => { ws.write('seed-claims.yaml', ws.read(REGISTER)); ws.delete(REGISTER); } }));

test('front matter `register:` names the register relative to the article; a missing one is reported on its value', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const text = ws.read(EN).replace('lang: en\n', 'lang: en\nregister: ../data/world.yaml\n').replace('in Washington in 2013.', 'in Washington in 2012.');
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  const found = await opened;
  assert.deepEqual(withCode(found, 'no-register'), []);
  assert.equal(withCode(found, 'date-mismatch').length, 1, 'checked against data/world.yaml');

  const missing = text.replace('../data/world.yaml', '../data/nowhere.yaml');
  const reported = client.diagnostics(uri, p => p.version === 2);
  client.change(uri, 2, { text: missing });
  const [problem] = withCode(await reported, 'no-register');
  assert.ok(problem, 'a no-register diagnostic');
  assert.deepEqual(problem.range, rangeOf(missing, 'register: ../data/nowhere.yaml', '../data/nowhere.yaml'));
}, { prepare: ws => { ws.write('data/world.yaml', ws.read(REGISTER)); ws.delete(REGISTER); } }));
