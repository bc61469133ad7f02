/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, ClaimcheckApi, claimcheckDiagnostics, openArticle, waitForDiagnostics, withCode } from './util';

suite('Status bar', () => {
  let api: ClaimcheckApi;
  suiteSetup(async () => { api = await activate(); });

  test('shows the active article\'s error and warning counts', async () => {
    const editor = await openArticle('articles', 'ar', 'crimea-draft.md');
    await waitForDiagnostics(editor.document.uri, ds => withCode(ds, 'date-mismatch').length > 0, 'a date-mismatch');
    const ds = claimcheckDiagnostics(editor.document.uri);
    const errors = ds.filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ds.filter(d => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.equal(api.statusText(), `$(checklist) $(error) ${errors} $(warning) ${warnings}`);
  });

  test('is hidden when the active editor is not Markdown', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not an article' });
    await vscode.window.showTextDocument(doc);
    assert.equal(api.statusText(), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
