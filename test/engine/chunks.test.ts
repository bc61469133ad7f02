/**
 * Incremental checking (engine/reuse.ts): the Markdown parse in pieces (markdown/chunks.ts) and
 * the facts a document keeps between checks.
 *
 * 1. The tokens of the pieces, their line maps shifted, are the tokens of one whole parse: on every
 *    article in the repository and the shared fixtures, on bench articles, and on a few thousand
 *    generated texts built from the lines that make CommonMark keep a block open (fences of both
 *    kinds and lengths, unclosed fences, HTML blocks of every type with and without their end,
 *    claim comments spanning blank lines, lists, block quotes, indented code, tables, setext
 *    underlines, reference definitions, tabs, CR and CRLF line breaks). A share of the generated
 *    texts must be cut in several pieces and a share must need a piece extended, so the test
 *    cannot pass by cutting nothing.
 * 2. Re-checking with a DocumentMemo after a series of edits gives exactly the findings of a check
 *    without one, and a memo that is reused holds only the current version's pieces afterwards.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, DocumentMemo, LineIndex, loadRegister, Register } from '../../server/out/engine/index.js';
import { md } from '../../server/out/engine/markdown/article.js';
import { cutLines, parseInChunks } from '../../server/out/engine/markdown/chunks.js';
import { fsHost } from '../helpers/repo';
import { BREAKS, generatedMarkdown, repositoryTexts, Tok, tokenView } from '../helpers/markdown';
import { benchCorpus } from '../robustness/corpus';
import { Gen } from '../robustness/yamlGen';

const SEED = Number(process.env.CLAIMCHECK_FUZZ_SEED) || 20261129;
const GENERATED = 3000;


function whole(text: string): unknown[] {
  return (md.parse(text, {}) as Tok[]).map(t => tokenView(t));
}
/** markdown-it, counting its parses. */
let parses = 0;
const counted = { parse: (src: string, env: object) => { parses++; return md.parse(src, env as never); } };

function pieces(text: string, memo = new DocumentMemo()): { tokens: unknown[]; count: number } {
  const chunks = parseInChunks(counted, text, new LineIndex(text), memo.chunks);
  memo.rotate();
  return { tokens: chunks.flatMap(c => (c.tokens as Tok[]).map(t => tokenView(t, c.line))), count: chunks.length };
}

function assertSame(text: string, label: string, memo?: DocumentMemo): number {
  const a = whole(text);
  const { tokens: b, count } = pieces(text, memo);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    let i = 0;
    while (i < a.length && JSON.stringify(a[i]) === JSON.stringify(b[i])) i++;
    assert.fail(`${label}: tokens differ at #${i}: whole ${JSON.stringify(a[i])} vs pieces ${JSON.stringify(b[i])}\ntext: ${JSON.stringify(text.slice(0, 3000))}`);
  }
  return count;
}

// Lines that open, continue or close blocks, and plain prose lines.
const LINES = [
  '', '', '', '   ', '\t', 'Lavrov met Kerry in Geneva on 9 August 2013.', 'والتقى لافروف كيري في جنيف في 9 آب/ أغسطس 2013.', 'plain text',
  '```', '```claim', '````', '~~~', '~~~~ info', '``` `x`', '  ```', '    ```', '```js', '~~~claim', '> ```', '- ```',
  'ref: last-2plus2-meeting', 'date: 2013-08-09', '<!-- claim', '<!--', '-->', 'end -->', '<!-- note -->', '<script>', '</script>', '<pre>', '</pre>',
  '<style>', '</style>', '<textarea>', '</textarea>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '<div>', '</div>', '<div class="x">', '<span>',
  '- item', '* item', '+ item', '1. item', '2) item', '10. item', '  continued', '   three', '    code', '\tcode', '> quote', '>quote', '> > deep',
  '# Heading', '## العنوان', '#not heading', '---', '***', '* * *', '___', '===', '- - -', '| a | b |', '|---|---|', '| 1 | 2 |', 'a | b',
  '[ref]: /url', '[ref]: /url "title', 'still title"', '<!-- claimcheck-disable-next-line -->', 'x<!--', '1) one', '-x', '+x', '*emph*', '10.5 percent',
];
const generated = (g: Gen) => generatedMarkdown(g, () => g.pick(LINES), { maxLines: 40, mixed: 0.3, stray: 0.1, cut: 0.2 });

describe('the Markdown parse in pieces', () => {
  test('gives the tokens of one whole parse on every article of the repository and the fixtures', () => {
    const articles = repositoryTexts(f => f.endsWith('.md') || f.endsWith('.txt'));
    assert.ok(articles.length > 20, `only ${articles.length} articles found`);
    let cut = 0;
    for (const [name, text] of articles) if (assertSame(text, name) > 1) cut++;
    assert.ok(cut > articles.length / 4, `only ${cut} of ${articles.length} articles were cut in pieces`);
  });

  test('gives the tokens of one whole parse on bench articles in both languages', async () => {
    const bench = await benchCorpus();
    const { model } = bench.makeRegister(300, 3);
    for (const [bytes, lang, seed] of [[20_000, 'en', 1], [60_000, 'ar', 2], [30_000, 'ar', 3]] as const) {
      const text = bench.makeArticle(bytes, lang, seed, model);
      assert.ok(assertSame(text, `bench ${lang} ${bytes}`) > 20);
    }
  });

  test(`gives the tokens of one whole parse on ${GENERATED} generated texts (seed ${SEED})`, () => {
    const g = new Gen(SEED);
    let several = 0, extended = 0;
    for (let i = 0; i < GENERATED; i++) {
      const text = generated(g);
      const count = assertSame(text, `generated #${i}`);
      if (count > 1) several++;
      if (count < cutLines(text, new LineIndex(text)).length + 1) extended++;
    }
    assert.ok(several > GENERATED / 4, `only ${several} texts were cut in several pieces`);
    assert.ok(extended > GENERATED / 20, `only ${extended} texts needed a piece extended`);
  });

  /** Random edits: typing over one character (the same length), or inserting or deleting text. */
  function edit(g: Gen, text: string): string {
    const at = g.int(text.length + 1);
    if (g.chance(0.4)) return text.slice(0, at) + g.pick(['1', 'x', '`', '~', '-', '>', '<', ' ', '\n', '#', 'ب']) + text.slice(at + 1);
    const cut = g.chance(0.3) ? g.int(40) : 0;
    return text.slice(0, at) + (g.chance(0.7) ? g.pick(LINES) + g.pick(BREAKS) : '') + text.slice(Math.min(text.length, at + cut));
  }

  test('with one memo kept across random edits, still the tokens of one whole parse', () => {
    const g = new Gen(SEED + 2);
    for (let doc = 0; doc < 150; doc++) {
      let text = Array.from({ length: 4 }, () => generated(g)).join('\n\nA paragraph between.\n\n');
      const memo = new DocumentMemo();
      for (let i = 0; i < 12; i++) assertSame((text = edit(g, text)), `doc ${doc} edit ${i}`, memo);
    }
  });

  test('with one memo, an edit of a news article parses again only the pieces it touched', async () => {
    const bench = await benchCorpus();
    const { model } = bench.makeRegister(300, 3);
    const g = new Gen(SEED + 4);
    for (const lang of ['en', 'ar'] as const) {
      let text = bench.makeArticle(30_000, lang, 11, model);
      const memo = new DocumentMemo();
      assertSame(text, 'first check', memo);
      const before = parses;
      let pieceCount = 0;
      for (let i = 0; i < 30; i++) pieceCount += assertSame((text = edit(g, text)), `${lang} edit ${i}`, memo);
      const parsed = parses - before;
      assert.ok(pieceCount > 30 * 40, `${pieceCount} pieces in 30 checks`);
      assert.ok(parsed <= 30 * 4, `${parsed} parses for ${pieceCount} pieces in 30 edits: the memo did not spare the unchanged ones`);
    }
  });

  test('an unclosed fence or comment at the top swallows the rest, as in a whole parse, and stays linear in pieces', () => {
    const para = 'The talks resumed in Vienna on Monday.\n\n';
    for (const open of ['```\n', '~~~~\n', '<!--\n', '<script>\n', '<!-- claim\nref: x\n\n']) {
      const text = open + para.repeat(2000);
      const count = assertSame(text, JSON.stringify(open));
      assert.equal(count, 1, `${JSON.stringify(open)}: one piece`);
      const closed = open + para.repeat(50) + ({ '```\n': '```\n', '~~~~\n': '~~~~\n', '<!--\n': '-->\n', '<script>\n': '</script>\n' }[open] ?? '-->\n') + '\n' + para.repeat(50);
      assert.ok(assertSame(closed, `${JSON.stringify(open)} closed`) > 25, 'cut again after the block closes (the piece that holds it may run past its end: it grows by doubling)');
    }
  });
});

describe('re-checking with a DocumentMemo', () => {
  const load = (file: string) => loadRegister(file, fsHost(path.dirname(file)));

  test('gives the findings of a check without one, edit after edit, and keeps only the current version', async () => {
    const bench = await benchCorpus();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-memo-'));
    const reg = bench.makeRegister(400, 5);
    fs.writeFileSync(path.join(dir, 'claims.yaml'), reg.yaml);
    const register: Register = load(path.join(dir, 'claims.yaml'));
    const g = new Gen(SEED + 1);
    const inserts = ['\n\n', ' Tilerson', ' في 9 آب/ أغسطس 2014', '\n```claim\nref: x\n```\n', '\n```\n', '<!--', '-->', '\n- item\n', ' said on Monday', 'x', '\n\n# Title\n\n'];
    const edit = (text: string): string => {
      const at = g.int(text.length + 1);
      const r = g.r();
      return r < 0.25 ? text.slice(0, at) + text.slice(Math.min(text.length, at + g.int(200)))
        : r < 0.5 ? text.slice(0, at) + g.pick(['1', '9', 'x', '`', '\n', ' ', 'و']) + text.slice(at + 1) // typing over
        : text.slice(0, at) + g.pick(inserts) + text.slice(at);
    };
    for (const lang of ['en', 'ar'] as const) {
      // An article of usual length.
      let text = bench.makeArticle(40_000, lang, 7, reg.model, 0.3);
      const memo = new DocumentMemo();
      for (let i = 0; i < 20; i++) {
        text = edit(text);
        assert.deepEqual(checkArticle(text, register, {}, memo).findings, checkArticle(text, register).findings, `${lang} edit ${i}`);
      }
      // A long article (hundreds of pieces and blocks kept in the memo): the same findings, edit after edit.
      let long = bench.makeArticle(768 * 1024, lang, 8, reg.model, 0.3); // bytes: Arabic has ~0.6 characters per byte
      assert.ok(long.length >= 256 * 1024);
      const longMemo = new DocumentMemo();
      let findings = 0;
      for (let i = 0; i < 15; i++) {
        long = edit(long);
        const plain = checkArticle(long, register).findings;
        assert.deepEqual(checkArticle(long, register, {}, longMemo).findings, plain, `${lang} long edit ${i}`);
        findings += plain.length;
      }
      assert.ok(findings > 150, `the edited articles had findings to compare (${findings})`);
      assert.ok(longMemo.chunks.size > 50 && longMemo.facts.size > 50, 'the long article was read through the memo');
      // After a check the memo holds what this check used and what the one before used: checking
      // the same text twice more leaves only this version's pieces and facts.
      checkArticle(long, register, {}, longMemo);
      checkArticle(long, register, {}, longMemo);
      const pieces = longMemo.chunks.size, facts = longMemo.facts.size;
      checkArticle(long, register, {}, longMemo);
      assert.equal(longMemo.chunks.size, pieces, 'a check of the same text adds nothing');
      assert.equal(longMemo.facts.size, facts, 'a check of the same text adds nothing');
      assert.ok(pieces <= cutLines(long, new LineIndex(long)).length + 1, `${pieces} pieces kept`);
    }
  });
});
