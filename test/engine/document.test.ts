/**
 * The document checks after an edit (checks/document.ts): with a DocumentMemo, a re-check checks
 * again only the blocks an edit can affect, and its findings are those of a check without one.
 *
 * Each case is an edit whose effect reaches blocks whose text it did not change, through one input
 * the memo must notice: the speaker in focus (a pronoun in the next paragraph now refers to someone
 * else), whether that speaker's attribution was reported (a pronoun continuing a reported error is
 * not reported twice), the claims linked to a paragraph (its claim block's ref), the article's
 * lower-case words (a capitalised word written in lower case elsewhere is not a name), identical
 * paragraphs (which one was deleted), the publication date and the register. For each, the plain
 * findings before and after the edit are checked by hand (the finding that must appear or go), the
 * memo's findings must equal the plain ones, and the number of blocks checked again is counted.
 * The articles are long (over 256 KB, thousands of blocks), in English and in Arabic.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, DocumentMemo, Finding, loadRegister, Register } from '../../server/out/engine/index.js';
import { fsHost, REPO } from '../helpers/repo';
import { Gen } from '../robustness/yamlGen';

const REGISTER = path.join(REPO, 'test/fixtures/prose/register.yaml');
const load = (): Register => loadRegister(REGISTER, fsHost(path.dirname(REGISTER)));

interface Lang {
  lang: 'en' | 'ar';
  /** A paragraph with no date, name or speech: the bulk of the article. */
  filler(i: number): string;
  /** A speaker named without a claim, then a pronoun continuing with Lavrov's quote (linked). */
  speaker: string; pronounQuote: string; otherSpeaker: string;
  /**
   * Zarif named saying what Lavrov's claim says, not quoted (linked to it: an error; unlinked, not
   * one, as Lavrov's quote would be wherever it is attributed), then a pronoun continuing (linked).
   */
  wrongSpeaker: string; pronounAfterWrong: string;
  /** A misspelt surname, alone, and the same word written in lower case. */
  misspelt: string; lowerCase: string;
  /** Lavrov named with a claim block whose ref is Merkel's quote (an error), or Lavrov's. */
  stock: string;
  /** Merkel's words dated a year late (claim merkel-we-can-do-this: 2015-08-31), and a relative day. */
  lateDate: string; relativeDay: string;
}

const LANGS: Lang[] = [
  {
    lang: 'en',
    filler: i => `Delegates met for session number ${i} and agreed to meet again, while the minutes of the meeting were not published.`,
    speaker: 'Lavrov told reporters in Moscow that talks would go on.',
    otherSpeaker: 'Zarif told reporters in Moscow that talks would go on.',
    pronounQuote: 'He added: "There is no alternative to the nuclear deal."',
    wrongSpeaker: 'Zarif said the nuclear deal had no alternative.',
    pronounAfterWrong: 'He added that the deal must be saved.',
    misspelt: 'Tilerson arrived in Vienna for the talks.',
    lowerCase: 'Locals still call the old ferry the tilerson.',
    stock: 'Lavrov said the talks would resume.',
    lateDate: 'Merkel said on 31 August 2016: "We can do this."',
    relativeDay: 'Merkel said on Monday that Germany would cope.',
  },
  {
    lang: 'ar',
    filler: i => `واجتمع المندوبون في الجلسة رقم ${i} واتفقوا على اللقاء مجددا، فيما لم ينشر محضر الاجتماع.`,
    speaker: 'وقال لافروف للصحفيين في موسكو إن المحادثات ستستمر.',
    otherSpeaker: 'وقال ظريف للصحفيين في موسكو إن المحادثات ستستمر.',
    pronounQuote: 'وأضاف: «لا بديل عن الاتفاق النووي».',
    wrongSpeaker: 'وقال ظريف إن الاتفاق النووي لا بديل له.',
    pronounAfterWrong: 'وأضاف أن الاتفاق يجب أن يُنقذ.',
    misspelt: 'ووصل تيرلسون إلى فيينا لحضور المحادثات.',
    lowerCase: '', // Arabic has no case: the English article covers it
    stock: 'وقال لافروف إن المحادثات ستستأنف.',
    lateDate: 'وقالت ميركل في 31 آب/ أغسطس 2016: «نستطيع فعل ذلك».',
    relativeDay: 'وقالت ميركل يوم الاثنين إن ألمانيا ستتدبر أمرها.',
  },
];

const claim = (ref: string) => `\`\`\`claim\nref: ${ref}\n\`\`\``;

/** An article of paragraphs (joined by blank lines), over 300 KB, the given ones at the given places. */
const LONG = 300 * 1024;
function article(l: Lang, special: Map<number, string[]>, published = '2018-06-01'): string {
  const parts = [`---\nlang: ${l.lang}\npublished: ${published}\n---`, '# Talks'];
  for (let i = 0; parts.join('\n\n').length < LONG || i <= Math.max(...special.keys()); i++) {
    parts.push(...(special.get(i) ?? []), l.filler(i));
  }
  return parts.join('\n\n') + '\n';
}

function checkBoth(text: string, register: Register, memo: DocumentMemo, label: string): Finding[] {
  const plain = checkArticle(text, register).findings;
  assert.deepEqual(checkArticle(text, register, {}, memo).findings, plain, label);
  return plain;
}

/** The findings of a code whose range is the first occurrence of `words` at or after `from`. */
function at(findings: Finding[], text: string, code: string, words: string, from = 0): Finding[] {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is in the article`);
  return findings.filter(f => f.code === code && f.start >= start && f.start < start + words.length);
}

for (const l of LANGS) {
  describe(`re-checking the document checks after an edit (${l.lang})`, () => {
    test('a typing edit in a paragraph checks that paragraph again and no other', () => {
      const register = load();
      let text = article(l, new Map([[40, [l.speaker, l.pronounQuote, claim('lavrov-no-alternative')]]]));
      assert.ok(text.length >= LONG);
      const memo = new DocumentMemo();
      checkBoth(text, register, memo, 'first check');
      const blocks = memo.blocks.checked;
      assert.ok(blocks > 1500, `${blocks} blocks checked at first`);
      const i = text.indexOf(l.filler(700));
      text = text.slice(0, i + 10) + 'x' + text.slice(i + 10);
      checkBoth(text, register, memo, 'after typing');
      assert.equal(memo.blocks.checked, 1);
      assert.equal(memo.blocks.reused, blocks - 1);
    });

    test('a new speaker: the next paragraph\'s pronoun refers to them, though its text did not change', () => {
      const register = load();
      const memo = new DocumentMemo();
      const before = article(l, new Map([[60, [l.speaker, l.pronounQuote, claim('lavrov-no-alternative')]]]));
      const found = checkBoth(before, register, memo, 'before');
      assert.deepEqual(at(found, before, 'attribution-mismatch', l.pronounQuote), [], 'the pronoun refers to Lavrov: right');
      const after = before.replace(l.speaker, l.otherSpeaker);
      const now = checkBoth(after, register, memo, 'after');
      // The pronoun now refers to Zarif (by the pronoun): an error in a paragraph the edit did not touch.
      const wrong = at(now, after, 'attribution-mismatch', l.pronounQuote);
      assert.equal(wrong.length, 1);
      assert.equal(wrong[0].args?.via, 'pronoun');
      // The edited paragraph, the pronoun's, and nothing after them (they do not read the focus).
      assert.ok(memo.blocks.checked >= 2 && memo.blocks.checked <= 3, `${memo.blocks.checked} blocks checked`);
    });

    test('a pronoun after a reported error is said once; unlinking the error reports the pronoun', () => {
      const register = load();
      const memo = new DocumentMemo();
      const wrongBlock = claim('lavrov-no-alternative');
      const before = article(l, new Map([[30, [l.wrongSpeaker, wrongBlock, l.pronounAfterWrong, claim('lavrov-no-alternative')]]]));
      const found = checkBoth(before, register, memo, 'before');
      assert.equal(at(found, before, 'attribution-mismatch', l.wrongSpeaker).length, 1, 'Zarif named for Lavrov\'s words');
      assert.deepEqual(at(found, before, 'attribution-mismatch', l.pronounAfterWrong), [], 'the pronoun continues the same error');
      // Deleting the first claim block: Zarif's words are no longer linked, so not an error, and the
      // pronoun's paragraph (linked to Lavrov's claim) now attributes it to Zarif.
      const i = before.indexOf(l.wrongSpeaker) + l.wrongSpeaker.length;
      const after = before.slice(0, i) + before.slice(i).replace('\n\n' + wrongBlock, '');
      const now = checkBoth(after, register, memo, 'after');
      assert.deepEqual(at(now, after, 'attribution-mismatch', l.wrongSpeaker), []);
      assert.equal(at(now, after, 'attribution-mismatch', l.pronounAfterWrong).length, 1);
      assert.ok(memo.blocks.checked <= 3, `${memo.blocks.checked} blocks checked`);
    });

    test('the claim block of an unchanged paragraph changes: the paragraph is checked again', () => {
      const register = load();
      const memo = new DocumentMemo();
      const before = article(l, new Map([[50, [l.stock, claim('merkel-we-can-do-this')]]]));
      const found = checkBoth(before, register, memo, 'before');
      assert.equal(at(found, before, 'attribution-mismatch', l.stock).length, 1, 'Lavrov named for Merkel\'s claim');
      const after = before.replace(claim('merkel-we-can-do-this'), claim('lavrov-no-alternative'));
      const now = checkBoth(after, register, memo, 'after');
      assert.deepEqual(at(now, after, 'attribution-mismatch', l.stock), []);
      assert.ok(memo.blocks.checked <= 2, `${memo.blocks.checked} blocks checked`);
      // Back to Merkel's claim, the error silenced by the block's `ignore`, then not silenced.
      const ignoring = before.replace(claim('merkel-we-can-do-this'), '```claim\nref: merkel-we-can-do-this\nignore: [attribution-mismatch]\n```');
      assert.deepEqual(at(checkBoth(ignoring, register, memo, 'ignored'), ignoring, 'attribution-mismatch', l.stock), []);
      assert.equal(at(checkBoth(before, register, memo, 'not ignored'), before, 'attribution-mismatch', l.stock).length, 1);
      assert.ok(memo.blocks.checked <= 2, `${memo.blocks.checked} blocks checked`);
    });

    test('a passage\'s date checked against its claim: kept while the passage and its claims stay, checked again when they change', () => {
      const register = load();
      const memo = new DocumentMemo();
      const before = article(l, new Map([[15, [l.lateDate, claim('merkel-we-can-do-this')]], [16, [l.lateDate, claim('merkel-we-can-do-this')]]]));
      const dates = (f: Finding[]) => f.filter(x => x.code === 'date-mismatch').length;
      assert.equal(dates(checkBoth(before, register, memo, 'before')), 2, 'a year late, twice');
      // An edit elsewhere: both passages' findings come from the memo, moved.
      const i = before.indexOf(l.filler(5));
      const moved = before.slice(0, i) + 'x' + before.slice(i);
      assert.equal(dates(checkBoth(moved, register, memo, 'moved')), 2);
      // The second passage linked to Guterres's claim (2019-09-23) instead: still wrong, against another date.
      const relinked = moved.replace(new RegExp(`(${claim('merkel-we-can-do-this').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?)${claim('merkel-we-can-do-this').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), `$1${claim('guterres-climate-hole')}`);
      assert.notEqual(relinked, moved);
      const now = checkBoth(relinked, register, memo, 'relinked');
      assert.deepEqual(now.filter(x => x.code === 'date-mismatch').map(x => x.ref), ['merkel-we-can-do-this', 'guterres-climate-hole']);
    });

    test('without a publication date, "relative dates are not checked" is said once, edit after edit', () => {
      const register = load();
      const memo = new DocumentMemo();
      // Two different passages (an identical one would be given the first one's findings by position).
      const other = l.relativeDay.replace(/Germany|ألمانيا/, l.lang === 'en' ? 'the country' : 'البلاد');
      let text = article(l, new Map([[12, [l.relativeDay, claim('merkel-we-can-do-this')]], [14, [other, claim('merkel-we-can-do-this')]]])).replace('published: 2018-06-01\n', '');
      const notices = (f: Finding[]) => f.filter(x => x.messageId === 'relative-no-published');
      const first = notices(checkBoth(text, register, memo, 'before'));
      assert.equal(first.length, 1);
      assert.equal(first[0].start, text.indexOf(l.relativeDay) + l.relativeDay.search(/Monday|يوم الاثنين/));
      // Unlinking the first passage moves the notice to the second.
      const i = text.indexOf(claim('merkel-we-can-do-this'));
      text = text.slice(0, i) + text.slice(i + claim('merkel-we-can-do-this').length);
      const second = notices(checkBoth(text, register, memo, 'the first unlinked'));
      assert.equal(second.length, 1);
      assert.equal(second[0].start, text.indexOf(other) + other.search(/Monday|يوم الاثنين/));
    });

    test('identical paragraphs with different claims: deleting one keeps each other\'s findings', () => {
      const register = load();
      const memo = new DocumentMemo();
      const copies = new Map([[20, [l.stock, claim('lavrov-no-alternative')]], [21, [l.stock, claim('merkel-we-can-do-this')]], [22, [l.stock, claim('lavrov-no-alternative')]], [23, [l.stock, claim('merkel-we-can-do-this')]]]);
      let text = article(l, copies);
      const count = (f: Finding[]) => f.filter(x => x.code === 'attribution-mismatch').length;
      assert.equal(count(checkBoth(text, register, memo, 'before')), 2);
      // Delete the first copy (linked to Lavrov: right), then the first left (Merkel's: an error).
      for (const [ref, left] of [['lavrov-no-alternative', 2], ['merkel-we-can-do-this', 1]] as const) {
        const piece = `${l.stock}\n\n${claim(ref)}\n\n`;
        const i = text.indexOf(piece);
        text = text.slice(0, i) + text.slice(i + piece.length);
        assert.equal(count(checkBoth(text, register, memo, `without the first ${ref}`)), left);
        assert.ok(memo.blocks.checked <= 4, `${memo.blocks.checked} blocks checked`);
      }
    });

    test('a misspelt name is found and reported with the memo as without it', () => {
      const register = load();
      const memo = new DocumentMemo();
      const text = article(l, new Map([[80, [l.misspelt]]]));
      const found = checkBoth(text, register, memo, 'before');
      assert.equal(found.filter(f => f.code === 'name-variant').length, 1);
      if (!l.lowerCase) return;
      // The same word written in lower case elsewhere, far from it: an ordinary word, not a name.
      const i = text.indexOf(l.filler(300));
      const after = text.slice(0, i) + l.lowerCase + '\n\n' + text.slice(i);
      const now = checkBoth(after, register, memo, 'after');
      assert.deepEqual(now.filter(f => f.code === 'name-variant'), []);
      assert.ok(memo.blocks.checked <= 3, `${memo.blocks.checked} blocks checked`);
      const back = checkBoth(text, register, memo, 'the lower-case word deleted again');
      assert.equal(back.filter(f => f.code === 'name-variant').length, 1);
    });

    test('claim blocks: read once and moved with the text; a changed block, ref or review policy is checked again', () => {
      const register = load();
      const memo = new DocumentMemo();
      // The same mistyped ref twice (unknown-ref, with a "did you mean" fix), and a block that gives a wrong date.
      const typo = claim('lavrov-no-alternativ');
      const dated = '```claim\nref: merkel-we-can-do-this\ndate: 2016-08-31\n```';
      let text = article(l, new Map([[25, [l.stock, typo]], [26, [l.speaker, dated]], [27, [l.misspelt, typo]]]));
      const codes = (f: Finding[]) => f.filter(x => x.code === 'unknown-ref' || x.code === 'date-mismatch' || x.code === 'stale-review');
      const first = codes(checkBoth(text, register, memo, 'first'));
      assert.deepEqual(first.map(f => f.code), ['unknown-ref', 'date-mismatch', 'unknown-ref']);
      assert.equal(first[0].fix?.newText, 'lavrov-no-alternative');
      // Text inserted before them: the same findings, moved, fixes included.
      const i = text.indexOf(l.filler(3));
      text = text.slice(0, i) + l.filler(9999) + '\n\n' + text.slice(i);
      const moved = codes(checkBoth(text, register, memo, 'moved'));
      const by = l.filler(9999).length + 2;
      assert.deepEqual(moved.map(f => [f.start, f.fix?.start]), first.map(f => [f.start + by, f.fix && f.fix.start + by]));
      // One of the two identical blocks corrected: that one is read again.
      const at = text.lastIndexOf(typo);
      text = text.slice(0, at) + claim('lavrov-no-alternative') + text.slice(at + typo.length);
      assert.deepEqual(codes(checkBoth(text, register, memo, 'one corrected')).map(f => f.code), ['unknown-ref', 'date-mismatch']);
      // A review policy (none of these claims has a review date): stale-review on every cited claim, then none again.
      const review = { today: 20000, maxAgeDays: 365 };
      const plain = checkArticle(text, register, { review }).findings;
      assert.deepEqual(checkArticle(text, register, { review }, memo).findings, plain, 'with a review policy');
      assert.ok(plain.filter(f => f.code === 'stale-review').length >= 2);
      assert.deepEqual(codes(checkBoth(text, register, memo, 'without it again')).map(f => f.code), ['unknown-ref', 'date-mismatch']);
    });

    test('a new publication date or another register checks every block again', () => {
      const memo = new DocumentMemo();
      const text = article(l, new Map([[10, [l.speaker, l.pronounQuote, claim('lavrov-no-alternative')]]]));
      checkBoth(text, load(), memo, 'first');
      const blocks = memo.blocks.checked;
      checkBoth(text.replace('published: 2018-06-01', 'published: 2019-06-01'), load(), memo, 'new date');
      assert.equal(memo.blocks.checked, blocks);
      const other = load();
      checkBoth(text, other, memo, 'another register');
      assert.equal(memo.blocks.checked, blocks);
      checkBoth(text, other, memo, 'the same again');
      assert.equal(memo.blocks.checked, 0);
    });

    test('random edits among speakers, pronouns, claim blocks and names: the findings of a check without a memo', () => {
      const register = load();
      const g = new Gen(20261130 + (l.lang === 'ar' ? 1 : 0));
      const specials = new Map<number, string[]>();
      for (let i = 0; i < 120; i += 3) {
        specials.set(i, [g.pick([l.speaker, l.otherSpeaker, l.wrongSpeaker, l.stock, l.misspelt, l.lateDate, l.relativeDay]), g.pick([claim('lavrov-no-alternative'), claim('merkel-we-can-do-this'), l.pronounQuote]), g.pick([l.pronounAfterWrong, l.pronounQuote, claim('lavrov-no-alternative')])]);
      }
      let text = article(l, specials);
      const inserts = [l.speaker, l.otherSpeaker, l.wrongSpeaker, l.pronounQuote, l.pronounAfterWrong, l.misspelt, l.lowerCase, l.lateDate, l.relativeDay, claim('lavrov-no-alternative'), claim('merkel-we-can-do-this'), claim('guterres-climate-hole')].filter(Boolean);
      const memo = new DocumentMemo();
      let findings = 0;
      for (let e = 0; e < 30; e++) {
        // Most edits near the paragraphs that carry speakers and claims, where their effects travel.
        const end = g.r() < 0.8 ? text.indexOf(l.filler(121)) : text.length;
        const p = g.int(end);
        const r = g.r();
        text = r < 0.3 ? text.slice(0, p) + text.slice(Math.min(text.length, p + g.int(300)))
          : r < 0.5 ? text.slice(0, p) + g.pick(['x', ' ', '\n', 'و', 'He']) + text.slice(p + 1)
          : text.slice(0, p) + '\n\n' + g.pick(inserts) + '\n\n' + text.slice(p);
        findings += checkBoth(text, register, memo, `edit ${e}`).length;
      }
      assert.ok(findings > 300, `the edited articles had findings to compare (${findings})`);
    });
  });
}
