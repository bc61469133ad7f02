/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, hoverText, openArticle, rangeOf, waitForDiagnostics, workspaceUri } from './util';

const ID = 'last-2plus2-meeting';

async function refPosition(): Promise<{ doc: vscode.TextDocument; at: vscode.Position }> {
  const editor = await openArticle('articles', 'en', 'relations-draft.md');
  const doc = editor.document;
  // The server has seen the document once its diagnostics are in.
  await waitForDiagnostics(doc.uri, ds => ds.length > 0, 'the first diagnostics');
  const range = rangeOf(doc, ID, `ref: ${ID}`);
  return { doc, at: range.start.translate(0, 4) };
}

suite('Navigation', () => {
  suiteSetup(activate);

  test('hover on a claim block ref shows the claim: statement and status', async () => {
    const { doc, at } = await refPosition();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at) ?? [];
    const text = hoverText(hovers);
    assert.ok(text.length > 0, 'no hover on the ref id');
    assert.match(text, /Washington in 2013/, 'the hover shows the statement');
    assert.match(text, /verified/i, 'the hover shows the status');
  });

  test('go to definition from a ref lands on the claim key in claims.yaml', async () => {
    const { doc, at } = await refPosition();
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, at,
    ) ?? [];
    assert.ok(found.length > 0, 'no definition for the ref id');
    const first = found[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetSelectionRange ?? first.targetRange : first.range;
    assert.equal(uri.toString(), workspaceUri('claims.yaml').toString());
    const register = await vscode.workspace.openTextDocument(uri);
    const key = rangeOf(register, `${ID}:`, '\nclaims:');
    assert.equal(range.start.line, key.start.line, `the definition is on the line of "${ID}:"`);
    assert.equal(register.getText(new vscode.Range(range.start, range.start.translate(0, ID.length))), ID);
  });
});
