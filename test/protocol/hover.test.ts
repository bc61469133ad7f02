/** Hover over the protocol: claim refs, dates in annotated passages, names in the prose, register keys; English and Arabic labels. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { LspClient } from './lspClient';
import { withServer } from './session';
import { AR, EN, positionIn, rangeOf, REGISTER, Workspace } from './workspace';

const EN_BLOCK = 'ref: last-2plus2-meeting\ndate: 2013';
const EN_LINE = 'The last 2+2 meeting was held in Washington in 2013.';

async function hoverAt(client: LspClient, ws: Workspace, rel: string, text: string, context: string, needle?: string): Promise<Hover & { contents: MarkupContent }> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri(rel) }, position: positionIn(text, context, needle) });
  assert.ok(h, `a hover on "${needle ?? context}"`);
  assert.equal((h.contents as MarkupContent).kind, 'markdown');
  return h as Hover & { contents: MarkupContent };
}

test('hover on a ref in an English article shows the claim with English labels, over exactly the id', () => withServer(async (client, ws) => {
  const text = ws.read(EN);
  client.open(ws.uri(EN), text);
  const h = await hoverAt(client, ws, EN, text, EN_BLOCK, 'last-2plus2-meeting');
  assert.deepEqual(h.range, rangeOf(text, EN_BLOCK, 'last-2plus2-meeting'));
  const v = h.contents.value;
  for (const part of [
    '**Statement:** The most recent Russia–US "2+2" meeting', '**Date:** 2013-08-09', '**Place:** Washington (`washington`)',
    '**Status:** verified', '**Last review:** world-desk, 2018-01-16', '**Sources:** US Department of State',
    '**Participants:** Sergey Lavrov (`lavrov`)',
  ]) assert.ok(v.includes(part), `"${part}" in:\n${v}`);
}));

test('hover on a ref in an Arabic article shows the Arabic statement with Arabic labels and status names', () => withServer(async (client, ws) => {
  const text = ws.read(AR);
  client.open(ws.uri(AR), text);
  const h = await hoverAt(client, ws, AR, text, 'ref: last-2plus2-meeting\ndate', 'last-2plus2-meeting');
  const v = h.contents.value;
  for (const part of ['**البيان:** عقد آخر لقاء روسي أمريكي', '**التاريخ:** 2013-08-09', '**المكان:** واشنطن (`washington`)', '**الحالة:** موثق', '**آخر مراجعة:** world-desk، 2018-01-16', '**المصادر:**']) {
    assert.ok(v.includes(part), `"${part}" in:\n${v}`);
  }
  assert.ok(!v.includes('Statement'), 'no English labels');

  // A claim that is false, with a speaker and a quote, in an article that is not open: read from disk.
  ws.write('articles/false.ar.md', '---\nlang: ar\n---\n\nعقد لقاء بصيغة 2+2 في عام 2016.\n\n```claim\nref: 2plus2-meeting-2016\n```\n\nقال هانتسمان: "نحاول تكثيف الحوار".\n\n```claim\nref: huntsman-gaidar-dialogue\n```\n');
  const other = ws.read('articles/false.ar.md');
  const f = await hoverAt(client, ws, 'articles/false.ar.md', other, 'ref: 2plus2-meeting-2016', '2plus2');
  assert.ok(f.contents.value.includes('**الحالة:** خاطئ'), f.contents.value);
  assert.ok(f.contents.value.includes('**ملاحظة:**'), f.contents.value);
  const q = await hoverAt(client, ws, 'articles/false.ar.md', other, 'ref: huntsman-gaidar', 'huntsman');
  assert.ok(q.contents.value.includes('**المتحدث:** جون هانتسمان (`huntsman`)'), q.contents.value);
  assert.ok(q.contents.value.includes('**الاقتباس:** «نحاول تكثيف الحوار الثنائي حول القضايا الهامة»'), q.contents.value);
}));

test('hover on a date in an annotated passage says whether it agrees with the claim date', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const text = ws.read(EN);
  client.open(uri, text);
  const ok = await hoverAt(client, ws, EN, text, EN_LINE, '2013');
  assert.deepEqual(ok.range, rangeOf(text, EN_LINE, '2013'));
  assert.ok(ok.contents.value.startsWith('✓ "2013" agrees with the date of claim `last-2plus2-meeting` (2013-08-09).'), ok.contents.value);

  const wrong = text.replace(EN_LINE, EN_LINE.replace('2013', 'August 2012'));
  client.change(uri, 2, { text: wrong });
  const bad = await hoverAt(client, ws, EN, wrong, 'Washington in August 2012.', 'August 2012');
  assert.deepEqual(bad.range, rangeOf(wrong, 'Washington in August 2012.', 'August 2012'));
  assert.ok(bad.contents.value.startsWith('✗ "August 2012" does not match the date of claim `last-2plus2-meeting` (2013-08-09).'), bad.contents.value);

  const none = await client.request('textDocument/hover', { textDocument: { uri }, position: positionIn(wrong, 'The last 2+2 meeting', 'last') });
  assert.equal(none, null, 'plain prose has no hover');
}));

test('hover on a name in the prose shows the entity with its offices', () => withServer(async (client, ws) => {
  const text = ws.read(EN);
  client.open(ws.uri(EN), text);
  const context = 'The US ambassador to Russia, Jon Huntsman, said';
  const h = await hoverAt(client, ws, EN, text, context, 'Jon Huntsman');
  assert.deepEqual(h.range, rangeOf(text, context, 'Jon Huntsman'));
  assert.ok(h.contents.value.startsWith('**Jon Huntsman** (`huntsman`) — person'), h.contents.value);
  assert.ok(h.contents.value.includes('US ambassador to Russia (`us-ambassador-russia`): 2017-10-03 – 2019-10-03'), h.contents.value);
  const role = await hoverAt(client, ws, EN, text, context, 'US ambassador to Russia');
  assert.ok(role.contents.value.includes('Jon Huntsman (`huntsman`): 2017-10-03 – 2019-10-03'), role.contents.value);
}));

test('hover on a claim key in the register uses the client locale, and claimcheck.locale overrides it', () => withServer(async (client, ws) => {
  const register = ws.read(REGISTER);
  const key = '  crimea-accession:\n';
  const ar = await hoverAt(client, ws, REGISTER, register, key, 'crimea-accession');
  assert.ok(ar.contents.value.includes('**الحالة:** موثق'), ar.contents.value);
  assert.ok(ar.contents.value.includes('**البيان:** Crimea was annexed'), 'falls back to the statement it has');
  assert.deepEqual(ar.range, rangeOf(register, key, 'crimea-accession'));

  client.settings = () => ({ locale: 'en' });
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const en = await hoverAt(client, ws, REGISTER, register, key, 'crimea-accession');
  assert.ok(en.contents.value.includes('**Status:** verified'), en.contents.value);

  const place = await hoverAt(client, ws, REGISTER, register, '    place: crimea\n', 'crimea');
  assert.ok(place.contents.value.startsWith('**Crimea** (`crimea`) — place'), place.contents.value);
}, { locale: 'ar-EG' }));
