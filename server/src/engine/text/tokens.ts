/** Word tokens (letters, marks, digits) with offsets into the text they were taken from. */
import { WORD_CHARS } from './chars';

export interface Token { text: string; start: number; end: number }

/**
 * The maximal runs of letters, marks and digits (what /[\p{L}\p{M}\p{N}]+/gu matches) that start
 * in [from, to), found with a table lookup per character instead of a Unicode property regex.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    if (!WORD_CHARS.widthAt(text, i)) { i++; continue; } // a low surrogate after it is no word start either
    const start = i;
    let w: number;
    while ((w = WORD_CHARS.widthAt(text, i))) i += w;
    tokens.push({ text: text.slice(start, i), start, end: i });
    if (i >= n) break;
  }
  return tokens;
}

/** Damerau-Levenshtein (optimal string alignment) distance; a transposition is one edit. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length, n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** The candidate closest to `word` (within a length-relative bound), for "did you mean". */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, bestD - 1);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

/**
 * "Did you mean" over a large set of ids without comparing against all of them: ids are indexed
 * by their letter pairs, and only ids sharing enough pairs with the word (an edit changes at most
 * three pairs) are measured. Built once per id collection.
 */
class IdIndex {
  private readonly byPair = new Map<string, number[]>();
  private readonly byLength = new Map<number, number[]>();
  constructor(private readonly ids: string[]) {
    ids.forEach((id, k) => {
      for (const p of new Set(pairs(id))) { const l = this.byPair.get(p); if (l) l.push(k); else this.byPair.set(p, [k]); }
      const l = this.byLength.get(id.length); if (l) l.push(k); else this.byLength.set(id.length, [k]);
    });
  }

  nearest(word: string): string | undefined {
    const maxD = Math.max(2, Math.floor(word.length / 3));
    const wordPairs = [...new Set(pairs(word))];
    const need = wordPairs.length - 3 * maxD;
    let candidates: Iterable<number>;
    if (need > 0) {
      const counts = new Map<number, number>();
      for (const p of wordPairs) for (const k of this.byPair.get(p) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
      candidates = [...counts].filter(([, c]) => c >= need).map(([k]) => k);
    } else {
      const out: number[] = [];
      for (let len = Math.max(0, word.length - maxD); len <= word.length + maxD; len++) for (const k of this.byLength.get(len) ?? []) out.push(k);
      candidates = out;
    }
    return nearest(word, [...candidates].sort((a, b) => a - b).map(k => this.ids[k]));
  }
}

function pairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

const idIndexes = new WeakMap<object, IdIndex>();

/** The nearest key of `ids` to `word` (indexed on first use; `ids` must not change afterwards). */
export function nearestId(word: string, ids: ReadonlyMap<string, unknown>): string | undefined {
  let index = idIndexes.get(ids);
  if (!index) { index = new IdIndex([...ids.keys()]); idIndexes.set(ids, index); }
  return index.nearest(word);
}
