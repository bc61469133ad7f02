/**
 * Quoted words: "…", «…», “…”, „…“. Straight quotes pair in order; a quote broken by a short run
 * of digits or symbols without letters (`"… صيغة" 2 + 2 "، ونحن …"`, where a typesetter quoted the
 * "2 + 2" inside) is joined back into one. `"سبوتنيك": "…"` stays two quotes.
 */
import { memoByText } from '../text/memo';
import type { Span } from './sentences';

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›' };

/** Quotes in `text` (cached: callers must not modify the result). */
export const quotes = memoByText(findQuotes);

const ANY_QUOTE = /["«“„‹]/;

function findQuotes(text: string): Span[] {
  if (!ANY_QUOTE.test(text)) return [];
  const raw: Span[] = [];
  let straight = -1;
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
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
