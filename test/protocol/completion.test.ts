/** Completion over the protocol: claim blocks (ids ranked by the passage, entities, codes, keys) and register files. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import type { LspClient } from './lspClient';
import { withServer } from './session';
import { positionAt, REGISTER, Workspace } from './workspace';

const DRAFT = 'articles/vienna.en.md';
const HEAD = '---\nlang: en\npublished: 2018-01-17\n---\n\nLavrov and Tillerson met in Vienna in December 2017.\n\n';

/** Opens `text` (with one "|" marking the cursor) and asks for completions there. */
async function complete(client: LspClient, ws: Workspace, rel: string, marked: string, languageId = 'markdown'): Promise<CompletionItem[]> {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const uri = ws.uri(rel);
  ws.write(rel, text);
  client.open(uri, text, languageId, Date.now() % 100000);
  const result = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionAt(text, at) });
  client.close(uri);
  return result?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);
const ranked = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map(i => i.label);

test('after ref: claim ids come ranked by word overlap with the passage, with the statement as detail', () => withServer(async (client, ws) => {
  const items = await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: |\n\`\`\`\n`);
  assert.equal(ranked(items)[0], 'lavrov-tillerson-vienna');
  assert.ok(labels(items).includes('ussr-dissolution'), 'every claim is offered');
  const top = items.find(i => i.label === 'lavrov-tillerson-vienna')!;
  assert.equal(top.detail, 'Lavrov and Tillerson met in Vienna on the sidelines of the OSCE ministerial council.');
  assert.match((top.documentation as { value: string }).value, /\*\*Status:\*\* verified/);
  const edit = top.textEdit as TextEdit;
  assert.deepEqual(edit.range.start, edit.range.end, 'nothing typed yet: inserted at the cursor');
  assert.equal(edit.newText, 'lavrov-tillerson-vienna');

  const partial = await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: [crimea-accession, lavrov-t|]\n\`\`\`\n`);
  const e = partial.find(i => i.label === 'lavrov-tillerson-vienna')!.textEdit as TextEdit;
  assert.equal(e.range.end.character - e.range.start.character, 'lavrov-t'.length, 'replaces the id typed so far');

  const listed = await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref:\n  - crimea-accession\n  - |\n\`\`\`\n`);
  assert.equal(ranked(listed)[0], 'lavrov-tillerson-vienna', 'a block list under ref: completes ids too');

  const tight = await complete(client, ws, DRAFT, `${HEAD}<!-- claim ref:| -->\n`);
  assert.equal((tight.find(i => i.label === 'ussr-dissolution')!.textEdit as TextEdit).newText, ' ussr-dissolution', 'a space after a bare colon');
}));

test('speaker: offers entities, place: only places, ignore: check codes, a line start the block keys; prose nothing', () => withServer(async (client, ws) => {
  const speaker = labels(await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: lavrov-tillerson-vienna\nspeaker: |\n\`\`\`\n`));
  for (const id of ['lavrov', 'huntsman', 'sputnik']) assert.ok(speaker.includes(id), id);
  const place = labels(await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: lavrov-tillerson-vienna\nplace: v|\n\`\`\`\n`));
  assert.deepEqual([...place].sort(), ['crimea', 'moscow', 'san-francisco', 'vienna', 'washington']);
  const ignore = labels(await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: lavrov-tillerson-vienna\nignore: [|]\n\`\`\`\n`));
  assert.ok(ignore.includes('date-mismatch') && ignore.includes('unlinked-claim'));
  const keys = await complete(client, ws, DRAFT, `${HEAD}\`\`\`claim\nref: lavrov-tillerson-vienna\n|\n\`\`\`\n`);
  assert.deepEqual(labels(keys), ['ref', 'date', 'place', 'speaker', 'quote', 'ignore']);
  assert.equal((keys[1].textEdit as TextEdit).newText, 'date: ');
  assert.deepEqual(await complete(client, ws, DRAFT, `${HEAD}ref: |\n`), [], 'not in a claim block');
}));

test('in the register: statuses after status:, entities after speaker: and participants:, places after place:, roles after role:', () => withServer(async (client, ws) => {
  const base = ws.read(REGISTER);
  const edit = (from: string, to: string) => { assert.ok(base.includes(from), from); return base.replace(from, to); };
  const status = await complete(client, ws, REGISTER, edit('    status: false\n', '    status: |\n'), 'yaml');
  assert.deepEqual(labels(status), ['verified', 'unverified', 'disputed', 'false', 'retracted']);
  const participants = labels(await complete(client, ws, REGISTER, edit('participants: [lavrov, tillerson]', 'participants: [lavrov, |]'), 'yaml'));
  assert.ok(participants.includes('tillerson') && participants.includes('washington'));
  const place = labels(await complete(client, ws, REGISTER, edit('    place: vienna\n', '    place: |\n'), 'yaml'));
  assert.ok(place.includes('vienna') && !place.includes('lavrov'));
  const role = await complete(client, ws, REGISTER, edit('{ role: us-secretary-of-state, from: 2018-04-26', '{ role: |, from: 2018-04-26'), 'yaml');
  assert.deepEqual([...labels(role)].sort(), ['russian-ambassador-us', 'russian-foreign-minister', 'us-ambassador-russia', 'us-secretary-of-state']);
}));
