/** The claimcheck settings over the protocol: level, per-code severity and the register path. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { withCode } from './lspClient';
import { withServer } from './session';
import { EN, REGISTER } from './workspace';

const NEW_CLAIM = 'articles/new-claim.en.md';
const NEW_CLAIM_TEXT = `---
lang: en
published: 2018-01-17
---

Lavrov and Tillerson met in Vienna in December 2017.

\`\`\`claim
date: 2017-12
\`\`\`
`;

test('claimcheck.level hides diagnostics below it, in articles and registers; claimcheck.severity overrides a code', () => withServer(async (client, ws) => {
  const uri = ws.uri(NEW_CLAIM);
  const registerUri = ws.uri(REGISTER);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, NEW_CLAIM_TEXT);
  const unregistered = withCode(await opened, 'unregistered');
  assert.equal(unregistered.length, 1, 'a claim block without ref is reported at the default level (hint)');
  assert.equal(unregistered[0].severity, DiagnosticSeverity.Information);
  assert.ok(client.configurationScopes.includes(uri), 'settings are asked for per document');

  client.settings = () => ({ level: 'error' });
  const quiet = client.diagnostics(uri);
  const quietRegister = client.diagnostics(registerUri);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  assert.deepEqual((await quiet).diagnostics.filter(d => d.severity !== DiagnosticSeverity.Error), []);
  assert.deepEqual((await quietRegister).diagnostics.filter(d => d.severity !== DiagnosticSeverity.Error), []);

  client.settings = () => ({ level: 'error', severity: { unregistered: 'error' } });
  const raised = client.diagnostics(uri);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const now = withCode(await raised, 'unregistered');
  assert.equal(now.length, 1);
  assert.equal(now[0].severity, DiagnosticSeverity.Error);
}));

test('a client that answers level "error" from the start never sees info or hint diagnostics', () => withServer(async (client, ws) => {
  const uri = ws.uri(NEW_CLAIM);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, NEW_CLAIM_TEXT);
  await opened;
  const english = client.diagnostics(ws.uri(EN), p => p.version === 1);
  client.open(ws.uri(EN), ws.read(EN));
  await english;
  for (const p of client.published) {
    assert.deepEqual(p.diagnostics.filter(d => d.severity !== DiagnosticSeverity.Error), [], `only errors for ${p.uri}`);
  }
}, { settings: () => ({ level: 'error' }) }));

test('claimcheck.register names the register relative to the workspace folder', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, ws.read(EN).replace('in Washington in 2013.', 'in Washington in 2012.'));
  const found = await opened;
  assert.deepEqual(withCode(found, 'no-register'), []);
  assert.equal(withCode(found, 'date-mismatch').length, 1, 'checked against data/world.yaml');
}, {
  settings: () => ({ register: 'data/world.yaml' }),
  prepare: ws => { ws.write('data/world.yaml', ws.read(REGISTER)); ws.delete(REGISTER); },
}));

test('a client without workspace/configuration pushes settings with didChangeConfiguration', () => withServer(async (client, ws) => {
  const uri = ws.uri(NEW_CLAIM);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, NEW_CLAIM_TEXT);
  assert.equal(withCode(await opened, 'unregistered').length, 1);

  const quiet = client.diagnostics(uri);
  client.notify('workspace/didChangeConfiguration', { settings: { claimcheck: { level: 'warning' } } });
  assert.deepEqual(withCode(await quiet, 'unregistered'), []);
  assert.deepEqual(client.configurationScopes, [], 'the server never asked');
}, { pull: false }));
