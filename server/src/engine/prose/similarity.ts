/** Comparing quoted words after normalisation (folding, punctuation, spacing, house spelling). */
import { editDistance } from '../text/tokens';
import { fold } from '../text/fold';

/** House-style spellings that do not change the words said. */
function canonical(token: string): string {
  if (token.length > 5) {
    if (/is(e|ed|es|ing|ation|ations)$/.test(token)) token = token.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
    if (/[^aeiou]our(s|ed|ing)?$/.test(token)) token = token.replace(/our(s|ed|ing)?$/, 'or$1');
  }
  return token;
}

export function quoteTokens(s: string): string[] {
  const tokens = fold(s).text.replace(/\bper\s+cent\b|%/g, ' percent ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.map(canonical);
}

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

/** Where `part` occurs as a contiguous run of tokens in `whole` at or after `from`, or -1. */
export function runAt(whole: string[], part: string[], from = 0): number {
  if (!part.length || part.length > whole.length) return -1;
  outer: for (let i = from; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

export function containsRun(whole: string[], part: string[]): boolean {
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
  const b = quoteTokens(registered);
  const a = quoteTokens(written);
  if (!a.length || !b.length) return 'other';
  if (a.join(' ') === b.join(' ')) return 'same';
  const segments = written.split(/\.{3}|…|\[\s*(?:\.{3}|…)\s*\]/).map(quoteTokens).filter(t => t.length);
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
  if (overlap(a, b) >= 0.5 && Math.min(a.length, b.length) >= 3) return 'altered';
  // A changed excerpt of a longer quote: the written words align with some run of the
  // registered ones with a few words changed ("and believe me, it will work" / "…it will be enough").
  if (a.length >= 4 && b.length > a.length) {
    const d = runDistance(a, b);
    if (d >= 1 && d <= Math.max(1, Math.floor(a.length / 3))) return 'altered';
  }
  // Short quotes: compare the letters ("سننجز ذلك" / "لن ننجز ذلك").
  const sa = a.join(' '), sb = b.join(' ');
  if (Math.max(sa.length, sb.length) <= 80) {
    const d = editDistance(sa, sb, Math.ceil(Math.max(sa.length, sb.length) * 0.4));
    if (1 - d / Math.max(sa.length, sb.length) >= 0.6) return 'altered';
  }
  return 'other';
}

/** Fewest token edits turning `a` into some contiguous run of `b` (semi-global alignment). */
export function runDistance(a: string[], b: string[]): number {
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
