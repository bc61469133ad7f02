/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate } from './util';

suite('Markdown preview', () => {
  suiteSetup(activate);

  test('VS Code\'s Markdown renderer draws claim blocks as badges (markdown.markdownItPlugins)', async () => {
    const html = await vscode.commands.executeCommand<string>(
      'markdown.api.render', 'Held in Washington in 2013.\n\n```claim\nref: last-2plus2-meeting\n```\n',
    );
    assert.equal(typeof html, 'string');
    assert.match(html, /class="[^"]*claimcheck-claims/, html);
    assert.match(html, /data-claim="last-2plus2-meeting"[^>]*>(✓ )?last-2plus2-meeting</, html);
    assert.doesNotMatch(html, /<code[^>]*>ref: last-2plus2-meeting/, html);
  });
});
