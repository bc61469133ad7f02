/**
 * Small bounded caches keyed by text, for pure per-text work that an editor repeats on every
 * keystroke for the blocks that did not change (a block's facts, text/facts.ts; folded keys;
 * parsed YAML). Bounded by entries and by the characters they hold; cleared
 * when full, so a long editor session never grows without limit.
 */
const MAX_ENTRIES = 8192;
/** Characters of cached text per cache (results are proportional to it: folds hold a map per char). */
const MAX_CHARS = 4_000_000;

export function memoByText<T>(fn: (text: string) => T, size = MAX_ENTRIES, maxLength = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  let chars = 0;
  return (text: string) => {
    if (text.length > maxLength) return fn(text);
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= size || chars + text.length > MAX_CHARS) { cache.clear(); chars = 0; }
      v = fn(text);
      cache.set(text, v);
      chars += text.length;
    }
    return v;
  };
}
