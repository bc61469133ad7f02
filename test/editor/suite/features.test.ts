/// <reference types="mocha" />
// The rest of the editor features, through VS Code's own commands against the installed
// extension: find references, rename, completion, code lens, outline, and diagnostics for an
// article that is not open (pull diagnostics) after a register change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, claimcheckDiagnostics, codeOf, openArticle, rangeOf, waitForDiagnostics, workspaceUri } from './util';

const ID = 'last-2plus2-meeting';

async function draft(): Promise<vscode.TextDocument> {
  const doc = (await openArticle('articles', 'en', 'relations-draft.md')).document;
  await waitForDiagnostics(doc.uri, ds => ds.length > 0, 'the first diagnostics');
  return doc;
}

suite('Editor features', () => {
  suiteSetup(activate);

  test('find references from a ref lists the citing articles, opened or not', async () => {
    const doc = await draft();
    const at = rangeOf(doc, ID, `ref: ${ID}`).start.translate(0, 3);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at) ?? [];
    const files = new Set(refs.map(r => vscode.workspace.asRelativePath(r.uri)));
    // Cited by the draft and by both seed articles (which are not open), declared in claims.yaml.
    for (const f of ['articles/en/relations-draft.md', 'articles/en/huntsman-2plus2.md', 'articles/ar/huntsman-2plus2.md']) {
      assert.ok(files.has(f), `references include ${f}: ${[...files].join(', ')}`);
    }
  });

  test('rename a claim id edits the register and every article', async () => {
    const doc = await draft();
    const at = rangeOf(doc, ID, `ref: ${ID}`).start.translate(0, 3);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'last-two-plus-two');
    assert.ok(edit, 'no rename edit');
    const files = new Set(edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri)));
    for (const f of ['claims.yaml', 'articles/en/relations-draft.md', 'articles/ar/huntsman-2plus2.md']) assert.ok(files.has(f), `the rename edits ${f}`);
    for (const [, edits] of edit.entries()) for (const e of edits) assert.equal(e.newText, 'last-two-plus-two');
  });

  test('completion after "ref: " offers claim ids with their statements', async () => {
    const doc = await draft();
    const line = rangeOf(doc, `ref: ${ID}`, '```claim').start.line;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 5));
    const labels = (list?.items ?? []).map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes(ID), `completion offers ${ID}: ${labels.slice(0, 10).join(', ')}`);
    assert.ok(labels.includes('crimea-accession'));
  });

  test('a code lens above each claim block shows its status', async () => {
    const doc = await draft();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100) ?? [];
    // Three blocks; the one with a mistyped id (lavrov-tillerson-viena) names no claim, so no lens.
    assert.equal(lenses.length, 2, `one lens per block naming a registered claim (got ${lenses.length})`);
    const titles = lenses.map(l => l.command?.title ?? '').join(' | ');
    assert.match(titles, /verified/i);
    assert.match(titles, /false/i, 'the false claim shows its status');
  });

  test('the outline lists the claims of the article', async () => {
    const doc = await draft();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri) ?? [];
    const names = JSON.stringify(symbols.map(s => [s.name, ...(s.children ?? []).map(c => c.name)]));
    assert.match(names, new RegExp(ID));
    assert.match(names, /2plus2-meeting-2016/);
  });

  test('an article that is not open gets diagnostics when a claim it cites turns false', async () => {
    const register = await vscode.workspace.openTextDocument(workspaceUri('claims.yaml'));
    const article = workspaceUri('articles', 'ar', 'huntsman-2plus2.md');
    const text = register.getText();
    const at = text.indexOf('status: verified', text.indexOf('  crimea-accession:'));
    assert.ok(at > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(register.uri, new vscode.Range(register.positionAt(at), register.positionAt(at + 'status: verified'.length)), 'status: false');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await register.save();
    try {
      const ds = await waitForDiagnostics(article, d => d.some(x => codeOf(x) === 'claim-status' && x.severity === vscode.DiagnosticSeverity.Error), 'claim-status in the unopened Arabic article');
      assert.ok(ds.length > 0);
      assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === article.toString() && d.isDirty));
    } finally {
      const undo = new vscode.WorkspaceEdit();
      const t = register.getText();
      const back = t.indexOf('status: false', t.indexOf('  crimea-accession:'));
      undo.replace(register.uri, new vscode.Range(register.positionAt(back), register.positionAt(back + 'status: false'.length)), 'status: verified');
      await vscode.workspace.applyEdit(undo);
      await register.save();
    }
    void claimcheckDiagnostics;
  });
});
