/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

suite('Packaging', () => {
  test('every file the manifest points to is in the installed extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const contributes = ext.packageJSON.contributes ?? {};
    const files = [...new Set<string>([
      ext.packageJSON.main,
      ...((contributes.yamlValidation ?? []) as Array<{ url: string }>).map(v => v.url).filter(u => !/^[a-z]+:/i.test(u)),
      ...((contributes.jsonValidation ?? []) as Array<{ url: string }>).map(v => v.url).filter(u => !/^[a-z]+:/i.test(u)),
      ...((contributes.grammars ?? []) as Array<{ path: string }>).map(g => g.path),
    ])];
    const missing: string[] = [];
    for (const file of files) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, file));
      } catch {
        missing.push(file);
      }
    }
    assert.deepEqual(missing, [], `missing from the VSIX (see .vscodeignore): ${missing.join(', ')}`);
  });
});
