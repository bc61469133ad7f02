/// <reference types="mocha" />
/**
 * The counterpart of the untrusted-workspace suite (test/editor/untrusted/): in a trusted
 * workspace a claimcheck.register set for the workspace is honoured. A decoy register that dates
 * the last 2+2 meeting to August 2012 makes the draft's "August 2012" agree; unset, the real
 * register's 2013-08-09 makes it a date-mismatch again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decoyRegister } from '../decoy';
import { activate, openArticle, waitForDiagnostics, withCode, workspaceUri } from './util';

suite('Trusted workspace settings', () => {
  suiteSetup(activate);

  test('a workspace claimcheck.register is honoured when the workspace is trusted', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const decoy = workspaceUri('decoy', 'claims.yaml');
    const real = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('claims.yaml')));
    await vscode.workspace.fs.writeFile(decoy, new TextEncoder().encode(decoyRegister(real)));
    const config = () => vscode.workspace.getConfiguration('claimcheck');
    const doc = (await openArticle('articles', 'en', 'relations-draft.md')).document;
    try {
      await waitForDiagnostics(doc.uri, d => withCode(d, 'date-mismatch').length === 1, 'the date-mismatch against the real register');
      await config().update('register', 'decoy/claims.yaml', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, d => d.length > 0 && withCode(d, 'date-mismatch').length === 0, 'no date-mismatch against the decoy');
    } finally {
      await config().update('register', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, d => withCode(d, 'date-mismatch').length === 1, 'the date-mismatch again once the setting is gone');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(decoy, '..'), { recursive: true });
  });
});
