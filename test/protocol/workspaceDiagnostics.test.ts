/** Pull diagnostics (LSP 3.17) over the protocol: articles that are not open, result ids, refresh on a register change. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DiagnosticSeverity, FileChangeType, type DocumentDiagnosticReport, type InitializeResult, type WorkspaceDiagnosticReport,
  type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { withServer } from './session';
import { AR, EN, rangeOf, REGISTER } from './workspace';

const full = (r: WorkspaceDiagnosticReport, uri: string) =>
  r.items.find((i): i is WorkspaceFullDocumentDiagnosticReport => i.uri === uri && i.kind === 'full');

test('workspace/diagnostic reports closed articles; a claim turned false is listed after the refresh the server asks for', () => withServer(async (client, ws) => {
  const first = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
  const ar = full(first, ws.uri(AR));
  assert.ok(ar && full(first, ws.uri(EN)), 'both closed seed articles are reported');
  assert.ok(ar.items.some(d => d.code === 'name-variant'), 'with their findings');
  assert.deepEqual(ar.items.filter(d => d.code === 'claim-status'), []);

  // Opened documents keep push diagnostics: the workspace report leaves them out.
  const pushed = client.diagnostics(ws.uri(EN));
  client.open(ws.uri(EN), ws.read(EN));
  await pushed;

  const register = ws.read(REGISTER);
  const status = '    status: verified\n    reviewed: { by: world-desk, on: 2018-01-16 }\n\n  crimea-accession:';
  ws.write(REGISTER, register.replace(status, status.replace('verified', 'false')));
  const refresh = client.serverRequest('workspace/diagnostic/refresh');
  client.filesChanged({ uri: ws.uri(REGISTER), type: FileChangeType.Changed });
  await refresh;

  const previousResultIds = first.items.map(i => ({ uri: i.uri, value: i.resultId! }));
  const second = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
  const now = full(second, ws.uri(AR));
  assert.ok(now, 'the Arabic article is reported again');
  const arText = ws.read(AR);
  const cites = now.items.filter(d => d.code === 'claim-status');
  assert.equal(cites.length, 1);
  assert.equal(cites[0].severity, DiagnosticSeverity.Error);
  assert.deepEqual(cites[0].range, rangeOf(arText, 'ref: last-2plus2-meeting', 'last-2plus2-meeting'));
  const en = second.items.find(i => i.uri === ws.uri(EN));
  assert.ok(!en || (en.kind === 'full' && en.items.length === 0), 'the open article is not reported (only cleared once)');

  const third = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: second.items.map(i => ({ uri: i.uri, value: i.resultId! })) });
  assert.equal(third.items.find(i => i.uri === ws.uri(AR))?.kind, 'unchanged', 'nothing changed since');
}, { diagnosticRefresh: true }));

test('textDocument/diagnostic answers a closed article with its findings and an open one with none (it is pushed)', () => withServer(async (client, ws) => {
  const uri = ws.uri(AR);
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  assert.ok(report.kind === 'full' && report.items.some(d => d.code === 'name-variant'));
  const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
  assert.equal(again.kind, 'unchanged');

  const pushed = client.diagnostics(uri);
  client.open(uri, ws.read(AR));
  assert.ok((await pushed).diagnostics.some(d => d.code === 'name-variant'));
  const open = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(open, { kind: 'full', items: [] });
}));

test('the server declares pull diagnostics with inter-file dependencies and workspace diagnostics, and every feature', () => withServer(async client => {
  const init = client.initializeResult as InitializeResult;
  assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: true });
  assert.ok(init.capabilities.hoverProvider && init.capabilities.definitionProvider && init.capabilities.referencesProvider);
  assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
  assert.ok(init.capabilities.completionProvider && init.capabilities.codeActionProvider && init.capabilities.codeLensProvider && init.capabilities.documentSymbolProvider);
}));
