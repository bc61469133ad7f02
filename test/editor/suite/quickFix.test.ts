/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, openArticle, waitForDiagnostics, withCode } from './util';

suite('Quick fix', () => {
  suiteSetup(activate);

  test('date-mismatch: the quick fix rewrites "August 2012" to "August 2013"', async () => {
    const editor = await openArticle('articles', 'en', 'relations-draft.md');
    const doc = editor.document;
    const [d] = withCode(await waitForDiagnostics(doc.uri, ds => withCode(ds, 'date-mismatch').length > 0, 'a date-mismatch'), 'date-mismatch');
    try {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value,
      ) ?? [];
      const fixes = actions.filter((a): a is vscode.CodeAction => typeof a.command !== 'string')
        .filter(a => a.diagnostics?.some(x => codeOf(x) === 'date-mismatch') || /August 2013/.test(a.title));
      assert.ok(fixes.length > 0, `no quick fix for the date-mismatch; actions offered: ${JSON.stringify(actions.map(a => a.title))}`);
      const fix = fixes.find(a => /August 2013/.test(a.title)) ?? fixes[0];
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the workspace edit was not applied');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      assert.equal(doc.getText(new vscode.Range(d.range.start, d.range.start.translate(0, 'August 2013'.length))), 'August 2013');
      assert.match(doc.lineAt(d.range.start.line).text, /in Washington in August 2013\.$/);
      await waitForDiagnostics(doc.uri, ds => withCode(ds, 'date-mismatch').length === 0, 'the date-mismatch to clear after the fix');
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.match(doc.getText(), /August 2012/, 'the article was restored for the next tests');
  });
});
