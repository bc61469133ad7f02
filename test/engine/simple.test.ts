/**
 * The block tokens of simple Markdown without markdown-it (engine/markdown/simple.ts) against
 * markdown-it itself: wherever the fast path answers, every field parseArticle reads (and tag,
 * markup, hidden) must be markdown-it's, on every article of the repository, on bench articles and
 * on generated texts built from the lines that decide a block (headings with closing sequences,
 * fences of both kinds, closing lines indented by spaces or a tab, unclosed fences, trailing spaces
 * and tabs, CR and CRLF breaks, a last line without a break, lines that must send the text to
 * markdown-it). It must answer for the bench articles and a share of the generated texts, so the
 * test cannot pass by always declining; and checkArticle's findings are the same with it on and off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markdownBody, md, parseFrontMatter } from '../../server/out/engine/markdown/article.js';
import { simpleBlockTokens } from '../../server/out/engine/markdown/simple.js';
import { generatedMarkdown, repositoryTexts, Tok, tokenView } from '../helpers/markdown';
import { benchCorpus } from '../robustness/corpus';
import { Gen } from '../robustness/yamlGen';

const SEED = Number(process.env.CLAIMCHECK_FUZZ_SEED) || 20261130;

const view = (ts: Tok[]) => JSON.stringify(ts.map(t => tokenView(t)));

/** Whether the fast path answered; fails when its answer is not markdown-it's. */
function check(text: string, label: string): boolean {
  const fast = simpleBlockTokens(text) as Tok[] | undefined;
  if (!fast) return false;
  const a = view(md.parse(text, {}) as Tok[]), b = view(fast);
  if (a !== b) assert.fail(`${label}: markdown-it ${a.slice(0, 1500)}\nfast path ${b.slice(0, 1500)}\ntext ${JSON.stringify(text.slice(0, 1500))}`);
  return true;
}

const SIMPLE = [
  'Lavrov met Kerry in Geneva on 9 August 2013.', 'والتقى لافروف كيري في جنيف في 9 آب/ أغسطس 2013.', '"We can do this," Merkel said.', '«لا بديل عن الاتفاق النووي»',
  'Trailing spaces   ', 'Trailing tab\t', 'Ends with hash #', 'We are #1', '#hashtag at the start', '####### seven is text', '2013 was a year', '2013.5 percent',
  '(In parentheses)', 'Unicode\u00a0space', '\u00a0starts with a no-break space', 'ref: last-2plus2-meeting', 'date: 2013-08-09', 'Form\ffeed', 'ends with form feed\f',
  '# Heading', '## Heading ##', '### Heading#', '#', '# ', '###### Six', '#\tTab heading', '## Closing # sequence  ', '# محادثات جديدة 2', '## Trailing spaces   ',
  '```claim', '```', '````', '~~~', '    ```', '    ~~~~', '~~~~ info with ` backtick', '```js', '   ```', '  ~~~', '\t```', ' \t```', '```   ', '``` ```', '``', '~~',
  '', '', '', '  ', '\t',
];
/** Lines it must read wherever they stand (no indented line, no backtick line that is not a fence). */
const PLAIN = SIMPLE.filter(l => !/^[ \t]+\S/.test(l) && !/^``?(?!`)|^``` `|^~~(?!~)/.test(l));
const UNSAFE = ['- item', '* item', '> quote', '<!-- claim', '| a | b |', '---', '===', '    code', ' lazy', '[ref]: /url', '1. item', '2) item', ':--', '+ x', '_x_', 'a\0b'];
const generated = (g: Gen, unsafe: number, lines = SIMPLE) =>
  generatedMarkdown(g, () => (g.chance(unsafe) ? g.pick(UNSAFE) : g.pick(lines)), { maxLines: 30, mixed: 0.2, stray: 0.05, cut: 0.3 });

describe('simple Markdown without markdown-it', () => {
  test('gives markdown-it\'s tokens on every article of the repository and the fixtures where it answers', () => {
    const articles = repositoryTexts(f => f.endsWith('.md'));
    const all = articles.length;
    // As parseArticle reads them: the front matter blanked.
    const answered = articles.filter(([f, text]) => check(markdownBody(text, parseFrontMatter(text).fm), f)).length;
    assert.ok(all > 20 && answered > 0, `${answered} of ${all} articles`);
  });

  test('answers for the bench articles (front matter blanked, headings, paragraphs, claim blocks), with markdown-it\'s tokens', async () => {
    const bench = await benchCorpus();
    const { model } = bench.makeRegister(300, 3);
    for (const [lang, seed] of [['en', 1], ['ar', 2], ['en', 3], ['ar', 4]] as const) {
      const text = bench.makeArticle(20_000, lang, seed, model);
      assert.ok(check(markdownBody(text, parseFrontMatter(text).fm), `bench ${lang} ${seed}`), `bench ${lang} ${seed} was left to markdown-it`);
    }
  });

  test('gives markdown-it\'s tokens on generated texts, and answers for most of the simple ones', () => {
    const g = new Gen(SEED);
    let plainAnswered = 0;
    const N = 6000;
    for (let i = 0; i < N; i++) {
      const kind = i % 3;
      const answered = check(kind === 0 ? generated(g, 0.05) : kind === 1 ? generated(g, 0) : generated(g, 0, PLAIN), `generated #${i}`);
      if (kind === 2 && answered) plainAnswered++;
    }
    assert.ok(plainAnswered === N / 3, `answered only ${plainAnswered} of ${N / 3} texts of plain lines`);
  });

  test('declines what it does not read', () => {
    for (const line of UNSAFE) assert.equal(simpleBlockTokens(`Text.\n\n${line}\n\nMore text.\n`), undefined, JSON.stringify(line));
    assert.equal(simpleBlockTokens('```x`y\ncode\n'), undefined, 'a backtick line that is not a fence');
  });
});
