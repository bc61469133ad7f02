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

/** Like memoByText, for functions of a text and a few small settings folded into a key prefix. */
export function memoByKey<A extends unknown[], T>(fn: (text: string, ...rest: A) => T, key: (...rest: A) => string, size = 512, maxLength = 50_000): (text: string, ...rest: A) => T {
  const cache = new Map<string, T>();
  return (text: string, ...rest: A) => {
    if (text.length > maxLength) return fn(text, ...rest);
    const k = key(...rest) + '\u0000' + text;
    let v = cache.get(k);
    if (v === undefined) {
      if (cache.size >= size) cache.clear();
      v = fn(text, ...rest);
      cache.set(k, v);
    }
    return v;
  };
}
