/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, ClaimcheckApi, workspaceUri } from './util';

type Node = unknown;

async function labelled(api: ClaimcheckApi, nodes: Node[]): Promise<Array<{ node: Node; label: string; item: vscode.TreeItem }>> {
  return Promise.all(nodes.map(async node => {
    const item = await api.claims.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    return { node, label, item };
  }));
}

suite('Claims view', () => {
  let api: ClaimcheckApi;
  suiteSetup(async () => { api = await activate(); });

  test('the Explorer has a Claims view (its focus command exists and runs)', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('claimcheck.claims.focus'), 'no claimcheck.claims.focus command: the view is not contributed');
    assert.ok(all.includes('claimcheck.claims.refresh'));
    await vscode.commands.executeCommand('claimcheck.claims.focus');
  });

  test('claims grouped by status, each with the articles citing it', async () => {
    await vscode.commands.executeCommand('claimcheck.claims.refresh');
    const groups = await labelled(api, (await api.claims.getChildren()) ?? []);
    assert.ok(groups.length > 0, `the view is empty; it says: ${api.claims.message ?? '(nothing)'}`);
    const verified = groups.find(g => g.label === 'Verified');
    assert.ok(verified, `no Verified group; groups: ${groups.map(g => g.label).join(', ')}`);
    const claims = await labelled(api, (await api.claims.getChildren(verified.node)) ?? []);
    const last = claims.find(c => c.label === 'last-2plus2-meeting');
    assert.ok(last, `last-2plus2-meeting is not under Verified; claims: ${claims.map(c => c.label).join(', ')}`);
    assert.equal(last.item.description, '2013-08-09');
    const articles = await labelled(api, (await api.claims.getChildren(last.node)) ?? []);
    const citing = articles.map(a => a.label.replace(/\\/g, '/'));
    assert.ok(citing.includes('articles/en/relations-draft.md'), `citing articles: ${citing.join(', ')}`);
    assert.ok(citing.includes('articles/ar/huntsman-2plus2.md') || citing.includes('articles/en/huntsman-2plus2.md'), `citing articles: ${citing.join(', ')}`);
    // A citation opens the article at the ref.
    const draft = articles.find(a => a.label.replace(/\\/g, '/') === 'articles/en/relations-draft.md')!;
    assert.equal(draft.item.command?.command, 'vscode.open');
    assert.equal(String(draft.item.command?.arguments?.[0]), workspaceUri('articles', 'en', 'relations-draft.md').toString());
    // The claim opens the register at its key.
    assert.equal(String(last.item.command?.arguments?.[0]), workspaceUri('claims.yaml').toString());
  });
});
