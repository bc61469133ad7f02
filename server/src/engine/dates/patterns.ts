/**
 * The date patterns, run on folded text (text/fold.ts: one alef, ه for ة, ي for ى, ASCII digits,
 * Latin lower case). Each pattern names its groups; `build` turns a match into readings.
 *
 * Guards shared by every pattern: a match never starts inside a word or a larger number (checked
 * in find.ts, `startOk`, rather than by a leading lookbehind, which would run at every position
 * of the text), and a number never ends before more digits (NUM_END), so "1.2013", "2013.5",
 * "2013%" and phone numbers like "(202) 2013-2015" are not dates.
 *
 * Backtracking: every repeated token is bounded (\d{4}, a word from a list) except whitespace,
 * and find.ts squeezes each run of whitespace to one character before matching, so adjacent
 * optional spaces ("\s*[,،]?\s*") cannot split a long run in many ways.
 */
import { AR_MONTHS, EN_MONTHS, ERA, HIJRI_MONTHS, lexicon } from '../data/lexicon';
import { foldKey } from '../text/fold';
import {
  DateSpan, daySpan, hijriInGregorianYear, hijriSpan, join, monthSpan, validDay, yearSpan,
} from './calendar';
import {
  AR_CENTURIES, AR_DECADES, AR_ORDINAL_DAYS, AR_ORDINAL_LEADS, AR_YEAR_CUES, EN_HIJRI_MONTH_SRC, EN_YEAR_CUES, enHijriMonth,
} from './words';

export type Lang = 'ar' | 'en';

export interface Reading {
  spans: DateSpan[];
  yearless?: { month: number; day?: number };
  calendar: 'gregorian' | 'hijri';
  inName?: boolean;
}

/** A match as a pattern sees it. */
export interface Match {
  /** Folded text of a named group. */
  g(name: string): string | undefined;
  /** The original text's first character of a named group. */
  first(name: string): string | undefined;
  /** The numeric convention around the match: day/month (ar) or ambiguous (en). */
  lang(): Lang;
  /** Whether the word before the match (proclitics stripped) is one of `words`, or there is none. */
  ledBy(words: ReadonlySet<string>): boolean;
}

/** undefined: not a date here. null: an impossible date ("February 30, 2015"), which also hides
 * the shorter readings inside it ("February 30"). */
export type Built = Reading | undefined | null;

export interface Pattern {
  name: string;
  lang: Lang | 'any';
  re: RegExp;
  build(m: Match): Built;
  /** Group where the reported range starts (else where the match starts). */
  from?: string;
  /** English: a group that must be capitalised in the original ("May", "AH"). */
  cap?: string;
  /** Drop the match when a counted noun follows it ("2000 جندي", "2000 troops"). */
  count?: Lang | 'any';
  /** A bare year: years may follow in a list ("2013 and 2014", "2013 و2014"). */
  chain?: boolean;
  /**
   * Every match holds a run of at least this many digits (the pattern reads a number: a year is
   * \d{4}, a Hijri year \d{3,4}, a day \d{1,2}): a text without one is not searched with it.
   * Texts are folded first, so Eastern Arabic and Persian digits are ASCII by then. Most paragraphs
   * have no number, or no year, and the longest run is measured once per text (TextFacts.digitRun).
   */
  digits?: number;
  /**
   * Finds, in any text where the pattern has a match, a word the match requires: where it finds
   * nothing, the pattern is not run. Given for patterns whose own search is slow (they try a long
   * alternation at every position) and whose required word is rare in news text.
   */
  hint?: RegExp;
  check?(m: Match): boolean;
}


// ---------- building blocks

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(w => esc(w).replace(/ /g, '\\s+')).join('|');

const W_END = '(?![\\p{L}\\p{N}])';
/** End of a number: not followed by more of it, or by a percent sign. */
const NUM_END = '(?![\\p{L}\\p{N}]|[.,:/٫٬-]\\d|%|٪)';

/** Libya's 1986-2011 month names are also common words ("التمور": dates, the fruit; "الحرث"). */
const LIBYAN = new Set(lexicon.gregorianMonths.LY_1986_2011_legacy.map(foldKey));
const AR_MONTH = alternation([...AR_MONTHS.keys()].filter(k => !LIBYAN.has(k)));
const HIJRI_MONTH = alternation(HIJRI_MONTHS.keys());

/**
 * A hint (Pattern.hint) for a list of names the pattern requires: the first word of each name
 * (names are folded keys with one space between words; the pattern lets any blank separate them,
 * so only a single word is sure to be written as listed).
 */
const hintFor = (names: Iterable<string>) => new RegExp([...new Set([...names].map(n => n.split(' ')[0]))].map(esc).join('|'), 'u');

/**
 * The literal letters each alternative of a regex source starts with, as far as they are sure to
 * be matched (a letter that a quantifier follows is optional): "ramadh?an" gives "ramad". Throws
 * on an alternative without such a start, so a source that changes cannot give a wrong hint.
 */
export function leadingLiterals(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alternatives.push(source.slice(from, i)); from = i + 1; }
  }
  alternatives.push(source.slice(from));
  return alternatives.map(a => {
    let n = 0;
    while (n < a.length && /[a-z\u0600-\u06ff]/.test(a[n])) n++;
    if (n < a.length && '?*{'.includes(a[n])) n--;
    if (n <= 0) throw new Error(`no literal start in "${a}"`);
    return a.slice(0, n);
  });
}
const hintOf = (literals: string[]) => new RegExp([...new Set(literals)].map(esc).join('|'), 'u');
const EN_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH = `(?:${alternation(EN_FULL)}|(?:${alternation([...EN_MONTHS.keys()].filter(k => !EN_FULL.includes(k)))})\\.?)(?![\\p{L}])`;
const ORD_SUFFIX = '(?:st|nd|rd|th)?';

/** "آذار/ مارس", "آذار (مارس)", "مارس-آذار", "آب أغسطس": one month under two names. */
const PAIR = `(?<m1>${AR_MONTH})(?:\\s*[/\\\\(–—-]\\s*(?<m2>${AR_MONTH})\\s*\\)?|\\s+(?<m3>${AR_MONTH})${W_END})?`;
const AR_YEAR_WORD = '(?:من\\s+)?(?:(?:عام|العام|لعام|سنه|السنه|لسنه)\\s+)?';
const GREG_MARK = `(?:\\s*(?:${alternation(ERA.gregorian)})${W_END})?`;
const HIJRI_MARK = `\\s*(?:${alternation(ERA.hijri)})${W_END}`;
const ORD = `(?<ord>${alternation(AR_ORDINAL_DAYS.keys())})`;
/** A day as digits or as an Arabic ordinal word ("الخامس من"). */
const AR_DAY = `(?:(?<day>\\d{1,2})|${ORD})\\s*(?:من\\s+)?`;

function re(src: string): RegExp { return new RegExp(src, 'gdu'); }

// ---------- readings

export const plausibleYear = (y: number) => y >= 1000 && y <= 2199;
const greg = (spans: (DateSpan | undefined)[]): Reading | undefined => {
  const ok = spans.filter((s): s is DateSpan => !!s);
  return ok.length ? { spans: ok, calendar: 'gregorian' } : undefined;
};
/** A day, or null when the day does not exist. */
const dmy = (y: number, m: number | undefined, d: number) => (m && validDay(y, m, d) ? daySpan(y, m, d) : null);
const yearRange = (a: number, b: number) =>
  plausibleYear(a) && plausibleYear(b) && b > a && b - a <= 200 ? join(yearSpan(a), yearSpan(b)) : undefined;
const key = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');
/** The month numbers named by a pair; two readings only when a writer paired different months. */
function arMonths(m: Match): number[] {
  const names = [m.g('m1'), m.g('m2'), m.g('m3')].filter((s): s is string => !!s);
  const nums = [...new Set(names.map(n => AR_MONTHS.get(key(n))).filter((n): n is number => !!n))];
  // "آب أغسطس" pairs only a month with itself; two different months side by side are not a pair.
  if (m.g('m3') && nums.length > 1) return [];
  return nums;
}
const arDay = (m: Match) => (m.g('day') !== undefined ? +m.g('day')! : AR_ORDINAL_DAYS.get(key(m.g('ord'))));
const ORDINAL_LEADS = new Set(AR_ORDINAL_LEADS);
/** An ordinal is a day only after a preposition or "يوم", or at the start of a clause: not in
 * "الأسبوع الأول من آذار" (the first week of March). "فاتح" before a month is always its first day. */
const ordinalOk = (m: Match) => m.g('ord') === undefined || key(m.g('ord')) === 'فاتح' || m.ledBy(ORDINAL_LEADS);
const yearless = (month: number | undefined, day: number | undefined): Reading | undefined =>
  month && day && day >= 1 && day <= 31 ? { spans: [], yearless: { month, day }, calendar: 'gregorian' } : undefined;

/** "8-9 August 2013": the span of days; without a year, the month (a yearless month). */
function dayRange(m: Match, month: number | undefined): Built {
  const d1 = +m.g('d1')!, d2 = +m.g('d2')!;
  if (!month || d1 < 1 || d2 > 31 || d1 >= d2) return undefined;
  if (m.g('year') === undefined) return { spans: [], yearless: { month }, calendar: 'gregorian' };
  const y = +m.g('year')!;
  if (!plausibleYear(y)) return undefined;
  const a = dmy(y, month, d1), b = dmy(y, month, d2);
  return a && b ? { spans: [join(a, b)], calendar: 'gregorian' } : null;
}

function hijri(y: number, m: number | undefined, d: number | undefined, marked: boolean): Built {
  if (!m) return undefined;
  if (d !== undefined && (d < 1 || d > 30)) return null;
  if (y <= 1600) {
    const span = hijriSpan(y, m, d);
    return span && { spans: [span], calendar: 'hijri' };
  }
  // A Hijri month with a Gregorian year: "رمضان 2014". Not for صفر (also "zero") or رجب (a name).
  if (marked || !plausibleYear(y) || m === 2 || m === 7) return undefined;
  const spans = hijriInGregorianYear(y, m, d);
  return spans.length ? { spans, calendar: 'hijri' } : undefined;
}

function hijriYear(y: number): Reading | undefined {
  const span = y <= 1600 ? hijriSpan(y) : undefined;
  return span && { spans: [span], calendar: 'hijri' };
}

// ---------- the patterns, from most to least specific (earlier patterns win ties)

export const PATTERNS: Pattern[] = [
  // Hijri, before the Gregorian rules so that "1435 هـ" is not read as a Gregorian year.
  {
    name: 'hijri-ar', lang: 'ar', digits: 3, hint: hintFor(HIJRI_MONTHS.keys()), check: ordinalOk,
    re: re(`(?:${AR_DAY})?(?<hm>${HIJRI_MONTH})\\s*${AR_YEAR_WORD}(?<year>\\d{3,4})(?<mark>${HIJRI_MARK})?${NUM_END}`),
    build: m => hijri(+m.g('year')!, HIJRI_MONTHS.get(key(m.g('hm'))), arDay(m), m.g('mark') !== undefined),
  },
  {
    name: 'hijri-year-ar', lang: 'ar', digits: 3,
    re: re(`(?<year>\\d{3,4})${HIJRI_MARK}`),
    build: m => hijriYear(+m.g('year')!),
  },
  {
    name: 'hijri-en', lang: 'en', digits: 3, hint: hintOf(leadingLiterals(EN_HIJRI_MONTH_SRC)), cap: 'hm',
    re: re(`(?:(?<day>\\d{1,2})${ORD_SUFFIX}\\s+(?:of\\s+)?)?(?<hm>${EN_HIJRI_MONTH_SRC})\\s*,?\\s+(?<year>\\d{3,4})(?<mark>\\s*(?:ah|a\\.h\\.)(?![\\p{L}\\p{N}]))?${NUM_END}`),
    build: m => hijri(+m.g('year')!, enHijriMonth(m.g('hm')!), m.g('day') ? +m.g('day')! : undefined, m.g('mark') !== undefined),
  },
  {
    name: 'hijri-year-en', lang: 'en', digits: 3, cap: 'ah',
    re: re(`(?<year>\\d{3,4})\\s*(?<ah>ah|a\\.h\\.)(?![\\p{L}\\p{N}])`),
    build: m => hijriYear(+m.g('year')!),
  },
  {
    name: 'hijri-ah-year-en', lang: 'en', digits: 3, cap: 'ah',
    re: re(`(?<ah>ah|a\\.h\\.)\\s*(?<year>\\d{3,4})${NUM_END}`),
    build: m => hijriYear(+m.g('year')!),
  },

  // Numeric dates.
  {
    name: 'iso', lang: 'any', digits: 4,
    re: re(`(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${NUM_END}`),
    build: m => { const d = dmy(+m.g('y')!, +m.g('m')!, +m.g('d')!); return d && greg([d]); },
  },
  {
    name: 'y/m/d', lang: 'any', digits: 4,
    re: re(`(?<y>\\d{4})(?<sep>[/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})${GREG_MARK}${NUM_END}`),
    build: m => { const d = dmy(+m.g('y')!, +m.g('m')!, +m.g('d')!); return d && greg([d]); },
  },
  {
    name: 'd/m/y', lang: 'any', digits: 4,
    re: re(`(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})${GREG_MARK}${NUM_END}`),
    build: m => {
      const a = +m.g('a')!, b = +m.g('b')!, y = +m.g('y')!;
      // Arabic, and most of the world, write day/month; US English month/day. Ambiguous in
      // English unless one part is over 12.
      const dm = dmy(y, b, a), md = dmy(y, a, b);
      if (!dm && !md) return null;
      if (m.lang() === 'ar') return dm && greg([dm]);
      return greg(a > 12 ? [dm!] : b > 12 ? [md!] : [dm!, md!]);
    },
  },

  // Arabic months.
  {
    name: 'ar-d-m-y', lang: 'ar', digits: 4, count: 'ar', check: ordinalOk,
    re: re(`${AR_DAY}${PAIR}\\s*[,،]?\\s*${AR_YEAR_WORD}(?<year>\\d{4})${GREG_MARK}${NUM_END}`),
    build: m => {
      const y = +m.g('year')!, d = arDay(m)!;
      if (!plausibleYear(y)) return undefined;
      const days = arMonths(m).map(mo => dmy(y, mo, d));
      return days.every(x => x === null) && days.length ? null : greg(days.map(x => x ?? undefined));
    },
  },
  {
    name: 'ar-m-y', lang: 'ar', digits: 4, count: 'ar',
    re: re(`${PAIR}\\s*[,،]?\\s*${AR_YEAR_WORD}(?<year>\\d{4})${GREG_MARK}${NUM_END}`),
    build: m => { const y = +m.g('year')!; return plausibleYear(y) ? greg(arMonths(m).map(mo => monthSpan(y, mo))) : undefined; },
  },
  {
    name: 'ar-d-m', lang: 'ar',
    // "آب" (August) and "أب" (father) fold alike: a day followed by the hamza spelling is not a date.
    check: m => ordinalOk(m) && !(key(m.g('m1')) === 'اب' && /[أإ]/.test(m.first('m1') ?? '')),
    re: re(`${AR_DAY}${PAIR}${W_END}`),
    build: m => { const months = arMonths(m); return months.length === 1 ? yearless(months[0], arDay(m)) : undefined; },
  },

  {
    // Day ranges: "8 و9 آب 2013", "من 1 إلى 5 آذار 2014", "1-5 آذار". Without a year, the month.
    name: 'ar-days', lang: 'ar', digits: 1, count: 'ar',
    re: re(`(?<d1>\\d{1,2})(?:\\s*[-–]\\s*|\\s+(?:و|الي|حتي)\\s*)(?<d2>\\d{1,2})\\s*(?:من\\s+)?${PAIR}(?:\\s*[,،]?\\s*${AR_YEAR_WORD}(?<year>\\d{4})${GREG_MARK})?${NUM_END}`),
    build: m => { const months = arMonths(m); return months.length === 1 ? dayRange(m, months[0]) : undefined; },
  },

  // English months (capitalised in the original: "may" is a verb, "march" a noun).
  {
    name: 'en-days-m', lang: 'en', digits: 1, cap: 'mon', count: 'en',
    re: re(`(?<d1>\\d{1,2})${ORD_SUFFIX}(?:\\s*[-–]\\s*|\\s+(?:and|to|until)\\s+)(?<d2>\\d{1,2})${ORD_SUFFIX}\\s+(?:of\\s+)?(?<mon>${EN_MONTH})(?:\\s*,?\\s+(?<year>\\d{4}))?${NUM_END}`),
    build: m => dayRange(m, EN_MONTHS.get(m.g('mon')!.replace('.', ''))),
  },
  {
    name: 'en-m-days', lang: 'en', digits: 1, cap: 'mon', count: 'en',
    re: re(`(?<mon>${EN_MONTH})\\s+(?<d1>\\d{1,2})${ORD_SUFFIX}(?:\\s*[-–]\\s*|\\s+(?:and|to|until)\\s+)(?<d2>\\d{1,2})${ORD_SUFFIX}(?:\\s*,?\\s+(?<year>\\d{4}))?${NUM_END}`),
    build: m => dayRange(m, EN_MONTHS.get(m.g('mon')!.replace('.', ''))),
  },
  {
    name: 'en-d-m-y', lang: 'en', digits: 4, cap: 'mon',
    re: re(`(?<day>\\d{1,2})${ORD_SUFFIX}\\s+(?:of\\s+)?(?<mon>${EN_MONTH})\\s*,?\\s+(?<year>\\d{4})${NUM_END}`),
    build: m => { const d = dmy(+m.g('year')!, EN_MONTHS.get(m.g('mon')!.replace('.', '')), +m.g('day')!); return d && greg([d]); },
  },
  {
    name: 'en-m-d-y', lang: 'en', digits: 4, cap: 'mon',
    re: re(`(?<mon>${EN_MONTH})\\s+(?<day>\\d{1,2})${ORD_SUFFIX}\\s*,?\\s+(?<year>\\d{4})${NUM_END}`),
    build: m => { const d = dmy(+m.g('year')!, EN_MONTHS.get(m.g('mon')!.replace('.', '')), +m.g('day')!); return d && greg([d]); },
  },
  {
    name: 'en-m-y', lang: 'en', digits: 4, cap: 'mon',
    re: re(`(?<mon>${EN_MONTH})\\s*,?\\s+(?:of\\s+)?(?<year>\\d{4})${NUM_END}`),
    build: m => {
      const y = +m.g('year')!, mo = EN_MONTHS.get(m.g('mon')!.replace('.', ''));
      return mo && plausibleYear(y) ? greg([monthSpan(y, mo)]) : undefined;
    },
  },
  {
    name: 'en-m-d', lang: 'en', digits: 1, cap: 'mon',
    re: re(`(?<mon>${EN_MONTH})\\s+(?<day>\\d{1,2})${ORD_SUFFIX}${NUM_END}`),
    build: m => yearless(EN_MONTHS.get(m.g('mon')!.replace('.', '')), +m.g('day')!),
  },
  {
    name: 'en-d-m', lang: 'en', digits: 1, cap: 'mon',
    re: re(`(?<day>\\d{1,2})${ORD_SUFFIX}\\s+(?:of\\s+)?(?<mon>${EN_MONTH})`),
    build: m => yearless(EN_MONTHS.get(m.g('mon')!.replace('.', '')), +m.g('day')!),
  },

  // Year spans and decades.
  {
    name: 'years', lang: 'any', digits: 4, count: 'any',
    re: re(`(?<y1>\\d{4})\\s*[–—-]\\s*(?<y2>\\d{4})${NUM_END}`),
    build: m => greg([yearRange(+m.g('y1')!, +m.g('y2')!)]),
  },
  {
    // "2013–15", "2013/14" (a season), "2011-12". With "-" or "/" the second part must not read as
    // a month, unless it is the next year: "2013-08" is not a span.
    name: 'years-short', lang: 'any', digits: 4, count: 'any',
    re: re(`(?<y1>\\d{4})(?<sep>[–—/-])(?<y2>\\d{2})${NUM_END}`),
    build: m => {
      const a = +m.g('y1')!, b = +m.g('y2')!;
      let full = a - (a % 100) + b;
      if (full <= a) full += 100;
      if (full - a > 20) return undefined;
      if (/[-/]/.test(m.g('sep')!) && !(b > 12 || full === a + 1)) return undefined;
      return greg([yearRange(a, full)]);
    },
  },
  {
    name: 'years-en', lang: 'en', digits: 4, from: 'y1', count: 'en',
    re: re(`(?:between|from)\\s+(?<y1>\\d{4})\\s+(?:and|to|until|till|through|thru)\\s+(?<y2>\\d{1,7})${NUM_END}`),
    // "from 2000 to 3000" is a count: it hides the "from 2000" a bare-year rule would find.
    build: m => (m.g('y2')!.length === 4 ? greg([yearRange(+m.g('y1')!, +m.g('y2')!)]) ?? null : null),
  },
  {
    name: 'years-ar', lang: 'ar', digits: 4, from: 'y1', count: 'ar',
    re: re(`(?:بين|من|منذ)\\s+(?:(?:عامي|العامين|سنتي|عام|العام|سنه)\\s+)?(?<y1>\\d{4})\\s*(?:و\\s*(?:الي|حتي|لغايه)|الي|حتي|لغايه|و)\\s*(?:(?:عام|العام|سنه)\\s+)?(?<y2>\\d{4})${GREG_MARK}${NUM_END}`),
    build: m => greg([yearRange(+m.g('y1')!, +m.g('y2')!)]),
  },
  {
    // "the 1990s", "the mid-1980s"; "the 1900s" is read as the century, which holds the decade.
    name: 'decade-en', lang: 'en', digits: 4, from: 'dec',
    re: re(`(?<dec>\\d{3}0)['’]?s${W_END}`),
    build: m => {
      const y = +m.g('dec')!;
      if (y < 1100 || y > 2190) return undefined;
      return greg([yearRange(y, y % 100 === 0 ? y + 99 : y + 9)]);
    },
  },
  {
    // "تسعينيات القرن العشرين"; without the century ("التسعينيات", "القرن الماضي") no date is read.
    name: 'decade-ar', lang: 'ar',
    re: re(`(?:ال)?(?<dec>${alternation(AR_DECADES.keys())})(?:يات|ات)\\s+(?:من\\s+)?القرن\\s+(?<cent>${alternation(AR_CENTURIES.keys())})${W_END}`),
    build: m => {
      const y = AR_CENTURIES.get(key(m.g('cent')))! + AR_DECADES.get(m.g('dec')!)!;
      return greg([yearRange(y, y + 9)]);
    },
  },

  // Bare years: a cue word before, or an era word after.
  {
    name: 'year-ar', lang: 'ar', digits: 4, from: 'year', count: 'ar', chain: true,
    re: re(`(?:${alternation(AR_YEAR_CUES)})\\s+(?:(?:عام|العام|سنه|السنه)\\s+)?(?<year>\\d{4})${GREG_MARK}${NUM_END}`),
    build: m => (plausibleYear(+m.g('year')!) ? greg([yearSpan(+m.g('year')!)]) : undefined),
  },
  {
    // "1995 ميلادية". A bare "م" is left out: "سباق 1500م", "ارتفاع 2000 م" are metres.
    name: 'year-era-ar', lang: 'ar', digits: 4,
    re: re(`(?<year>\\d{4})\\s*(?:ميلاديه|ميلادي|للميلاد)${W_END}`),
    build: m => (plausibleYear(+m.g('year')!) ? greg([yearSpan(+m.g('year')!)]) : undefined),
  },
  {
    name: 'year-en', lang: 'en', digits: 4, from: 'year', count: 'en', chain: true,
    re: re(`(?:${alternation(EN_YEAR_CUES)})[\\s-]+(?<year>\\d{4})${NUM_END}(?!-\\p{L})`),
    build: m => (plausibleYear(+m.g('year')!) ? greg([yearSpan(+m.g('year')!)]) : undefined),
  },
];

/** After a bare year: more years in a list, ", 2014", " and 2014", " و2014", " وعام 2014". */
export const CHAIN = new RegExp(
  `(?:\\s*[,،]\\s*(?:(?:and|or)\\s+|و\\s*|او\\s+)?|\\s+(?:and|or|او)\\s+|\\s*و\\s*)(?:(?:عام|العام|سنه)\\s+)?(?<year>\\d{4})${GREG_MARK}${NUM_END}(?!-\\p{L})`,
  'dyu');
