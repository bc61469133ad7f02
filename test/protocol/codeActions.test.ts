/** Code actions over the protocol: carried fixes, disable-next-line, add to the register, link to a claim, fix all. Each edit is applied and re-checked. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileChangeType, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { applyAll, applyEdits } from './edits';
import type { LspClient } from './lspClient';
import { withServer } from './session';
import { AR, EN, REGISTER, Workspace } from './workspace';

async function actions(client: LspClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) },
  });
}

/** Opens an article and returns the diagnostics first published for it. */
async function openArticle(client: LspClient, ws: Workspace, rel: string, text: string): Promise<Diagnostic[]> {
  const published = client.diagnostics(ws.uri(rel), p => p.version === 1);
  client.open(ws.uri(rel), text);
  return (await published).diagnostics;
}

/** Applies an action's edit to the open article (as a change) and to other files on disk; returns the article's next diagnostics. */
async function apply(client: LspClient, ws: Workspace, rel: string, text: string, action: CodeAction, version = 2): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const uri = ws.uri(rel);
  const changed = applyAll(ws, action.edit!, r => (ws.uri(r) === uri || r.endsWith(rel) ? text : ws.read(r)));
  for (const [u, t] of Object.entries(changed)) {
    if (u !== uri) { ws.write(decodeURIComponent(u.slice(ws.uri('').length)), t); client.filesChanged({ uri: u, type: FileChangeType.Changed }); }
  }
  const next = changed[uri] ?? text;
  const published = client.diagnostics(uri, p => p.version === version);
  client.change(uri, version, { text: next });
  return { text: next, diagnostics: (await published).diagnostics };
}

test('a diagnostic that carries a fix offers it, titled by the fix, as a plain WorkspaceEdit', () => withServer(async (client, ws) => {
  const text = ws.read(EN);
  const [variant] = (await openArticle(client, ws, EN, text)).filter(d => d.code === 'name-variant');
  const list = await actions(client, ws.uri(EN), variant);
  const fix = list.find(a => a.title === 'Change to "Tillerson"');
  assert.ok(fix?.edit?.changes, list.map(a => a.title).join(', '));
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  const after = await apply(client, ws, EN, text, fix);
  assert.ok(after.text.includes('Sergey Lavrov and Rex Tillerson.'));
  assert.deepEqual(after.diagnostics.filter(d => d.code === 'name-variant'), []);
}));

test('"Disable CODE for the next line" inserts the comment above with the same indentation, and the finding goes', () => withServer(async (client, ws) => {
  const rel = 'articles/list.en.md';
  const text = '---\nlang: en\n---\n\n- Talks with Rex Tilerson and Sergey Lavrov.\n\n  The minister Rex Tilerson spoke.\n';
  const diags = (await openArticle(client, ws, rel, text)).filter(d => d.code === 'name-variant');
  assert.equal(diags.length, 2);
  const indented = diags.find(d => d.range.start.line === 6)!;
  const action = (await actions(client, ws.uri(rel), indented)).find(a => a.title === 'Disable name-variant for the next line')!;
  const after = await apply(client, ws, rel, text, action);
  assert.equal(after.text, text.replace('  The minister', '  <!-- claimcheck-disable-next-line name-variant -->\n  The minister'));
  assert.deepEqual(after.diagnostics.filter(d => d.code === 'name-variant').map(d => d.range.start.line), [4]);


  // A comment already above the line gets the code added.
  const joined = 'articles/joined.en.md';
  const base = '---\nlang: en\n---\n\n<!-- claimcheck-disable-next-line unlinked-claim -->\nRex Tilerson spoke.\n';
  const [d] = (await openArticle(client, ws, joined, base)).filter(x => x.code === 'name-variant');
  const join = (await actions(client, ws.uri(joined), d)).find(a => a.title === 'Disable name-variant for the next line')!;
  assert.equal(applyEdits(base, join.edit!.changes![ws.uri(joined)]), base.replace('unlinked-claim -->', 'unlinked-claim name-variant -->'));
}, { settings: () => ({ locale: 'en' }) }));

test('"Add to the register as unverified" appends a claim under claims: and links the block with ref:', () => withServer(async (client, ws) => {
  const rel = 'articles/new-claim.en.md';
  const text = '---\nlang: en\npublished: 2018-01-17\n---\n\nLavrov and Tillerson met in Vienna in December 2017. They spoke.\n\n```claim\ndate: 2017-12\nplace: vienna\n```\n';
  const [unregistered] = (await openArticle(client, ws, rel, text)).filter(d => d.code === 'unregistered');
  const action = (await actions(client, ws.uri(rel), unregistered)).find(a => a.title === 'Add to the register as unverified')!;
  assert.ok(action, 'offered');
  const register = ws.read(REGISTER);
  const after = await apply(client, ws, rel, text, action);
  const id = 'lavrov-tillerson-met-vienna-december';
  assert.equal(after.text, text.replace('```claim\ndate:', `\`\`\`claim\nref: ${id}\ndate:`));
  assert.equal(ws.read(REGISTER), `${register.trimEnd()}\n\n  ${id}:\n    statement: { en: "Lavrov and Tillerson met in Vienna in December 2017." }\n    date: 2017-12\n    place: vienna\n    status: unverified\n`);
  // The register was re-read: the block now names an unverified claim.
  assert.deepEqual(after.diagnostics.filter(d => d.code === 'unregistered'), []);
  assert.match(String(after.diagnostics.find(d => d.code === 'claim-status')?.message), /unverified/);
}));

test('an Arabic comment-form block gets a transliterated id and a ref: that keeps the YAML valid', () => withServer(async (client, ws) => {
  const rel = 'articles/new.ar.md';
  const text = '---\nlang: ar\n---\n\nالتقى لافروف وتيلرسون في فيينا في كانون الأول 2017.\n\n<!-- claim date: 2017-12 -->\n';
  const [unregistered] = (await openArticle(client, ws, rel, text)).filter(d => d.code === 'unregistered');
  const action = (await actions(client, ws.uri(rel), unregistered)).find(a => a.title === 'إضافة إلى السجل بحالة غير موثق')!;
  assert.ok(action, 'offered in Arabic for an Arabic client');
  const after = await apply(client, ws, rel, text, action);
  // In YAML terms "date" was one space in (after "claim"), so the new line keeps one space.
  const m = /<!-- claim ref: ([a-z0-9-]+)\n date: 2017-12 -->/.exec(after.text);
  assert.ok(m, after.text);
  assert.match(m[1], /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(ws.read(REGISTER).includes(`  ${m[1]}:\n    statement: { ar: "التقى لافروف وتيلرسون في فيينا في كانون الأول 2017." }\n`));
  assert.ok(after.diagnostics.some(d => d.code === 'claim-status'), 'the block names the new unverified claim');
  assert.deepEqual(after.diagnostics.filter(d => d.code === 'yaml-syntax' || d.code === 'schema' || d.code === 'unregistered'), []);
}, { locale: 'ar' }));

test('"Link to claim" adds a claim block after the paragraph for the best-matching claim', () => withServer(async (client, ws) => {
  const text = ws.read(EN);
  const diags = await openArticle(client, ws, EN, text);
  const unlinked = diags.find(d => d.code === 'unlinked-claim' && text.split('\n')[d.range.start.line].startsWith('He also expressed'))!;
  assert.ok(unlinked, 'the seed has an unlinked quote');
  const action = (await actions(client, ws.uri(EN), unlinked)).find(a => a.title.startsWith('Link to claim'))!;
  assert.equal(action.title, 'Link to claim huntsman-syria-north-korea');
  const line = 'He also expressed the hope that the ministers would be able to discuss "the issues of utmost importance: Syria and North Korea" at the meeting.';
  const after = await apply(client, ws, EN, text, action);
  assert.ok(after.text.includes(`${line}\n\n\`\`\`claim\nref: huntsman-syria-north-korea\n\`\`\`\n\n`));
  assert.ok(!after.diagnostics.some(d => d.code === 'unlinked-claim' && d.range.start.line === unlinked.range.start.line));
}));

test('"Link to claim" works on Arabic prose, titled in the claimcheck.locale language', () => withServer(async (client, ws) => {
  const text = ws.read(AR);
  const diags = await openArticle(client, ws, AR, text);
  const unlinked = diags.find(d => d.code === 'unlinked-claim' && text.split('\n')[d.range.start.line].startsWith('كما أعرب عن أمله'))!;
  assert.ok(unlinked);
  const titles = (await actions(client, ws.uri(AR), unlinked)).map(a => a.title);
  assert.ok(titles.includes('ربط بالادعاء huntsman-syria-north-korea'), titles.join(', '));
}, { settings: () => ({ locale: 'ar' }) }));

test('"Fix all CODE in this file" applies every fix of that code; source.fixAll applies every fix', () => withServer(async (client, ws) => {
  const rel = 'articles/typos.en.md';
  const text = '---\nlang: en\n---\n\nRex Tilerson met Sergey Lavrov.\n\nLater Tilerson left.\n\n```claim\nref: lavrov-tillerson-viena\n```\n';
  const diags = await openArticle(client, ws, rel, text);
  const variant = diags.find(d => d.code === 'name-variant')!;
  const all = (await actions(client, ws.uri(rel), variant)).find(a => a.title === 'Fix all name-variant in this file')!;
  assert.ok(all);
  assert.equal(applyEdits(text, all.edit!.changes![ws.uri(rel)]), text.replaceAll('Tilerson', 'Tillerson'));

  const source = await actions(client, ws.uri(rel), variant, ['source.fixAll']);
  assert.deepEqual(source.map(a => [a.title, a.kind]), [['Fix all Claimcheck problems in this file', 'source.fixAll.claimcheck']]);
  assert.equal(applyEdits(text, source[0].edit!.changes![ws.uri(rel)]), text.replaceAll('Tilerson', 'Tillerson').replace('viena', 'vienna'));
}));
