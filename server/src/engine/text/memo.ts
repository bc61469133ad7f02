/**
 * A small bounded cache keyed by text, for pure per-block work that several checks repeat on the
 * same block (folding, quotes, name lookups). Cleared when full: no unbounded growth in a long
 * editor session.
 */
export function memoByText<T>(fn: (text: string) => T, size = 512, maxLength = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    if (text.length > maxLength) return fn(text);
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= size) cache.clear();
      v = fn(text);
      cache.set(text, v);
    }
    return v;
  };
}
