/** Go to definition, find references and rename over the protocol, across articles (open or not) and included register files. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver';
import { applyAll } from './edits';
import type { LspClient } from './lspClient';
import { withServer } from './session';
import { AR, EN, positionIn, rangeOf, REGISTER, Workspace } from './workspace';

const PEOPLE = 'people.yaml';
const PEOPLE_TEXT = 'version: 1\nentities:\n  nebenzya:\n    type: person\n    names: { en: [Vassily Nebenzya, Nebenzya] }\n';
const DRAFT = 'articles/drafts/un.en.md';
const DRAFT_TEXT = `---
lang: en
---

Vassily Nebenzya said the 2+2 meeting was held in 2013.

\`\`\`claim
ref: [crimea-accession, last-2plus2-meeting]
speaker: nebenzya
\`\`\`

Nebenzya spoke again.
`;

/** Adds an included people.yaml and a draft citing its entity and a seed claim. */
function prepare(ws: Workspace): void {
  ws.write(REGISTER, ws.read(REGISTER).replace('version: 1\n', `version: 1\ninclude: [${PEOPLE}]\n`));
  ws.write(PEOPLE, PEOPLE_TEXT);
  ws.write(DRAFT, DRAFT_TEXT);
}

const key = (l: Location) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;
const at = (ws: Workspace, rel: string, r: Range) => key({ uri: ws.uri(rel), range: r });

async function request<T>(client: LspClient, method: string, ws: Workspace, rel: string, position: { line: number; character: number }, extra: object = {}): Promise<T> {
  return client.request<T>(method, { textDocument: { uri: ws.uri(rel) }, position, ...extra });
}

test('go to definition from a ref, a block speaker, a name in the prose and a register reference lands on the entry key', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  const text = ws.read(DRAFT);
  client.open(ws.uri(DRAFT), text);
  const claim = await request<Location>(client, 'textDocument/definition', ws, DRAFT, positionIn(text, 'last-2plus2-meeting]'));
  assert.equal(key(claim), at(ws, REGISTER, rangeOf(register, '  last-2plus2-meeting:\n', 'last-2plus2-meeting')));

  const people = rangeOf(PEOPLE_TEXT, '  nebenzya:', 'nebenzya');
  const speaker = await request<Location>(client, 'textDocument/definition', ws, DRAFT, positionIn(text, 'speaker: nebenzya', 'nebenzya'));
  assert.equal(key(speaker), at(ws, PEOPLE, people), 'an entity of an included file');
  const mention = await request<Location>(client, 'textDocument/definition', ws, DRAFT, positionIn(text, 'Vassily Nebenzya said', 'Nebenzya'));
  assert.equal(key(mention), at(ws, PEOPLE, people));

  const place = await request<Location>(client, 'textDocument/definition', ws, REGISTER, positionIn(register, '    place: vienna', 'vienna'));
  assert.equal(key(place), at(ws, REGISTER, rangeOf(register, '  vienna:\n', 'vienna')));

  const nothing = await request<Location | null>(client, 'textDocument/definition', ws, DRAFT, positionIn(text, 'spoke again'));
  assert.equal(nothing, null);
}, { prepare }));

test('references of a claim list every claim block citing it, in open and unopened articles, and the key', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  client.open(ws.uri(EN), ws.read(EN));
  const found = await request<Location[]>(client, 'textDocument/references', ws, REGISTER, positionIn(register, '  last-2plus2-meeting:\n', 'last'), { context: { includeDeclaration: true } });
  const expected = [
    at(ws, REGISTER, rangeOf(register, '  last-2plus2-meeting:\n', 'last-2plus2-meeting')),
    at(ws, EN, rangeOf(ws.read(EN), 'ref: last-2plus2-meeting', 'last-2plus2-meeting')),
    at(ws, AR, rangeOf(ws.read(AR), 'ref: last-2plus2-meeting', 'last-2plus2-meeting')),
    at(ws, DRAFT, rangeOf(DRAFT_TEXT, 'last-2plus2-meeting]', 'last-2plus2-meeting')),
  ];
  assert.deepEqual(found.map(key).sort(), expected.sort());

  const fromArticle = await request<Location[]>(client, 'textDocument/references', ws, DRAFT, positionIn(DRAFT_TEXT, 'last-2plus2-meeting]'), { context: { includeDeclaration: false } });
  assert.deepEqual(fromArticle.map(key).sort(), expected.slice(1).sort());
}, { prepare }));

test('references of an entity include claim blocks, the register and every name in the prose', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  const found = await request<Location[]>(client, 'textDocument/references', ws, REGISTER, positionIn(register, '  washington:\n', 'washington'), { context: { includeDeclaration: false } });
  const keys = found.map(key);
  const en = ws.read(EN), ar = ws.read(AR);
  for (const expected of [
    at(ws, EN, rangeOf(en, 'place: washington', 'washington')),
    at(ws, AR, rangeOf(ar, 'place: washington', 'washington')),
    at(ws, EN, rangeOf(en, 'The last 2+2 meeting was held in Washington in 2013.', 'Washington')),
    at(ws, AR, rangeOf(ar, 'وعقد آخر لقاء بصيغة 2+2 في واشنطن', 'واشنطن')),
    at(ws, REGISTER, rangeOf(register, '    place: washington\n    participants', 'washington')),
  ]) assert.ok(keys.includes(expected), `${expected} in ${keys.join(', ')}`);
  assert.ok(!keys.includes(at(ws, REGISTER, rangeOf(register, '  washington:\n', 'washington'))), 'no declaration when not asked');
}, { prepare }));

test('rename a claim id edits the register key and every claim block in the workspace; prepareRename gives the id range', () => withServer(async (client, ws) => {
  const text = ws.read(DRAFT);
  const position = positionIn(text, 'last-2plus2-meeting]', 'meeting');
  const prepared = await request<{ range: Range; placeholder: string }>(client, 'textDocument/prepareRename', ws, DRAFT, position);
  assert.deepEqual(prepared, { range: rangeOf(text, 'last-2plus2-meeting]', 'last-2plus2-meeting'), placeholder: 'last-2plus2-meeting' });

  const edit = await request<WorkspaceEdit>(client, 'textDocument/rename', ws, DRAFT, position, { newName: 'last-2plus2-talks' });
  const applied = applyAll(ws, edit);
  assert.deepEqual(Object.keys(applied).sort(), [AR, DRAFT, EN, REGISTER].map(r => ws.uri(r)).sort());
  assert.ok(applied[ws.uri(REGISTER)].includes('  last-2plus2-talks:\n    statement:'));
  assert.ok(!applied[ws.uri(REGISTER)].includes('last-2plus2-meeting'));
  for (const rel of [EN, AR]) assert.equal(applied[ws.uri(rel)], ws.read(rel).replace('ref: last-2plus2-meeting', 'ref: last-2plus2-talks'));
  assert.equal(applied[ws.uri(DRAFT)], text.replace('last-2plus2-meeting]', 'last-2plus2-talks]'));
}, { prepare }));

test('rename an entity id edits its key in an included file, register references and claim blocks, not prose names', () => withServer(async (client, ws) => {
  ws.write(REGISTER, ws.read(REGISTER).replace('    date: 2014-03-18\n', '    date: 2014-03-18\n    participants: [nebenzya]\n'));
  const text = ws.read(DRAFT);
  const edit = await request<WorkspaceEdit>(client, 'textDocument/rename', ws, PEOPLE, positionIn(PEOPLE_TEXT, '  nebenzya:', 'nebenzya'), { newName: 'vassily-nebenzya' });
  const applied = applyAll(ws, edit);
  assert.equal(applied[ws.uri(PEOPLE)], PEOPLE_TEXT.replace('  nebenzya:', '  vassily-nebenzya:'));
  assert.ok(applied[ws.uri(REGISTER)].includes('participants: [vassily-nebenzya]'));
  assert.equal(applied[ws.uri(DRAFT)], text.replace('speaker: nebenzya', 'speaker: vassily-nebenzya'));
}, { prepare }));

test('rename rejects a name that is not kebab-case, an id already taken, and a name in the prose', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  const position = positionIn(register, '  crimea-accession:\n', 'crimea');
  for (const [newName, message] of [['Crimea Accession', /kebab-case/], ['ussr-dissolution', /already has a claim "ussr-dissolution"/]] as const) {
    await assert.rejects(request(client, 'textDocument/rename', ws, REGISTER, position, { newName }), (e: Error) => message.test(e.message));
  }
  await assert.rejects(request(client, 'textDocument/prepareRename', ws, DRAFT, positionIn(DRAFT_TEXT, 'Vassily Nebenzya said', 'Nebenzya')), /not an id/);
}, { prepare }));
