/// <reference types="mocha" />
/**
 * Restricted mode: VS Code enables Claimcheck (it declares limited support), the workspace's
 * claimcheck.register (a restricted setting) is withheld from it, so the register is found from the
 * article as the manifest says, and diagnostics still come. The workspace's settings name a decoy
 * register that dates the last 2+2 meeting to August 2012: were it read, the draft's "August 2012"
 * would not be a date-mismatch.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, openArticle, rangeOf, rangeText, waitForDiagnostics, withCode, workspaceUri } from '../suite/util';

suite('Untrusted workspace', () => {
  test('the workspace is not trusted, and Claimcheck is enabled there', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await activate();
  });

  test('the workspace\'s settings name the decoy register, and VS Code withholds that value from the extension', async () => {
    const file = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.vscode', 'settings.json')));
    assert.equal(JSON.parse(file)['claimcheck.register'], 'decoy/claims.yaml', 'the harness wrote the decoy setting');
    const config = vscode.workspace.getConfiguration('claimcheck');
    assert.equal(config.inspect<string>('register')?.workspaceValue, undefined, 'a restricted setting is not read from an untrusted workspace');
    assert.notEqual(config.get<string>('register'), 'decoy/claims.yaml');
  });

  test('diagnostics come from the register found from the article, not the decoy: date-mismatch on "August 2012"', async () => {
    const editor = await openArticle('articles', 'en', 'relations-draft.md');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, d => withCode(d, 'date-mismatch').length > 0, 'a date-mismatch');
    const [d] = withCode(ds, 'date-mismatch');
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, 'August 2012')));
    assert.match(d.message, /\(2013-08-09\)/, 'the date of the real register, not the decoy\'s 2012-08');
  });
});
