/**
 * name-variant: a token close to a registered name but not a listed spelling ("Tilerson" for
 * Tillerson, "تيرلسون" for تيلرسون). Exact mentions come from the register's NameIndex; variants
 * from one pass over the tokens; a token meets only the registered tokens one edit away, found
 * through an index of every registered token with one letter deleted (a token looks up itself
 * and its own one-letter deletions), so the cost per token does not grow with the register.
 *
 * Precision first (a false warning is worse than a miss):
 * - compared after folding (hamza/alef, ة/ه, ى/ي, diacritics, tatweel, ڤ/ف, گ/ك, Latin accents);
 * - candidates: capitalised Latin tokens that are not common words (a stop list, or the same word
 *   written in lower case elsewhere), and Arabic tokens (proclitics و ف ب ل ك stripped); never a
 *   token that any registered name or role title contains as is (الأميركي, هنتسمان);
 * - after the rest of a person's name written exactly ("Anatoly", "ريكس"), the next token may be
 *   2 edits from the registered surname (both from 6 letters; 1 from 4); other names 1 edit (from 5);
 *   after a short or very common first name (Rex, جون, John, محمد) the lone-word rule applies;
 * - standalone, only one-token names and person surnames are targets, from 5 letters (places
 *   from 7; Arabic lengths do not count ال), at exactly one edit, the first letter kept;
 * - every edit must look like a slip (see `slip`): swapped letters, a letter doubled or dropped
 *   inside the word (not at its end, where suffixes live: Antonova, البحريني), a neighbouring key.
 */
import type { Entity, Register } from '../register/model';
import { nameIndex } from '../register/names';
import { CharClass, WORD_CHARS } from '../text/chars';
import { factsOf, TextFacts } from '../text/facts';
import { fold } from '../text/fold';
import { editDistance, tokenize } from '../text/tokens';
import type { ProseContext } from './context';

export interface NameMention {
  /** Offsets into the article. */
  start: number;
  end: number;
  entity: string;
  /** True when the spelling is not one the register lists (a typo or transposition). */
  variant: boolean;
  /** The registered spelling closest to what was written. */
  registered: string;
}

/** Registered names (exact or variant) mentioned in `text` (offsets relative to text). */
export function findNames(text: string, register: Register, lang: string): NameMention[] {
  const out: NameMention[] = [];
  const facts = factsOf(text);
  for (const h of nameIndex(register).findIn(facts)) {
    if (h.entry.kind === 'entity') out.push({ start: h.start, end: h.end, entity: h.entry.id, variant: false, registered: h.entry.name });
  }
  const reading = readBlock(facts, variantIndex(register));
  settle(reading, lowerCaseAmong(new Set(capitalisedKeys(reading)), [facts]));
  for (const v of findVariants(reading, register, standaloneIn(lang))) {
    out.push({ start: v.start, end: v.end, entity: v.ref.entity.id, variant: true, registered: spelling(v.ref, v.pos) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A block's reading for the variant search (readBlock), made by the document pass for every block
 * that does not silence name-variant: its capitalised words wait for the whole article's
 * lower-case words (lowerCaseAmong) before they can be candidates.
 */
export function readNames(facts: TextFacts, register: Register): BlockReading {
  return readBlock(facts, variantIndex(register));
}

/** The keys of a reading's capitalised words, in order (one per word, repeats kept). */
export function capitalisedKeys(reading: BlockReading): string[] {
  return reading.capitalised.map(i => reading.infos[i].key);
}

/** Which of `asked` the article (every prose block's facts) writes as a lower-case word somewhere. */
export function lowerCaseAmong(asked: ReadonlySet<string>, all: readonly TextFacts[]): Set<string> {
  const lower = new Set<string>();
  if (!asked.size) return lower;
  const few = asked.size <= 8 ? [...asked] : undefined;
  for (const facts of all) {
    if (few && !mayWriteLowerCase(facts, few)) continue;
    for (const k of facts.get(LOWER_CASE_KEYS, lowerCaseKeys)) if (asked.has(k)) lower.add(k);
    if (lower.size === asked.size) break;
  }
  return lower;
}

/** name-variant in one block, given its reading and the article's lower-case words among its capitalised ones. */
export function checkBlockNames(ctx: ProseContext, reading: BlockReading, lower: ReadonlySet<string>): void {
  settle(reading, lower);
  const { block } = ctx;
  for (const v of findVariants(reading, ctx.register, standaloneIn(ctx.article.lang))) {
    const { entity, lang, name } = v.ref;
    const listed = entity.names.get(lang) ?? [name];
    ctx.report({
      code: 'name-variant', severity: 'warning', ref: entity.id,
      start: block.start + v.start, end: block.start + v.end,
      message: `"${v.written}" looks like a misspelling of ${spelling(v.ref, v.pos)} (${entity.type} entity "${entity.id}"); the register lists: ${listed.join(', ')}.`,
      messageId: 'name-variant', args: { written: v.written, spelling: spelling(v.ref, v.pos), type: entity.type, entity: entity.id, listed: listed.join(' / ') },
      fix: { title: `Change to "${v.newText}"`, start: block.start + v.start, end: block.start + v.end, newText: v.newText },
    });
  }
}

// ---------------------------------------------------------------- the register's name tokens

/** One registered name, tokenised into folded keys. */
interface NameRef { entity: Entity; lang: string; name: string; keys: string[] }
/** A registered token that a lone word may misspell, with every name it ends. */
interface Target { key: string; uses: Array<{ ref: NameRef; pos: number }> }

const FUZZY_TYPES = new Set(['person', 'organization', 'place']);

class VariantIndex {
  /** Every token of every registered name and role title, any language. */
  readonly exact = new Set<string>();
  /** Multi-token entity names by their first and by their second token. */
  readonly byFirst = new Map<string, NameRef[]>();
  readonly bySecond = new Map<string, NameRef[]>();
  /** Standalone targets by their key and by each key with one letter deleted. */
  private readonly byDeletion = new Map<string, Target[]>();
  private readonly targets = new Map<string, Target>();

  /** Built from the NameIndex's entries, which are folded and tokenised already. */
  constructor(reg: Register) {
    for (const e of nameIndex(reg).entries) {
      const keys = e.tokens.map(keyOf);
      for (const k of keys) this.exact.add(k);
      const entity = e.kind === 'entity' ? reg.entities.get(e.id) : undefined;
      if (!entity || !FUZZY_TYPES.has(entity.type)) continue;
      const ref: NameRef = { entity, lang: e.lang, name: e.name, keys };
      if (keys.length === 1) { this.target(ref, 0); continue; }
      push(this.byFirst, keys[0], ref);
      push(this.bySecond, keys[1], ref);
      if (entity.type === 'person') this.target(ref, keys.length - 1);
    }
  }

  private target(ref: NameRef, pos: number): void {
    const key = ref.keys[pos];
    if (core(key) < 5) return; // never matched alone
    let t = this.targets.get(key);
    if (!t) {
      t = { key, uses: [] };
      this.targets.set(key, t);
      for (const k of deletions(key)) push(this.byDeletion, k, t);
    }
    t.uses.push({ ref, pos });
  }

  /** Every target one edit (or less) from `key`, with a few more to be checked by the caller. */
  near(key: string): Set<Target> {
    const out = new Set<Target>();
    for (const k of deletions(key)) for (const t of this.byDeletion.get(k) ?? []) out.add(t);
    return out;
  }

  /**
   * The registered tokens a lone word `key` may misspell (loneWordMatch), in the order `near`
   * lists them. Depends on the key alone, and news repeats its words: cached per key. A key of
   * fewer than 5 letters (not counting ال) matches nothing, since every lone-word threshold is 5
   * or more: it skips the deletions altogether.
   */
  lone(key: string): ReadonlyArray<{ ref: NameRef; pos: number }> {
    let out = this.loneCache.get(key);
    if (out) return out;
    out = [];
    if (core(key) >= 5) {
      for (const t of this.near(key)) {
        for (const use of t.uses) if (loneWordMatch(key, t.key, use.ref.entity.type === 'place' ? 7 : 5)) out.push(use);
      }
    }
    remember(this.loneCache, key, out);
    return out;
  }
  private readonly loneCache = new Map<string, Array<{ ref: NameRef; pos: number }>>();

  /** What a folded token is, wherever it stands (see tokenInfo); cached per token. */
  info(folded: string): TokenInfo {
    let info = this.infoCache.get(folded);
    if (!info) { info = tokenInfo(folded, this); remember(this.infoCache, folded, info); }
    return info;
  }
  private readonly infoCache = new Map<string, TokenInfo>();
}

/** Per-register caches of token facts stay below this many keys (cleared when full). */
const TOKEN_CACHE = 50_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= TOKEN_CACHE) cache.clear();
  cache.set(key, value);
}

/** A word and the words it makes with one letter deleted. */
function deletions(key: string): Set<string> {
  const out = new Set([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Token `pos` of a registered name as the register spells it (hamza, diacritics and case kept). */
function spelling(ref: NameRef, pos: number): string {
  const f = fold(ref.name);
  const t = tokenize(f.text)[pos];
  return ref.name.slice(f.map[t.start], f.map[t.end]);
}

const indexes = new WeakMap<Register, VariantIndex>();
function variantIndex(reg: Register): VariantIndex {
  let idx = indexes.get(reg);
  if (!idx) { idx = new VariantIndex(reg); indexes.set(reg, idx); }
  return idx;
}

// ---------------------------------------------------------------- scanning a text

interface Variant {
  start: number; end: number; written: string;
  ref: NameRef; pos: number; newText: string;
  /** 0: after an exact first name (or before an exact surname), 1: standalone. */
  rank: number; distance: number;
}
/** A reading of a token: the whole token, or the token without an Arabic proclitic. */
interface Form {
  key: string; skip: number; lam: boolean;
  /** The multi-token names that start with this reading. */
  first: readonly NameRef[];
  /** The same by length, each with its place in `first` (made when first needed). */
  firstByLength?: ReadonlyArray<{ length: number; refs: ReadonlyArray<{ at: number; ref: NameRef }> }>;
  /** The registered tokens it may misspell as a lone word (VariantIndex.lone), once asked. */
  lone?: ReadonlyArray<{ ref: NameRef; pos: number }>;
}
/** The facts of a folded token that do not depend on where it is written. */
interface TokenInfo {
  key: string; forms: Form[]; arabic: boolean; latin: boolean; exact: boolean;
  /** The multi-token names whose second token it is. */
  second: readonly NameRef[];
}

const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
/** Between two tokens of one name: spaces and in-name punctuation (as in NameIndex). */
const JOINER = /^[\s.\-‐’'ـ]{0,3}$/;
const ARABIC_WORD = /^[\u0620-\u064A\u066E-\u06D3]+$/;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/** Whether lone words are read in a language (Arabic and English; other languages only with the rest of a name). */
function standaloneIn(lang: string): boolean {
  const base = lang.toLowerCase().split('-')[0];
  return base === 'ar' || base === 'en';
}

/**
 * A block's tokens as the variant search reads them (parallel to facts.tokens): what each is, and
 * whether it may be a misspelt name. The candidates are not a registered name's tokens, and are
 * Arabic, or Latin, capitalised as written, and neither a stop word nor a word the article writes
 * in lower case somewhere (a sentence start, not a name). That last test needs the whole article:
 * the capitalised words wait in `capitalised` until the whole article is read (lowerCaseAmong).
 */
export interface BlockReading { facts: TextFacts; infos: TokenInfo[]; candidate: Uint8Array; capitalised: number[] }

function readBlock(facts: TextFacts, idx: VariantIndex): BlockReading {
  const { text } = facts;
  const map = facts.folded.map;
  const words = facts.tokens;
  const n = words.length;
  const infos: TokenInfo[] = new Array(n);
  const candidate = new Uint8Array(n);
  const capitalised: number[] = [];
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = idx.info(words[i].text));
    if (info.exact) continue;
    if (info.arabic) candidate[i] = 1;
    // Capitalised as written (the folded copy is lower case): the token's first character there.
    else if (info.latin && !STOP.has(info.key) && UPPER_CASE.at(text, map[words[i].start])) capitalised.push(i);
  }
  return { facts, infos, candidate, capitalised };
}

/** Makes candidates of the capitalised words that the article never writes in lower case. */
function settle(reading: BlockReading, lower: ReadonlySet<string>): void {
  for (const i of reading.capitalised) if (!lower.has(reading.infos[i].key)) reading.candidate[i] = 1;
}

function findVariants(reading: BlockReading, reg: Register, standalone: boolean): Variant[] {
  const idx = variantIndex(reg);
  const { facts, infos, candidate } = reading;
  const { text } = facts;
  const f = facts.folded;
  const words = facts.tokens;
  const n = words.length;
  const joined = (a: number, b: number) => JOINER.test(f.text.slice(words[a].end, words[b].start));
  const best = new Map<number, Variant[]>();
  const propose = (i: number, form: Form, ref: NameRef, pos: number, rank: number, distance: number) => {
    const t = words[i];
    const s = f.map[t.start + form.skip], e = f.map[t.end];
    const written = text.slice(s, e);
    let newText = spelling(ref, pos);
    if (form.lam && /^[اأإآ]ل/.test(newText)) newText = newText.slice(1);
    else if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) newText = newText.toUpperCase();
    const v: Variant = { start: s, end: e, written, ref, pos, newText, rank, distance };
    const list = best.get(i);
    if (!list || better(v, list[0])) best.set(i, [v]);
    else if (!better(list[0], v)) list.push(v);
  };

  for (let j = 0; j < n; j++) {
    // After the rest of a name written exactly: "Rex Tilerson", "ريكس تيرلسون".
    for (const form of infos[j].forms) {
      if (!form.first.length) continue;
      // A common first name starts hundreds of names: the names of one length share the token
      // that would be misspelt (c), so one test of it serves them all.
      let found: Array<{ at: number; ref: NameRef }> | undefined;
      for (const group of (form.firstByLength ??= byLength(form.first))) {
        const c = j + group.length - 1;
        if (c >= n || !candidate[c] || !joined(c - 1, c)) continue;
        for (const r of group.refs) if (sameTail(infos, j + 1, r.ref.keys, 1, c, joined)) (found ??= []).push(r);
      }
      if (!found) continue;
      found.sort((a, b) => a.at - b.at); // proposals in register order, on which ties depend
      for (const { ref } of found) {
        const c = j + ref.keys.length - 1;
        const d = fullNameDistance(infos[c].key, ref, c - j);
        if (d !== undefined) propose(c, infos[c].forms[0], ref, c - j, 0, d);
      }
    }
    if (!candidate[j]) continue;
    const forms = infos[j].forms;
    // Before the rest of a name written exactly: "Anatoli Antonov" (a lone-word threshold).
    if (j + 1 < n) {
      for (const ref of infos[j + 1].second) {
        const last = j + ref.keys.length - 1;
        if (last >= n || !sameTail(infos, j + 1, ref.keys, 1, last + 1, joined)) continue;
        for (const form of forms) if (loneWordMatch(form.key, ref.keys[0], 5)) propose(j, form, ref, 0, 0, 1);
      }
    }
    // A lone word close to a one-token name or a surname.
    if (!standalone) continue;
    for (const form of forms) {
      for (const use of (form.lone ??= idx.lone(form.key))) propose(j, form, use.ref, use.pos, 1, 1);
    }
  }

  const out: Variant[] = [];
  for (const list of best.values()) {
    // Two entities equally close: no way to tell which was meant. One entity spelt two ways
    // equally close (موغيريني, موغريني): the first listed.
    if (new Set(list.map(v => v.ref.entity)).size === 1) out.push(list[0]);
  }
  return out.sort((a, b) => a.start - b.start);
}

const NO_REFS: readonly NameRef[] = [];

/** Names grouped by their number of tokens, each with its index in `refs`. */
function byLength(refs: readonly NameRef[]): Array<{ length: number; refs: Array<{ at: number; ref: NameRef }> }> {
  const groups = new Map<number, Array<{ at: number; ref: NameRef }>>();
  refs.forEach((ref, at) => push(groups, ref.keys.length, { at, ref }));
  return [...groups].map(([length, list]) => ({ length, refs: list }));
}

/** A token's key, its readings (without a proclitic), its script, and whether a registered name or title has it. */
function tokenInfo(folded: string, idx: VariantIndex): TokenInfo {
  const key = keyOf(folded);
  const form = (k: string, skip: number, lam: boolean): Form => ({ key: k, skip, lam, first: idx.byFirst.get(k) ?? NO_REFS });
  const forms: Form[] = [form(key, 0, false)];
  const arabic = ARABIC_WORD.test(key);
  if (arabic) {
    for (const p of PROCLITICS) {
      if (!key.startsWith(p) || key.length - p.length < 2) continue;
      const rest = key.slice(p.length);
      forms.push(form(rest, p.length, false));
      // ل + ال is written لل: "للقرم" is ل + القرم.
      if (p.endsWith('ل') && rest.startsWith('ل')) forms.push(form('ا' + rest, p.length, true));
    }
  }
  const exact = forms.some(f => idx.exact.has(f.key));
  return { key, forms, arabic, latin: !arabic && LATIN_WORD.test(key), exact, second: idx.bySecond.get(key) ?? NO_REFS };
}

/** Tokens from..to-1 equal keys[k..] exactly, joined as one name. */
function sameTail(infos: TokenInfo[], from: number, keys: string[], k: number, to: number, joined: (a: number, b: number) => boolean): boolean {
  for (let i = from; i < to; i++, k++) {
    if (infos[i].key !== keys[k] || !joined(i - 1, i)) return false;
  }
  return true;
}

function better(a: Variant, b: Variant): boolean {
  return a.rank !== b.rank ? a.rank < b.rank : a.distance !== b.distance ? a.distance < b.distance : a.start < b.start;
}

/**
 * Edits between the word after the exact start of a name and the name's last token, if close
 * enough and each edit a plausible slip: persons 2 from 6 letters, 1 from 4; other names 1 from
 * 5 (San Fransisco). A short or very common first name (Rex, جون, John, محمد) says little about
 * who follows: then the lone-word rule applies ("John Terry" is not a typo of John Kerry), from
 * 3 letters after a particle (أحمد أبو الغيظ) and with Arabic dot slips allowed; after the first
 * name and a particle both exact, a Latin vowel for another too (Mohammed bin Salmon).
 */
function fullNameDistance(written: string, ref: NameRef, pos: number): number | undefined {
  const registered = ref.keys[pos];
  const person = ref.entity.type === 'person';
  if (person && (COMMON_FIRST_NAMES.has(ref.keys[0]) || core(ref.keys[0]) < 4)) {
    return loneWordMatch(written, registered, pos > 1 ? 3 : 5, pos > 1 ? Slip.Middle : Slip.Weak) ? 1 : undefined;
  }
  if (head(written) !== head(registered)) return undefined;
  const len = Math.min(core(written), core(registered));
  const max = !person ? (len >= 5 ? 1 : 0) : len >= 6 ? 2 : len >= 4 ? 1 : 0;
  if (!max) return undefined;
  const d = editDistance(written, registered, max);
  return d >= 1 && d <= max && slip(written, registered, Slip.Name) ? d : undefined;
}

/** One edit that looks like a slip, on a word of at least `min` letters with the same first letter. */
function loneWordMatch(written: string, registered: string, min: number, context = Slip.Lone): boolean {
  if (head(written) !== head(registered) || Math.min(core(written), core(registered)) < min) return false;
  return editDistance(written, registered, 1) === 1 && slip(written, registered, context);
}

/** How much the words around vouch for a name: none, a common first name, the exact rest of the name. */
const enum Slip { Lone, Weak, Middle, Name }

/**
 * Whether the edits from a written word to a registered one look like slips of the hand rather
 * than another word, in some optimal (OSA) alignment. Two letters swapped: always. A letter
 * dropped or added: never at the end, where suffixes live (Antonova, البحريني); when it doubles
 * a neighbour (Tilerson), else from 6 letters; a lone Arabic word never gains or loses ا و ي
 * (سلمان/سليمان). A changed letter: a neighbouring key (Latin); after the exact start of a name
 * also one that sounds or looks alike (Pompei, سيرجي); in Arabic after a common first name only
 * one that differs by its dots (أحمد أبو الغيظ), alone never (روحاني/روماني, القرم/القرن); in
 * Latin after a common first name and a particle, a vowel for another from 5 letters
 * (Mohammed bin Salmon: transliterations vary their vowels, and "bin" vouches for a name).
 */
function slip(a: string, b: string, context: Slip): boolean {
  const lone = context !== Slip.Name;
  const arabic = ARABIC_WORD.test(a);
  const len = Math.min(core(a), core(b));
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  const changed = (x: string, y: string) =>
    context === Slip.Name ? NEIGHBOURS.has(x + y) || SOUND_ALIKE.has(x + y) || DOTS.has(x + y)
    : arabic ? context !== Slip.Lone && DOTS.has(x + y)
    : NEIGHBOURS.has(x + y) || (context === Slip.Middle && len >= 5 && VOWELS.has(x + y));
  /** Letter k of w added or dropped. */
  const extra = (w: string, k: number) =>
    k !== w.length - 1 && !(lone && arabic && 'اوي'.includes(w[k])) && (w[k - 1] === w[k] || w[k + 1] === w[k] || !lone || len >= 6);
  const walk = (i: number, j: number): boolean => {
    if (!i && !j) return true;
    const v = d[i][j];
    return (i > 0 && j > 0 && a[i - 1] === b[j - 1] && v === d[i - 1][j - 1] && walk(i - 1, j - 1))
      || (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== b[j - 1] && v === d[i - 2][j - 2] + 1 && walk(i - 2, j - 2))
      || (i > 0 && j > 0 && a[i - 1] !== b[j - 1] && v === d[i - 1][j - 1] + 1 && changed(a[i - 1], b[j - 1]) && walk(i - 1, j - 1))
      || (i > 0 && v === d[i - 1][j] + 1 && extra(a, i - 1) && walk(i - 1, j))
      || (j > 0 && v === d[i][j - 1] + 1 && extra(b, j - 1) && walk(i, j - 1));
  };
  return walk(a.length, b.length);
}

// ---------------------------------------------------------------- letters

/**
 * The comparison key of a folded token: Latin accents dropped (António = Antonio); Arabic ج and غ
 * are one letter, since both transliterate a hard g (Egyptian جوتيريش = غوتيريش, سيرجي = سيرغي).
 */
function keyOf(folded: string): string {
  const k = /[\u00C0-\u024F]/.test(folded) ? folded.normalize('NFD').replace(/[\u0300-\u036F]/g, '') : folded;
  return k.includes('ج') ? k.replace(/ج/g, 'غ') : k;
}

/** What must match before anything is compared: the first letter (after ال in Arabic). */
function head(key: string): string {
  return key.startsWith('ال') && key.length > 3 ? key.slice(0, 3) : key[0];
}

/** Length that counts for thresholds: the Arabic article does not. */
function core(key: string): number {
  return key.startsWith('ال') && key.length > 3 ? key.length - 2 : key.length;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

const LOWER_CASE_KEYS = 'name-variant:lower-case-keys';

/**
 * Whether a text may write one of `keys` as a lower-case word, without reading its words: a word
 * of ASCII letters is its own key and is kept as it is by folding, so the folded copy contains it;
 * a word with other letters (whose key may drop accents) needs a letter, mark or digit beyond ASCII.
 */
function mayWriteLowerCase(facts: TextFacts, keys: readonly string[]): boolean {
  if (facts.get(NON_ASCII_WORD_CHAR, hasNonAsciiWordChar)) return true;
  const f = facts.folded.text;
  return keys.some(k => f.includes(k));
}
const NON_ASCII_WORD_CHAR = 'non-ascii-word-char';
function hasNonAsciiWordChar({ text }: TextFacts): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f && WORD_CHARS.widthAt(text, i)) return true;
  return false;
}
/**
 * The keys of one text's lower-case words: the tokens of the text as written (tokenize) made of
 * lower-case letters only (/^\p{Ll}+$/u), found in one pass without building the other tokens.
 */
function lowerCaseKeys({ text }: TextFacts): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    if (!WORD_CHARS.widthAt(text, i)) { i++; continue; }
    const start = i;
    let lower = true, ascii = true;
    let w: number;
    while ((w = WORD_CHARS.widthAt(text, i))) {
      if (lower && !LOWER_CASE.at(text, i)) lower = false;
      if (text.charCodeAt(i) > 0x7f) ascii = false;
      i += w;
    }
    // keyOf leaves a word of ASCII letters as it is.
    if (lower) out.push(ascii ? text.slice(start, i) : keyOf(text.slice(start, i)));
  }
  return out;
}
const LOWER_CASE = new CharClass('\\p{Ll}');
const UPPER_CASE = new CharClass('\\p{Lu}');

/** Neighbouring keys (QWERTY; Arabic 101), after folding: a substitution between them is a typo. */
const NEIGHBOURS = (() => {
  const set = new Set<string>();
  const layouts = [
    ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
    ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤر_يهوزظ'],
  ];
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || a === '_' || b === '_') return;
    const fa = fold(a).text, fb = fold(b).text;
    if (fa !== fb) { set.add(fa + fb); set.add(fb + fa); }
  };
  for (const rows of layouts) {
    rows.forEach((row, r) => {
      for (let i = 0; i < row.length; i++) {
        link(row[i], row[i + 1]);
        // A key touches the two keys above it (the row above is shifted half a key left).
        if (r > 0) { link(row[i], rows[r - 1][i]); link(row[i], rows[r - 1][i + 1]); }
      }
    });
  }
  return set;
})();

/** Pairs of letters from the same group, both ways. */
function pairs(groups: string[]): Set<string> {
  const set = new Set<string>();
  for (const g of groups) for (const x of g) for (const y of g) if (x !== y) set.add(x + y);
  return set;
}
/** Letters that transliterations swap (Pompei, Huntsmen; سيرجي/سيرغي), folded. */
const SOUND_ALIKE = pairs(['aeiouy', 'ck', 'kq', 'cs', 'sz', 'fv', 'vw', 'jy', 'غج', 'تط', 'سص', 'كق', 'زذ', 'دض', 'هح', 'ثس', 'اوي']);
/**
 * Arabic letters that differ only by their dots (الغيط/الغيظ): the commonest Arabic slip. Keys
 * write ج as غ (see keyOf), so ح خ ج pair with غ here (السراح for السراج).
 */
const DOTS = pairs(['طظ', 'صض', 'سش', 'دذ', 'رز', 'عغ', 'حخغ', 'بتثني', 'فق']);
/** Latin vowels, which transliterations vary (Salman/Salmon, Rashid/Rashed). */
const VOWELS = pairs(['aeiou']);

/** First names so common that they say little about who follows (folded keys). */
const COMMON_FIRST_NAMES = new Set((
  'john james michael david robert william richard joseph thomas charles george paul peter mark mary maria ' +
  'mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein mahmoud abdel abdul abd abdullah omar ' +
  'khaled ibrahim youssef mustafa ' +
  'محمد احمد علي حسن حسين محمود عبد عبدالله عمر خالد ابراهيم يوسف مصطفي'
).split(' '));

/** Words capitalised at the start of a sentence (or in a title) that are never names. */
const STOP = new Set((
  'a about above according after again against ago all also although among an and another any are as asked at ' +
  'be because been before being below between both but by can could despite did do does during each earlier ' +
  'either even every few first for former from further furthermore had has have he her here his how however i ' +
  'if in into is it its just last later many may meanwhile might more moreover most much must my neither never ' +
  'new next no nor not now of on once one only or other our over several shall she should since so some still ' +
  'such than that the their them then there therefore these they this those though three through thus to today ' +
  'tomorrow two under until us was we were what when where whether which while who whom whose why will with ' +
  'without would yesterday yet you your ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday ' +
  'mr mrs ms dr sir president minister ambassador secretary general prime foreign state states united nations'
).split(' '));
