/**
 * Quoted words: "…", «…», “…”, „…“. Straight quotes pair in order; a quote broken by a short run
 * of digits or symbols without letters (`"… صيغة" 2 + 2 "، ونحن …"`, where a typesetter quoted the
 * "2 + 2" inside) is joined back into one. `"سبوتنيك": "…"` stays two quotes.
 */
import { factsOf, TextFacts } from '../text/facts';
import type { Span } from './sentences';

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›' };

/** Quotes in `text` (cached: callers must not modify the result). */
export function quotes(text: string): Span[] {
  return quotesOf(factsOf(text));
}

/** Quotes in a text, from its shared facts (computed once: callers must not modify the result). */
export function quotesOf(facts: TextFacts): Span[] {
  return facts.get(QUOTES, f => findQuotes(f.text));
}
const QUOTES = 'quotes';

const ANY_QUOTE = /["«“„‹]/;
/** Every character the pairing below reacts to (openers and closers), by code unit: the others are skipped. */
const MARK_CODES = [...'"', ...Object.keys(PAIRS), ...Object.values(PAIRS)].map(c => c.charCodeAt(0));
const MARKS = new Uint8Array(Math.max(...MARK_CODES) + 1);
for (const c of MARK_CODES) MARKS[c] = 1;

function findQuotes(text: string): Span[] {
  if (!ANY_QUOTE.test(text)) return [];
  const raw: Span[] = [];
  let straight = -1;
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    if (MARKS[text.charCodeAt(i)] !== 1) continue; // undefined past the table
    const c = text[i];
    if (c === '"') {
      if (straight < 0) straight = i;
      else { raw.push({ start: straight + 1, end: i }); straight = -1; }
    } else if (PAIRS[c] && !(c === '“' && stack.length && stack[stack.length - 1].close === '“')) {
      stack.push({ close: PAIRS[c], at: i });
    } else if (stack.length && c === stack[stack.length - 1].close) {
      const open = stack.pop()!;
      if (!stack.length) raw.push({ start: open.at + 1, end: i });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const q of raw) {
    const prev = out[out.length - 1];
    if (prev && q.start <= prev.end) continue; // nested
    const gap = prev ? text.slice(prev.end + 1, q.start - 1) : '';
    if (prev && q.start - prev.end <= 14 && !/\p{L}/u.test(gap) && /[\p{N}+×&%]/u.test(gap)) {
      prev.end = q.end;
      continue;
    }
    out.push({ ...q });
  }
  // The words, without the spaces and sentence punctuation that sit inside the marks.
  for (const q of out) {
    while (q.end > q.start && /[\s.,،;:!?؟…]/.test(text[q.end - 1])) q.end--;
    while (q.start < q.end && /\s/.test(text[q.start])) q.start++;
  }
  return out.filter(q => /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}
