/**
 * Finds absolute dates in prose, Arabic and English: bare years (with a cue word or an era
 * marker), month + year, day + month + year, day + month, numeric and ISO dates, year spans,
 * decades, Hijri dates. Works on a folded copy (text/fold.ts), so Eastern Arabic and Persian
 * digits, hamza forms and diacritics need no special cases; offsets are mapped back to the
 * original. The patterns are in patterns.ts; this file runs them and settles overlaps.
 */
import { factsOf, langSlots, TextFacts } from '../text/facts';
import { foldKey } from '../text/fold';
import { DateSpan, daySpan, monthSpan, validDay, yearSpan } from './calendar';
import { CHAIN, Lang, Match, PATTERNS, Pattern, plausibleYear, Reading } from './patterns';
import { AR_COUNT_NOUNS, EN_COUNT_WORDS, EN_EVENT_PLURALS, EN_NOT_PLURAL } from './words';

export interface DateMention {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The readings of the mention; it agrees with a date when any of them overlaps it. */
  spans: DateSpan[];
  /** Month and day without a year ("9 August"): compared with the year of the other date. */
  yearless?: { month: number; day?: number };
  calendar: 'gregorian' | 'hijri';
  /** The year is part of a name ("the 2022 World Cup"): a date, but of that event, not the passage's claim. */
  inName?: boolean;
  /**
   * "since 2008", "منذ عام 1990", "after March 2014": the date opens a period ('from'); "before",
   * "until", "حتى", "قبل": it closes one ('until'). `spans` are then open on the other side.
   */
  bound?: 'from' | 'until';
}

/** Far enough to stand for "open" in day numbers. */
export const OPEN_END = 10_000_000;
const SINCE = new Set(['since', 'منذ', 'ومنذ', 'after', 'بعد', 'وبعد', 'following']);
const UNTIL = new Set(['before', 'until', 'till', 'قبل', 'وقبل', 'حتي', 'وحتي', 'لغايه', 'by', 'بحلول']);
/**
 * Words that may stand between a bound and its date: "منذ عام 2013", "حتى صيف عام 2025", "قبل
 * نهاية العام 2019", "until the summer of 2025", "since the end of 2019" (folded).
 */
const YEAR_WORDS = new Set([
  'عام', 'العام', 'سنه', 'السنه', 'year', 'the', 'of',
  ...['صيف', 'الصيف', 'شتاء', 'الشتاء', 'ربيع', 'الربيع', 'خريف', 'الخريف', 'نهايه', 'بدايه', 'مطلع', 'اواخر', 'اوائل', 'منتصف'].map(w => foldKey(w)),
  'summer', 'winter', 'spring', 'autumn', 'fall', 'end', 'start', 'beginning', 'middle',
]);

/** Whether the words just before folded offset i make the date a bound ("since", "منذ عام"). */
function boundBefore(f: string, i: number): 'from' | 'until' | undefined {
  const words = f.slice(Math.max(0, i - 40), i).split(/[^\p{L}]+/u).filter(Boolean);
  if (/\p{L}$/u.test(f.slice(Math.max(0, i - 1), i))) return undefined; // inside a word
  for (let k = words.length - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = words[k];
    if (SINCE.has(w)) return 'from';
    if (UNTIL.has(w)) return 'until';
    if (!YEAR_WORDS.has(w)) return undefined;
  }
  return undefined;
}

const CAPITAL = /\p{Lu}/u;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Characters fold drops that belong to the word before them: marks and tatweel ("هـ"). */
const TRAILING = /[\p{M}\u0640]/u;
const NEXT_WORD = /\s*(\p{L}+)/uy;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_PREFIXES = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
const NUM_PREFIXES = [...WORD_PREFIXES, 'ال', 'وال', 'فال', 'بال', 'وبال', 'لل', 'ولل'];
const AR_COUNT = new Set(AR_COUNT_NOUNS);
const EN_COUNT = new Set(EN_COUNT_WORDS);
const EN_EVENTS = new Set(EN_EVENT_PLURALS);

interface Hit extends Reading { fs: number; fe: number }

/**
 * Keeps one character of each run of whitespace (with the offset map), so that no pattern ever
 * sees more than one space between two tokens: however the patterns combine optional spaces,
 * a long run of blanks cannot make them backtrack.
 */
function squeeze(text: string, map: Int32Array): { text: string; map: Int32Array } {
  if (!/\s\s/.test(text)) return { text, map };
  const out: string[] = [];
  const kept = new Int32Array(text.length + 1);
  let n = 0, from = 0;
  for (const m of text.matchAll(/\s{2,}/g)) {
    const at = m.index!;
    out.push(text.slice(from, at + 1));
    for (let i = from; i <= at; i++) kept[n++] = map[i];
    from = at + m[0].length;
  }
  out.push(text.slice(from));
  for (let i = from; i <= text.length; i++) kept[n++] = map[i];
  return { text: out.join(''), map: kept.subarray(0, n) };
}

/** The folded text with its original, and the questions patterns ask about it. */
class Scan {
  readonly f: string;
  private readonly map: Int32Array;
  readonly original: string;
  constructor(facts: TextFacts, readonly langs: ReadonlySet<Lang>) {
    this.original = facts.text;
    const folded = facts.folded;
    const squeezed = squeeze(folded.text, folded.map);
    this.f = squeezed.text;
    this.map = squeezed.map;
  }

  /** Original character at a folded offset. */
  char(i: number): string { return this.original[this.map[i]]; }

  /** Original [start, end) of folded [fs, fe), with marks and tatweel after the last letter. */
  range(fs: number, fe: number): [number, number] {
    let end = this.map[fe - 1] + 1;
    const limit = this.map[fe];
    while (end < limit && TRAILING.test(this.original[end])) end++;
    return [this.map[fs], end];
  }

  /**
   * Whether a match may start at folded offset i: not inside a word or a number. An Arabic word
   * may carry proclitics ("وبمارس"), a number also the article ("الـ18"); they stay outside the
   * range. A number must not continue another ("1.2013", "9/8/2013" inside "19/8/2013") or follow
   * a number and a space or a bracket, as in phone numbers ("(202) 2013-2015", "+1 202 2013").
   */
  startOk(i: number): boolean {
    const f = this.f;
    const digit = f[i] >= '0' && f[i] <= '9';
    const open = (k: number) => k <= 0 || !WORD_CHAR.test(f[k - 1]);
    if (open(i)) {
      if (!digit || i < 2) return true;
      const a = f[i - 2], b = f[i - 1];
      if (/\d/.test(a) && /[.,:/٫٬\-\s]/.test(b)) return false;
      return !(/[)+]/.test(a) && /\s/.test(b));
    }
    return (digit ? NUM_PREFIXES : WORD_PREFIXES).some(p => f.startsWith(p, i - p.length) && open(i - p.length));
  }

  /** The writing system around a folded offset: the nearest letter before, else after. */
  scriptAt(i: number): Lang {
    if (this.langs.size === 1) return this.langs.has('ar') ? 'ar' : 'en';
    for (let k = i - 1; k >= 0 && k >= i - 200; k--) {
      const c = this.f[k];
      if (/\p{L}/u.test(c)) return ARABIC_LETTER.test(c) ? 'ar' : 'en';
    }
    for (let k = i; k < this.f.length && k < i + 200; k++) {
      const c = this.f[k];
      if (/\p{L}/u.test(c)) return ARABIC_LETTER.test(c) ? 'ar' : 'en';
    }
    return 'en';
  }

  /** Whether the word before folded offset i (proclitics و ف stripped) is in `words`, or the
   * match opens a clause (nothing but punctuation before it). */
  ledBy(i: number, words: ReadonlySet<string>): boolean {
    let k = i;
    while (k > 0 && /\s/.test(this.f[k - 1])) k--;
    if (k === 0 || !/\p{L}/u.test(this.f[k - 1])) return true;
    const end = k;
    while (k > 0 && end - k < 30 && /\p{L}/u.test(this.f[k - 1])) k--;
    const word = this.f.slice(k, end);
    return words.has(word) || (/^[وف]/.test(word) && words.has(word.slice(1)));
  }

  /** Whether a counted noun follows folded offset i: "2000 جندي", "2000 troops", "of 2000 people". */
  countFollows(i: number, lang: Lang | 'any', value: number): boolean {
    NEXT_WORD.lastIndex = i;
    const m = NEXT_WORD.exec(this.f);
    if (!m) return false;
    const word = m[1];
    if (ARABIC_LETTER.test(word[0])) {
      return lang !== 'en' && (AR_COUNT.has(word) || (word.endsWith('ا') && AR_COUNT.has(word.slice(0, -1))));
    }
    if (lang === 'ar' || CAPITAL.test(this.char(i + m[0].length - word.length))) return false;
    if (EN_COUNT.has(word)) return true;
    // "2000 troops" counts; "the 2013 talks", "Resolution 2254 of 2015 calls for" do not: English
    // writes counts of a thousand or more with a separator, so a bare round number is the count.
    return value % 50 === 0 && word.length > 3 && word.endsWith('s') && !EN_NOT_PLURAL.test(word) && !EN_EVENTS.has(word);
  }

  /** "the 2022 World Cup", "the 2016 Olympics": a capitalised name after "the YEAR" makes the year part of a name. */
  namedEventFollows(i: number): boolean {
    NEXT_WORD.lastIndex = i;
    const m = NEXT_WORD.exec(this.f);
    return !!m && !ARABIC_LETTER.test(m[1][0]) && CAPITAL.test(this.char(i + m[0].length - m[1].length));
  }

  match(m: RegExpExecArray): Match {
    const groups = m.groups ?? {};
    const idx = m.indices!.groups ?? {};
    return {
      g: name => groups[name],
      first: name => (idx[name] ? this.char(idx[name]![0]) : undefined),
      lang: () => this.scriptAt(m.index),
      ledBy: words => this.ledBy(m.index, words),
    };
  }
}

function run(scan: Scan, p: Pattern, hits: Hit[], blocks: [number, number][]): void {
  const { f } = scan;
  p.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = p.re.exec(f))) {
    const s = m.index, e = s + m[0].length;
    if (!scan.startOk(s)) { p.re.lastIndex = s + 1; continue; }
    const match = scan.match(m);
    const capital = p.cap === undefined || !m.indices!.groups?.[p.cap] || CAPITAL.test(match.first(p.cap)!);
    const built = capital && (!p.check || p.check(match)) ? p.build(match) : undefined;
    if (built === null) blocks.push([s, e]);
    const value = +(m.groups?.year ?? m.groups?.y2 ?? m.groups?.y1 ?? NaN);
    if (built && p.count && scan.countFollows(e, p.count, value)) { blocks.push([s, e]); continue; }
    if (built && p.name === 'year-en' && /^the[\s-]/.test(m[0]) && scan.namedEventFollows(e)) built.inName = true;
    if (!built) { p.re.lastIndex = s + 1; continue; }
    const fs = p.from && m.indices!.groups?.[p.from] ? m.indices!.groups[p.from]![0] : s;
    // Not { ...built }: spreading objects of several shapes is slow, and this runs for every date.
    hits.push({ spans: built.spans, calendar: built.calendar, yearless: built.yearless, inName: built.inName, fs, fe: e });
    if (p.chain) chain(scan, e, p.count ?? 'any', hits, value);
  }
}

/** Years listed after a bare year: "in 2013 and 2014", "في 2013 و2014". */
function chain(scan: Scan, at: number, count: Lang | 'any', hits: Hit[], first: number): void {
  let prev = first;
  for (;;) {
    CHAIN.lastIndex = at;
    const m = CHAIN.exec(scan.f);
    if (!m) return;
    const y = +m.groups!.year;
    const e = m.index + m[0].length;
    // Years listed together are close: "في 2013، 1200 منهم" is a count after a year.
    if (!plausibleYear(y) || Math.abs(y - prev) > 100 || scan.countFollows(e, count, y)) return;
    prev = y;
    hits.push({ spans: [yearSpan(y)], calendar: 'gregorian', fs: m.indices!.groups!.year![0], fe: e });
    at = e;
  }
}

/** The hits (sorted by start) not inside a longer impossible or counted reading: "from 2000
 * to 3000" hides "2000"; "February 30, 2015" hides "February 30". */
function unblocked(hits: Hit[], blocks: [number, number][]): Hit[] {
  if (!blocks.length) return hits;
  blocks.sort((a, b) => a[0] - b[0]);
  const out: Hit[] = [];
  let b = 0, maxEndBefore = -1;
  for (const h of hits) {
    while (b < blocks.length && blocks[b][0] < h.fs) maxEndBefore = Math.max(maxEndBefore, blocks[b++][1]);
    let hidden = maxEndBefore >= h.fe;
    for (let k = b; !hidden && k < blocks.length && blocks[k][0] === h.fs; k++) hidden = blocks[k][1] > h.fe;
    if (!hidden) out.push(h);
  }
  return out;
}

/**
 * Dates in `text` (or in text[from, to)), offsets into `text`. `langs` chooses the rule sets;
 * language-neutral rules (numeric and ISO dates, digit-only spans) always run. Whole-text results
 * are cached per text and languages: callers must not modify them.
 */
export function findDates(text: string, langs: ReadonlySet<'ar' | 'en'>, from = 0, to = text.length): DateMention[] {
  return from === 0 && to === text.length ? datesOf(factsOf(text), langs) : scanDates(new TextFacts(text.slice(from, to)), langs, from);
}

/** The dates in a text, from its shared facts (computed once per text and languages: do not modify). */
export function datesOf(facts: TextFacts, langs: ReadonlySet<'ar' | 'en'>): DateMention[] {
  return facts.get(dateSlot(langs), f => scanDates(f, langs, 0));
}

const dateSlot = langSlots('dates');

/**
 * A day and month right after these words name a movement, a revolution, a street or a square
 * ("حركة 20 فبراير", "ثورة 25 يناير", "شارع 26 يوليو"): part of a name, not a date to compare with
 * the claim's (folded text: ة is ه).
 */
const NAMED_BY_DATE = /(?:^|[^\p{L}])(?:[وفبل]|وب|ول|لل)?(?:ال)?(?:حركه|ثوره|انتفاضه|شارع|ميدان|جسر|تيار|جبهه|ائتلاف|تحالف|قوي)\s+$/u;

/** The dates in facts.text, with offsets shifted by `from`. */
function scanDates(facts: TextFacts, langs: ReadonlySet<'ar' | 'en'>, from: number): DateMention[] {
  const scan = new Scan(facts, langs);
  const hits: Hit[] = [];
  const blocks: [number, number][] = [];
  // Patterns that read a number are not run on a text without a long enough run of digits, nor
  // those with a hint where it finds nothing (see Pattern.digits, Pattern.hint).
  const digitRun = prefilter ? facts.digitRun : Infinity;
  for (const p of PATTERNS) {
    if (!(p.lang === 'any' || langs.has(p.lang)) || (p.digits ?? 0) > digitRun) continue;
    if (prefilter && p.hint && !p.hint.test(scan.f)) continue;
    run(scan, p, hits, blocks);
  }
  // Longest match wins; earlier patterns win ties (they are listed from most to least specific).
  hits.sort((a, b) => a.fs - b.fs || (b.fe - b.fs) - (a.fe - a.fs));
  const visible = unblocked(hits, blocks);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const h of visible) {
    if (h.fs < lastEnd) continue;
    lastEnd = h.fe;
    const [start, end] = scan.range(h.fs, h.fe);
    const mention: DateMention = { start: from + start, end: from + end, spans: h.spans, calendar: h.calendar };
    if (h.inName || (h.yearless && NAMED_BY_DATE.test(scan.f.slice(Math.max(0, h.fs - 24), h.fs)))) mention.inName = true;
    if (h.yearless) mention.yearless = h.yearless;
    const bound = boundBefore(scan.f, h.fs);
    if (bound && !h.yearless && h.spans.every(sp => sp.precision !== 'span')) {
      mention.bound = bound;
      mention.spans = h.spans.map(sp => (bound === 'from' ? { lo: sp.lo, hi: OPEN_END, precision: 'span' } : { lo: -OPEN_END, hi: sp.hi, precision: 'span' }));
    }
    out.push(mention);
  }
  return out;
}

let prefilter = true;

/** For tests: whether patterns are skipped on texts without their digits or their hint; returns the previous setting. */
export function setDatePrefilter(on: boolean): boolean {
  const was = prefilter;
  prefilter = on;
  return was;
}

/** Whether a mention agrees with a date (spans overlap; yearless mentions compare month and day). */
export function agrees(mention: DateMention, date: DateSpan): boolean {
  if (mention.yearless) {
    const { month, day } = mention.yearless;
    const y0 = new Date(date.lo * 86_400_000).getUTCFullYear();
    const y1 = new Date(date.hi * 86_400_000).getUTCFullYear();
    for (let y = y0; y <= y1 && y <= y0 + 400; y++) {
      const s = day !== undefined ? (validDay(y, month, day) ? daySpan(y, month, day) : undefined) : monthSpan(y, month);
      if (s && s.lo <= date.hi && date.lo <= s.hi) return true;
    }
    return false;
  }
  return mention.spans.some(s => s.lo <= date.hi && date.lo <= s.hi);
}
