/** Article diagnostics over the protocol: publish on open and change, exact ranges, versions, bursts. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { DiagnosticData } from '../../server/src/lsp/convert';
import { Published, withCode } from './lspClient';
import { withServer } from './session';
import { AR, EN, positionAt, rangeOf, replaceIn } from './workspace';

const EN_LINE = 'The last 2+2 meeting was held in Washington in 2013.';
const AR_LINE = 'وعقد آخر لقاء بصيغة 2+2 في واشنطن في عام 2013.';

test('opening the English seed article publishes diagnostics with no errors; closing clears them', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const opened = client.diagnostics(uri);
  client.open(uri, ws.read(EN));
  const first = await opened;
  assert.equal(first.version, 1);
  assert.deepEqual(first.diagnostics.filter(d => d.severity === DiagnosticSeverity.Error), []);
  for (const d of first.diagnostics) assert.equal(d.source, 'claimcheck');

  const closed = client.diagnostics(uri);
  client.close(uri);
  assert.deepEqual((await closed).diagnostics, []);
}));

test('a wrong year in the English article is a date-mismatch on exactly that year, gone when put back', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const text = ws.read(EN);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  assert.deepEqual(withCode(await opened, 'date-mismatch'), []);

  const year = rangeOf(text, EN_LINE, '2013');
  const wrong = client.diagnostics(uri, p => p.version === 2);
  client.change(uri, 2, { range: year, text: '2012' });
  const mismatches = withCode(await wrong, 'date-mismatch');
  assert.equal(mismatches.length, 1);
  const [d] = mismatches;
  assert.deepEqual(d.range, rangeOf(replaceIn(text, EN_LINE, '2013', '2012'), EN_LINE.replace('2013', '2012'), '2012'));
  assert.equal(d.severity, DiagnosticSeverity.Error);
  assert.equal(d.source, 'claimcheck');
  const data = d.data as DiagnosticData;
  assert.equal(data.ref, 'last-2plus2-meeting');
  assert.ok(data.fix, 'the fix travels with the diagnostic');
  assert.equal(data.fix.newText, '2013');
  assert.deepEqual(data.fix.range, d.range);

  const fixed = client.diagnostics(uri, p => p.version === 3);
  client.change(uri, 3, { range: year, text: '2013' });
  assert.deepEqual(withCode(await fixed, 'date-mismatch'), []);
}));

test('a wrong year in the Arabic article, in Western and Eastern Arabic digits, is a date-mismatch on that year', () => withServer(async (client, ws) => {
  const uri = ws.uri(AR);
  const text = ws.read(AR);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  assert.deepEqual(withCode(await opened, 'date-mismatch'), []);

  const year = rangeOf(text, AR_LINE, '2013');
  for (const [version, written] of [[2, '2012'], [3, '٢٠١٢']] as const) {
    const published = client.diagnostics(uri, p => p.version === version);
    client.change(uri, version, { range: year, text: written });
    const mismatches = withCode(await published, 'date-mismatch');
    assert.equal(mismatches.length, 1, `one date-mismatch for ${written}`);
    assert.deepEqual(mismatches[0].range, rangeOf(replaceIn(text, AR_LINE, '2013', written), AR_LINE.replace('2013', written), written));
    assert.equal(mismatches[0].severity, DiagnosticSeverity.Error);
  }

  const fixed = client.diagnostics(uri, p => p.version === 4);
  client.change(uri, 4, { range: year, text: '2013' });
  assert.deepEqual(withCode(await fixed, 'date-mismatch'), []);
}));

test('after a burst of 50 changes the last diagnostics published are those of the final version', () => withServer(async (client, ws) => {
  const uri = ws.uri(EN);
  const text = ws.read(EN);
  const opened = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  await opened;

  const year = rangeOf(text, EN_LINE, '2013');
  const FINAL = 51;
  const final = client.diagnostics(uri, p => p.version === FINAL);
  for (let version = 2; version <= FINAL; version++) {
    client.change(uri, version, { range: year, text: version === FINAL ? '2012' : String(1950 + version) });
  }
  const last = await final;
  assert.equal(withCode(last, 'date-mismatch').length, 1);
  assert.deepEqual(withCode(last, 'date-mismatch')[0].range, year);

  // One more change marks the end of the burst: nothing may have been published in between.
  const after = client.diagnostics(uri, p => p.version === FINAL + 1);
  client.change(uri, FINAL + 1, { range: year, text: '2013' });
  await after;
  const versions = client.history(uri).map(p => p.version!);
  assert.deepEqual(versions.slice(-2), [FINAL, FINAL + 1], `published versions: ${versions.join(', ')}`);
  assert.deepEqual([...versions].sort((a, b) => a - b), versions, `versions never go back: ${versions.join(', ')}`);
  const burst = versions.filter(v => v > 1 && v <= FINAL).length;
  assert.ok(burst < 25, `the burst was coalesced (${burst} publishes for 50 changes)`);
}));

/**
 * The server keeps a memo per open document (engine/reuse.ts) and reuses the findings of the blocks
 * an edit left alone. Two edits change what an unchanged paragraph means: the speaker a pronoun in
 * it refers to (named in the paragraph before), then the claim its block links. After each, the
 * paragraph's diagnostics are the hand-checked ones, and the same as the final text's opened afresh
 * (a new document, no memo), in both languages.
 */
test('edits that change what an unchanged paragraph means: its diagnostics follow, as for the text opened afresh', () => withServer(async (client, ws) => {
  const compare = (p: Published) => p.diagnostics.map(d => `${d.code} ${JSON.stringify(d.range)} ${JSON.stringify(d.message)}`);
  const claim = (ref: string) => '```claim\nref: ' + ref + '\n```';
  const cases = [
    { lang: 'en', speaker: ['Antonov told reporters in Moscow that talks would go on.', 'Antonov', 'Huntsman'],
      pronoun: 'He added that he had discussed contacts at all levels.', cue: 'He' },
    { lang: 'ar', speaker: ['وقال أنطونوف للصحفيين في موسكو إن المحادثات ستستمر.', 'أنطونوف', 'هنتسمان'],
      pronoun: 'وأضاف أنه بحث الاتصالات على كل المستويات.', cue: 'أضاف' }, // the verb, its proclitic و left out
  ];
  for (const c of cases) {
    const rel = `articles/memo.${c.lang}.md`;
    const uri = ws.uri(rel);
    let text = `---\nlang: ${c.lang}\npublished: 2018-01-17\n---\n\n# 2+2\n\n${c.speaker[0]}\n\n${c.pronoun}\n\n${claim('antonov-2plus2-renewal')}\n`;
    let version = 1;
    const edit = async (from: string, to: string) => {
      const at = text.indexOf(from);
      const range = { start: positionAt(text, at), end: positionAt(text, at + from.length) };
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const next = ++version;
      const published = client.diagnostics(uri, p => p.version === next);
      client.change(uri, next, { range, text: to });
      return published;
    };
    const pronounErrors = (p: Published) => withCode(p, 'attribution-mismatch').filter(d => d.range.start.line === positionAt(text, text.indexOf(c.pronoun)).line);
    const opened = client.diagnostics(uri, p => p.version === 1);
    client.open(uri, text);
    assert.deepEqual(pronounErrors(await opened), [], `${c.lang}: the pronoun refers to Antonov, the claim's speaker`);
    // 1. Another speaker in the paragraph before: the pronoun now refers to Huntsman.
    const afterSpeaker = await edit(c.speaker[1], c.speaker[2]);
    const wrong = pronounErrors(afterSpeaker);
    assert.equal(wrong.length, 1, `${c.lang}: the pronoun's paragraph is now wrong`);
    assert.deepEqual(wrong[0].range, rangeOf(text, c.pronoun, c.cue));
    // 2. Its claim block links Huntsman's claim instead: right again.
    const afterRef = await edit('ref: antonov-2plus2-renewal', 'ref: huntsman-2plus2-not-ready');
    assert.deepEqual(pronounErrors(afterRef), [], `${c.lang}: linked to Huntsman's claim`);
    // The final text as a new document beside it (same register), checked without a memo.
    const fresh = ws.uri(`articles/memo-fresh.${c.lang}.md`);
    const freshDiagnostics = client.diagnostics(fresh, p => p.version === 1);
    client.open(fresh, text);
    assert.deepEqual(compare(afterRef), compare(await freshDiagnostics), c.lang);
    client.close(fresh);
  }
}));
