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

/**
 * A cache that one document's checks keep from one check to the next, bounded by that document
 * instead of by a global size: it holds what the last check used and what this check uses (two
 * generations), and `rotate` (at the end of a check) drops what the last check used and this one
 * did not. A 5 MB article has ~20 000 blocks, more than the global caches above hold; with this,
 * a re-check after an edit reads again only the texts the edit changed.
 */
export class Generations<T> {
  private last = new Map<string, T>();
  private current = new Map<string, T>();

  get(key: string, make: (key: string) => T): T {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.last.get(key);
      if (v === undefined) v = make(key);
      this.current.set(key, v);
    }
    return v;
  }

  rotate(): void {
    this.last = this.current;
    this.current = new Map();
  }

  get size(): number { return this.current.size + this.last.size; }
}
