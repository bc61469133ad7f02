/**
 * An index of every registered name (entities and role titles), by folded first token, so a
 * passage is scanned once whatever the register's size. Arabic proclitics (و ف ب ل ك and
 * their pairs) attached to a name are allowed and left outside the match.
 */
import { fold } from '../text/fold';
import { factsOf, TextFacts } from '../text/facts';
import { Token, tokenize } from '../text/tokens';
import type { Register } from './model';

export interface NameEntry { kind: 'entity' | 'role'; id: string; lang: string; name: string; tokens: string[] }
export interface NameHit {
  entry: NameEntry; start: number; end: number;
  /**
   * An office title written with "السابق" (former) inside it, after its head: "المدير العام السابق
   * للوكالة الدولية للطاقة الذرية", "الأمين العام السابق للأمم المتحدة" for the registered title
   * without it. (After the whole title, "وزير الخارجية الأمريكي السابق", it stays outside the hit.)
   */
  formerInside?: true;
}

const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
/** The readings of a token, in the order tried: as written, then without each proclitic. */
const READINGS = ['', ...PROCLITICS];
/** A token that does not start like a proclitic has only one reading. */
const PROCLITIC_FIRST = new Set(PROCLITICS.map(p => p.charCodeAt(0)));
const AS_WRITTEN = [''];
/** Between two tokens of one name: spaces, and in-name punctuation (U.S., al-Assad), no paragraph break. */
const JOINER = /^[\s.\-‐’'ـ]{0,3}$/;

/**
 * The names that start with one token, longest first, split by their second token: a common first
 * name starts hundreds of names, and only those whose second token is the next word can be written.
 */
interface Bucket { byNext: Map<string, NameEntry[]>; singles: NameEntry[] }
const NO_ENTRIES: readonly NameEntry[] = [];

export class NameIndex {
  private readonly buckets = new Map<string, Bucket>();
  readonly entries: NameEntry[] = [];

  constructor(reg: Register) {
    const byFirst = new Map<string, NameEntry[]>();
    const add = (kind: NameEntry['kind'], id: string, names: Map<string, string[]>) => {
      for (const [lang, list] of names) {
        for (const name of list) {
          const tokens = tokenize(fold(name).text).map(t => t.text);
          if (!tokens.length) continue;
          const entry: NameEntry = { kind, id, lang, name, tokens };
          this.entries.push(entry);
          const bucket = byFirst.get(tokens[0]) ?? [];
          bucket.push(entry);
          byFirst.set(tokens[0], bucket);
        }
      }
    };
    for (const e of reg.entities.values()) add('entity', e.id, e.names);
    for (const r of reg.roles.values()) add('role', r.id, r.names);
    for (const [first, bucket] of byFirst) {
      bucket.sort((a, b) => b.tokens.length - a.tokens.length);
      const split: Bucket = { byNext: new Map(), singles: [] };
      for (const entry of bucket) {
        if (entry.tokens.length === 1) { split.singles.push(entry); continue; }
        const list = split.byNext.get(entry.tokens[1]);
        if (list) list.push(entry); else split.byNext.set(entry.tokens[1], [entry]);
      }
      this.buckets.set(first, split);
    }
  }

  /** Longest registered names in text[from, to), left to right, not overlapping (whole texts cached: do not modify). */
  find(text: string, from = 0, to = text.length): NameHit[] {
    return from === 0 && to === text.length ? this.findIn(factsOf(text)) : this.scan(new TextFacts(text.slice(from, to)), from);
  }

  /** The names in a text, from its shared facts (computed once per text and index: do not modify). */
  findIn(facts: TextFacts): NameHit[] {
    return facts.get(this, f => this.scan(f, 0));
  }

  /** The names in facts.text, with offsets shifted by `from`. */
  private scan(facts: TextFacts, from: number): NameHit[] {
    const folded = facts.folded;
    const f = folded.text;
    const toks = facts.tokens;
    const hits: NameHit[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      const next = i + 1 < toks.length ? toks[i + 1].text : undefined;
      let best: { entry: NameEntry; skip: number; last: number; formerInside: boolean } | undefined;
      for (const p of PROCLITIC_FIRST.has(t.charCodeAt(0)) ? READINGS : AS_WRITTEN) {
        if (p && !(t.startsWith(p) && t.length > p.length + 1)) continue;
        const bucket = this.buckets.get(p ? t.slice(p.length) : t);
        if (!bucket) continue;
        // The longest name written here, and longer than one found under another reading.
        const longer = best ? best.last - i + 1 : 0;
        const group = next === undefined ? NO_ENTRIES : bucket.byNext.get(next) ?? NO_ENTRIES;
        const found = writtenAt(group, toks, i, f, longer) ?? writtenAt(bucket.singles, toks, i, f, longer);
        if (found) best = { entry: found.entry, skip: p.length, last: found.last, formerInside: found.formerInside };
      }
      if (best) {
        const s = toks[i].start + best.skip, e = toks[best.last].end;
        const hit: NameHit = { entry: best.entry, start: from + folded.map[s], end: from + folded.map[e] };
        if (best.formerInside) hit.formerInside = true;
        hits.push(hit);
        i = best.last;
      }
    }
    return hits;
  }
}

/** "السابق" and its forms (folded), which Arabic may write inside an office title, after its head. */
const FORMER_WORDS = new Set(['السابق', 'السابقه', 'الاسبق']);

/**
 * The first of `entries` (longest first) written at tokens i.., if it has more than `longer`
 * tokens: the entry, its last token's index, and whether "السابق" stood inside it (office titles
 * only, once, between two of its tokens).
 */
function writtenAt(entries: readonly NameEntry[], toks: readonly Token[], i: number, f: string, longer: number): { entry: NameEntry; last: number; formerInside: boolean } | undefined {
  for (const entry of entries) {
    if (entry.tokens.length <= longer) return undefined;
    let ok = true, at = i, formerInside = false;
    for (let k = 1; k < entry.tokens.length && ok; k++) {
      let b = toks[at + 1];
      if (b && entry.kind === 'role' && !formerInside && FORMER_WORDS.has(b.text) && b.text !== entry.tokens[k] && JOINER.test(f.slice(toks[at].end, b.start))) {
        formerInside = true;
        at++;
        b = toks[at + 1];
      }
      ok = !!b && b.text === entry.tokens[k] && JOINER.test(f.slice(toks[at].end, b.start));
      at++;
    }
    if (ok) return { entry, last: at, formerInside };
  }
  return undefined;
}

const cache = new WeakMap<Register, NameIndex>();
export function nameIndex(reg: Register): NameIndex {
  let idx = cache.get(reg);
  if (!idx) { idx = new NameIndex(reg); cache.set(reg, idx); }
  return idx;
}
