/**
 * Regressions from the robustness work: the inputs that were slow (see REGEX-AUDIT.md) and what the
 * rewritten code must still read the same way. Timing is linearity.test.ts's job; here each input
 * is small and the assertion is about the result.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, findRelativeDates, loadRegister, parseArticle, parseIsoDate } from '../../server/out/engine/index.js';
import { maskMarkup } from '../../server/out/engine/checks/context.js';
import { sentenceAt, sentences } from '../../server/out/engine/prose/sentences.js';
import { excessiveNesting } from '../../server/out/engine/yaml/depth.js';
import { fsHost } from '../helpers/repo';
import { EXAMPLES, REGISTER_FILE, rangeProblems } from './hostile';

const register = loadRegister(REGISTER_FILE, fsHost(EXAMPLES));
const published = parseIsoDate('2018-01-17')!;

describe('regressions', () => {
  test('Arabic number words still read after the change that made "واحد" unambiguous', () => {
    const read = (text: string) => findRelativeDates(text, new Set(['ar']), published).map(m => text.slice(m.start, m.end));
    assert.deepEqual(read('وقال إن ذلك حدث قبل خمسة وعشرين عاما.'), ['قبل خمسة وعشرين عاما']);
    assert.deepEqual(read('منذ واحد وعشرين عاما'), ['منذ واحد وعشرين عاما']);
    assert.deepEqual(read('قبل عشرين وواحد عاما'), ['قبل عشرين وواحد عاما']);
    // The input that backtracked 2^n ways: now nothing, at once.
    assert.deepEqual(read(`قبل ${'واحد '.repeat(60)}شيء`), []);
  });

  test('"…, saying" is still a cue after a comma and blanks or a line break, and not without the comma', () => {
    const text = (gap: string) => `---\nlang: en\n---\n\nThe minister met reporters in Moscow,${gap}saying "we are trying to intensify the bilateral dialogue".\n\n\`\`\`claim\nref: huntsman-gaidar-dialogue\n\`\`\`\n`;
    const codes = (t: string) => checkArticle(t, register).findings.map(f => f.code);
    assert.deepEqual(codes(text(' ')), codes(text('\n   ')));
    for (const t of [text(' '), text(' '.repeat(10_000))]) for (const f of checkArticle(t, register).findings) assert.deepEqual(rangeProblems(t, f), []);
  });

  test('markup masking: link targets (with parentheses), tags, code and URLs are blanked; unclosed ones are text', () => {
    const text = 'See [the report](https://en.wikipedia.org/wiki/Talks_(2013)) and <b>this</b> `code` https://x.org/a.';
    const masked = maskMarkup(text);
    assert.equal(masked.length, text.length);
    assert.ok(!/wikipedia|<b>|code|x\.org/.test(masked), masked);
    assert.ok(masked.startsWith('See [the report'));
    assert.equal(maskMarkup('a < b and c > d'), 'a < b and c > d'.replace('< b and c >', ' '.repeat(11)));
    assert.equal(maskMarkup('x <<<< y'), 'x <<<< y', 'an unclosed run stays');
    assert.equal(maskMarkup('a ](b ](c) d'), 'a ](b ' + ' '.repeat(4) + ' d', 'a link target stops at "]"');
  });

  test('suppressions: codes are read; an unclosed comment does not swallow the next one', () => {
    const a = parseArticle('<!-- claimcheck-disable date-mismatch\n\ntext\n\n<!-- claimcheck-disable-next-line place-mismatch -->\nHeld in Vienna.\n');
    assert.deepEqual(a.suppressions.map(s => [s.kind, s.codes]), [['next-line', ['place-mismatch']]]);
    const b = parseArticle('<!-- claimcheck-disable date-mismatch, place-mismatch -->\nx\n<!-- claimcheck-enable -->\n');
    assert.deepEqual(b.suppressions.map(s => [s.kind, s.codes]), [['disable', ['date-mismatch', 'place-mismatch']], ['enable', []]]);
  });

  test('front matter with a lone CR in it: block ranges stay on the right lines (found by npm run fuzz, seed 588752517)', () => {
    for (const text of [
      '---\n\r---\nlang: ar\npublished: 2018-01-17\n---\n\n\n\n<!-- claim  -->\n\n',
      '---\r\n\r---\r\n\nHeld in 2012.\n\n<!-- claim ref: last-2plus2-meeting\n',
      '---\ntitle: a\rb\n---\nHeld in Washington in 2012.\n\n```claim\nref: last-2plus2-meeting\n```\n',
    ]) {
      const { findings } = checkArticle(text, register);
      for (const f of findings) assert.deepEqual(rangeProblems(text, f), [], JSON.stringify(text));
    }
    const text = '---\ntitle: a\rb\n---\nHeld in Washington in 2012.\n\n```claim\nref: last-2plus2-meeting\n```\n';
    const mismatch = checkArticle(text, register).findings.find(f => f.code === 'date-mismatch');
    assert.equal(mismatch && text.slice(mismatch.start, mismatch.end), '2012');
  });

  test('sentenceAt finds the sentence holding an offset, and -1 between sentences', () => {
    const text = 'One. Two words.  Three!';
    const s = sentences(text);
    assert.deepEqual([0, 3, 5, 14, 15, 16, 17, 22].map(o => sentenceAt(s, o)), [0, 0, 1, 1, -1, -1, 2, 2]);
  });

  test('the nesting scan: quotes, comments and block scalars do not count; brackets, indentation and "- -" do', () => {
    const deep = (d: number) => `a: ${'['.repeat(d)}${']'.repeat(d)}`;
    assert.equal(excessiveNesting(deep(63)), -1);
    assert.equal(excessiveNesting(deep(64)), 3 + 63);
    assert.equal(excessiveNesting(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\nc: 1 # ${'['.repeat(500)}\n`), -1);
    assert.equal(excessiveNesting(`a: |\n  ${'['.repeat(500)}\n${'   '.repeat(10)}{{{{\nb: 1\n`), -1);
    assert.equal(excessiveNesting(`a: "it's [" \nb: 'don''t {'\n`), -1);
    assert.ok(excessiveNesting(`x:\n${'- '.repeat(70)}y\n`) > 0);
    assert.ok(excessiveNesting(Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')) > 0);
    assert.equal(excessiveNesting(Array.from({ length: 30 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\r\n')), -1);
  });

  test('the example articles give the same findings twice in a row, and after other texts (per-text caches)', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'articles', 'en', 'huntsman-2plus2.md'), 'utf8');
    const first = JSON.stringify(checkArticle(text, register).findings);
    checkArticle(text.replace(/2013/g, '2012'), register);
    checkArticle(text + '\nMore in 2014.\n', register);
    assert.equal(JSON.stringify(checkArticle(text, register).findings), first);
  });
});
