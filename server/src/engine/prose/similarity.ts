/** Comparing quoted words after normalisation (folding, punctuation, spacing, house spelling). */
import { editDistance } from '../text/tokens';
import { LETTERS_DIGITS } from '../text/chars';
import { foldText } from '../text/fold';
import { memoByText } from '../text/memo';

/** House-style spellings that do not change the words said. */
function canonical(token: string): string {
  if (token.length > 5) {
    if (/is(e|ed|es|ing|ation|ations)$/.test(token)) token = token.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
    if (/[^aeiou]our(s|ed|ing)?$/.test(token)) token = token.replace(/our(s|ed|ing)?$/, 'or$1');
  }
  return token;
}

/** The comparable tokens of quoted words. */
export function quoteTokens(s: string): readonly string[] {
  return quoteForm(s).tokens;
}

function tokensOf(s: string): string[] {
  let f = foldText(s).text;
  if (f.includes('%') || f.includes('per')) f = f.replace(/\bper\s+cent\b|%/g, ' percent ');
  // The runs of letters and digits (f.split(/[^\p{L}\p{N}]+/u) without the empty ends).
  const tokens: string[] = [];
  for (let i = 0; i < f.length;) {
    if (!LETTERS_DIGITS.widthAt(f, i)) { i++; continue; }
    const start = i;
    let w: number;
    while ((w = LETTERS_DIGITS.widthAt(f, i))) i += w;
    tokens.push(canonical(f.slice(start, i)));
  }
  return tokens;
}

/**
 * Quoted words as relateQuote compares them, each part made on first use (read only). A check
 * makes one per quote it reads (quoteWords) and compares it with the registered quotes, which
 * recur and are cached per string (registeredWords).
 */
export class QuoteForm {
  readonly tokens: readonly string[];
  private joinedText?: string;
  private wordSet?: Set<string>;
  private parts?: Array<readonly string[]>;
  constructor(private readonly text: string) { this.tokens = tokensOf(text); }
  /** The tokens, one space between. */
  get joined(): string { return (this.joinedText ??= this.tokens.join(' ')); }
  get words(): ReadonlySet<string> { return (this.wordSet ??= new Set(this.tokens)); }
  /** The tokens of each excerpt, for words joined by "…" (empty excerpts left out). */
  get segments(): Array<readonly string[]> {
    return (this.parts ??= this.text.split(/\.{3}|…|\[\s*(?:\.{3}|…)\s*\]/).map(quoteTokens).filter(t => t.length));
  }
}
const quoteForm = memoByText((s: string) => new QuoteForm(s));
/** Quoted words ready for comparison, made once per quote (see QuoteForm). */
export const quoteWords = (s: string): QuoteForm => new QuoteForm(s);
/** The same for a registered quote, cached: it is compared with every quote of an article. */
export const registeredWords = (s: string): QuoteForm => quoteForm(s);

/** Dice coefficient of the token multisets (0..1). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) { common++; counts.set(t, n - 1); }
  }
  return (2 * common) / (a.length + b.length);
}

let used = new Uint8Array(64);

/** The size of the multiset intersection of two token lists (as in overlap), without building maps: quotes are short. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  if (used.length < b.length) used = new Uint8Array(b.length * 2);
  used.fill(0, 0, b.length);
  let common = 0;
  for (const t of a) {
    for (let j = 0; j < b.length; j++) {
      if (!used[j] && b[j] === t) { used[j] = 1; common++; break; }
    }
  }
  return common;
}

/** Where `part` occurs as a contiguous run of tokens in `whole` at or after `from`, or -1. */
export function runAt(whole: readonly string[], part: readonly string[], from = 0): number {
  if (!part.length || part.length > whole.length) return -1;
  outer: for (let i = from; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

export function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  return runAt(whole, part) >= 0;
}

const NEGATIONS = new Set(['لا', 'لم', 'لن', 'ليس', 'ما', 'غير', 'not', 'no', 'never', 'nothing', 'dont', 'cannot', 'wont', 'isnt', 'arent', 'nor', 'without']);

export type QuoteRelation = 'same' | 'part' | 'altered' | 'other';

/**
 * How quoted words relate to registered words: the same, a faithful excerpt (several excerpts
 * joined by "…" in order count too, as long as none drops a negation just before it), altered
 * (clearly the same quote, with words changed), or another quote altogether.
 */
export function relateQuote(written: string, registered: string): QuoteRelation {
  return relateQuoteWords(quoteForm(written), quoteForm(registered));
}

/** relateQuote for words already made ready (quoteWords, registeredWords). */
export function relateQuoteWords(A: QuoteForm, B: QuoteForm): QuoteRelation {
  if (!A.tokens.length || !B.tokens.length) return 'other';
  // Without a word in common (often: the same claim's quote in another language) the quotes are
  // not the same, no excerpt of b is in a nor a run of b in a, overlap is 0 and aligning a with a
  // run of b costs a.length edits, more than runDistance allows: only the letters can still relate.
  const words = B.words;
  return A.tokens.some(t => words.has(t)) ? relateWords(A, B) : relateLetters(A, B);
}

function relateWords(A: QuoteForm, B: QuoteForm): QuoteRelation {
  const a = A.tokens, b = B.tokens;
  // Too few words in common for any rule below: the same words, every excerpt of a found in b
  // (its excerpts hold a's words), b found in a, an overlap of half, or a run of b a few edits
  // from a (each word of a not matched costs an edit). Quotes that share a word or two, as
  // unrelated quotes in one language do, go straight to the letters.
  const common = sharedCount(a, b);
  if (common < a.length - Math.max(1, Math.floor(a.length / 3)) && common < b.length && 4 * common < a.length + b.length) return relateLetters(A, B);
  if (A.joined === B.joined) return 'same';
  const segments = A.segments;
  if (segments.length && (segments.length === 1 || segments.every(t => t.length >= 2))) {
    let from = 0, faithful = true;
    for (const seg of segments) {
      const at = runAt(b, seg, from);
      if (at < 0 || (at > 0 && NEGATIONS.has(b[at - 1]) && !NEGATIONS.has(seg[0]))) { faithful = false; break; }
      from = at + seg.length;
    }
    if (faithful) return 'part';
  }
  if (b.length >= 3 && containsRun(a, b)) return 'part';
  if ((2 * common) / (a.length + b.length) >= 0.5 && Math.min(a.length, b.length) >= 3) return 'altered'; // overlap(a, b)
  // A changed excerpt of a longer quote: the written words align with some run of the
  // registered ones with a few words changed ("and believe me, it will work" / "…it will be enough").
  if (a.length >= 4 && b.length > a.length) {
    const d = runDistance(a, b);
    if (d >= 1 && d <= Math.max(1, Math.floor(a.length / 3))) return 'altered';
  }
  return relateLetters(A, B);
}

/** Short quotes: compare the letters ("سننجز ذلك" / "لن ننجز ذلك"). */
function relateLetters(A: QuoteForm, B: QuoteForm): QuoteRelation {
  const sa = A.joined, sb = B.joined;
  if (Math.max(sa.length, sb.length) <= 80) {
    const max = Math.ceil(Math.max(sa.length, sb.length) * 0.4);
    // More letters differ than edits allowed (quotes in two languages, usually): no alignment can do better.
    if (bagDistance(sa, sb) > max) return 'other';
    const d = editDistance(sa, sb, max);
    if (1 - d / Math.max(sa.length, sb.length) >= 0.6) return 'altered';
  }
  return 'other';
}

/** Scratch counts per code unit for bagDistance (left all zero between calls). */
const counts = new Int32Array(0x10000);

/**
 * A lower bound of the edit distance (with transpositions) between two strings: the larger of the
 * numbers of code units each has that the other lacks, as multisets. An insertion, deletion or
 * substitution changes each of those numbers by at most one, a transposition by none.
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)]--;
  let extraA = 0, extraB = 0;
  const settle = (c: number) => { const n = counts[c]; if (n > 0) extraA += n; else extraB -= n; counts[c] = 0; };
  for (let i = 0; i < a.length; i++) settle(a.charCodeAt(i));
  for (let i = 0; i < b.length; i++) settle(b.charCodeAt(i));
  return Math.max(extraA, extraB);
}

/** Fewest token edits turning `a` into some contiguous run of `b` (semi-global alignment). */
export function runDistance(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0); // a run may start anywhere in b
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return Math.min(...prev); // and end anywhere
}
