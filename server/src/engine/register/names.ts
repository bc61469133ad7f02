/**
 * An index of every registered name (entities and role titles), by folded first token, so a
 * passage is scanned once whatever the register's size. Arabic proclitics (و ف ب ل ك and
 * their pairs) attached to a name are allowed and left outside the match.
 */
import { fold } from '../text/fold';
import { memoByText } from '../text/memo';
import { tokenize } from '../text/tokens';
import type { Register } from './model';

export interface NameEntry { kind: 'entity' | 'role'; id: string; lang: string; name: string; tokens: string[] }
export interface NameHit { entry: NameEntry; start: number; end: number }

const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
/** Between two tokens of one name: spaces, and in-name punctuation (U.S., al-Assad), no paragraph break. */
const JOINER = /^[\s.\-‐’'ـ]{0,3}$/;

export class NameIndex {
  private readonly byFirst = new Map<string, NameEntry[]>();
  readonly entries: NameEntry[] = [];

  constructor(reg: Register) {
    const add = (kind: NameEntry['kind'], id: string, names: Map<string, string[]>) => {
      for (const [lang, list] of names) {
        for (const name of list) {
          const tokens = tokenize(fold(name).text).map(t => t.text);
          if (!tokens.length) continue;
          const entry: NameEntry = { kind, id, lang, name, tokens };
          this.entries.push(entry);
          const bucket = this.byFirst.get(tokens[0]) ?? [];
          bucket.push(entry);
          this.byFirst.set(tokens[0], bucket);
        }
      }
    };
    for (const e of reg.entities.values()) add('entity', e.id, e.names);
    for (const r of reg.roles.values()) add('role', r.id, r.names);
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  private readonly cached = memoByText((text: string) => this.scan(text, 0, text.length));

  /** Longest registered names in text[from, to), left to right, not overlapping (cached: do not modify). */
  find(text: string, from = 0, to = text.length): NameHit[] {
    return from === 0 && to === text.length ? this.cached(text) : this.scan(text, from, to);
  }

  private scan(text: string, from: number, to: number): NameHit[] {
    const folded = fold(text.slice(from, to));
    const f = folded.text;
    const toks = tokenize(f);
    const hits: NameHit[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      let best: { entry: NameEntry; skip: number; last: number } | undefined;
      for (const p of ['', ...PROCLITICS]) {
        if (p && !(t.startsWith(p) && t.length > p.length + 1)) continue;
        const bucket = this.byFirst.get(p ? t.slice(p.length) : t);
        if (!bucket) continue;
        for (const entry of bucket) {
          if (best && entry.tokens.length <= best.last - i + 1) break;
          let ok = true;
          for (let k = 1; k < entry.tokens.length && ok; k++) {
            const a = toks[i + k - 1], b = toks[i + k];
            ok = !!b && b.text === entry.tokens[k] && JOINER.test(f.slice(a.end, b.start));
          }
          if (ok) { best = { entry, skip: p.length, last: i + entry.tokens.length - 1 }; break; }
        }
      }
      if (best) {
        const s = toks[i].start + best.skip, e = toks[best.last].end;
        hits.push({ entry: best.entry, start: from + folded.map[s], end: from + folded.map[e] });
        i = best.last;
      }
    }
    return hits;
  }
}

const cache = new WeakMap<Register, NameIndex>();
export function nameIndex(reg: Register): NameIndex {
  let idx = cache.get(reg);
  if (!idx) { idx = new NameIndex(reg); cache.set(reg, idx); }
  return idx;
}
