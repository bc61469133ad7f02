/**
 * Sentence boundaries in news prose, Arabic and English: after . ! ? ؟ … (and closing quotes or
 * brackets that follow), unless the period ends an abbreviation or an initial ("U.S.", "Mr.",
 * "Jan.", "J. Smith") or sits inside a number. Soft line breaks inside a paragraph are not ends.
 */
import type { TextFacts } from '../text/facts';

export interface Span { start: number; end: number }

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'e.g', 'i.e',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'u.s', 'u.n', 'u.k', 'e.u', 'approx', 'est', 'fig', 'dept', 'univ', 'ave',
]);

const END = /[.!?؟…]+["'»”’)\]]*/g;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    const dot = m.index;
    const after = dot + m[0].length;
    if (after < text.length && !/\s/.test(text[after])) continue; // "2.5", "U.S.A", "example.org"
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, dot - 12), dot))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      // Next sentence must start with something that can start one (not a lower-case Latin letter).
      const next = /\S/.exec(text.slice(after))?.[0];
      if (next && /[a-z]/.test(next)) continue;
    }
    push(out, text, start, after);
    start = after;
  }
  push(out, text, start, text.length);
  return out;
}

/** The sentences of a text, from its shared facts (computed once: callers must not modify the result). */
export function sentencesOf(facts: TextFacts): Span[] {
  return facts.get(SENTENCES, f => sentences(f.text));
}
const SENTENCES = 'sentences';

/** The index of the sentence (in the sorted list `sentences` returns) that holds `offset`, else -1. */
export function sentenceAt(sents: readonly Span[], offset: number): number {
  let lo = 0, hi = sents.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sents[mid].end > offset) hi = mid; else lo = mid + 1; }
  return lo < sents.length && sents[lo].start <= offset ? lo : -1;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
