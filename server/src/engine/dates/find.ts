/**
 * Finds absolute dates in prose, Arabic and English: bare years (with a cue word or an era
 * marker), month + year, day + month + year, day + month, numeric and ISO dates, year spans,
 * Hijri dates. Works on a folded copy (text/fold.ts), so Eastern Arabic and Persian digits,
 * hamza forms and diacritics need no special cases; offsets are mapped back to the original.
 */
import { fold } from '../text/fold';
import { AR_MONTHS, EN_MONTHS, ERA, HIJRI_MONTHS } from '../data/lexicon';
import { DateSpan, daySpan, hijriSpan, join, monthSpan, validDay, yearSpan } from './calendar';

export interface DateMention {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The readings of the mention; it agrees with a date when any of them overlaps it. */
  spans: DateSpan[];
  /** Month and day without a year ("9 August"): compared with the year of the other date. */
  yearless?: { month: number; day?: number };
  calendar: 'gregorian' | 'hijri';
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map(w => esc(w).replace(/ /g, '\\s+')).join('|');

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const BN = '(?<![\\p{L}\\p{N}]|\\d[.,:])'; // number start: not inside a word or a larger number
const EN_ = '(?![\\p{L}\\p{N}]|[.,:]\\d|%)'; // number end

const AR_MONTH = alternation(AR_MONTHS.keys());
const HIJRI_MONTH = alternation(HIJRI_MONTHS.keys());
const EN_MONTH = `(?:${alternation(EN_MONTHS.keys())})\\.?`;
/** "آذار/ مارس", "آذار (مارس)", "مارس-آذار": two names of one month. */
const AR_MONTH_PAIR = `(?:[وفبل])?(${AR_MONTH})(?:\\s*[/\\\\(–-]\\s*(${AR_MONTH})\\s*\\)?)?`;
const AR_YEAR_WORD = '(?:(?:من\\s+)?(?:عام|العام|لعام|سنه|السنه|لسنه)\\s+)?';
const HIJRI_MARK = `\\s*(?:${alternation(ERA.hijri)})${E}`;
const GREG_MARK = `(?:\\s*(?:${alternation(ERA.gregorian)}|ad|ce)${E})?`;
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})';
const ORD = '(?:st|nd|rd|th)?';

// Cue words that make a four-digit number a year. Words that also introduce counts ("من 2000",
// "حتى 2000 شخص", "up to 2000", "for 2000 years") are left out on purpose.
const AR_YEAR_CUES = alternation([
  'في', 'عام', 'العام', 'لعام', 'بعام', 'سنه', 'السنه', 'منذ', 'خلال', 'مطلع', 'اوائل', 'اواخر',
  'منتصف', 'نهايه', 'بدايه', 'اواسط', 'عامي', 'ربيع', 'صيف', 'خريف', 'شتاء',
]);
const EN_YEAR_CUES = alternation([
  'in', 'since', 'by', 'during', 'until', 'till', 'through', 'throughout', 'from', 'of', 'before',
  'after', 'early', 'late', 'mid', 'the', 'year', 'around', 'circa', 'summer', 'winter', 'spring',
  'autumn', 'fall',
]);
/** "in 2000 troops", "of 2013 votes": a plural noun after the number makes it a count. */
const EN_NOT_COUNT =
  '(?!\\s+(?!(?:was|has|is|as|his|its|this|thus|us|always|across|unless|whereas|plus|perhaps)(?!\\p{L}))[a-z]+s(?!\\p{L}))';

type Build = (g: (i: number) => string | undefined, lang: 'ar' | 'en') => Omit<DateMention, 'start' | 'end'> | undefined;
interface Pattern { re: RegExp; lang: 'ar' | 'en' | 'any'; build: Build; /** group whose start..last group end is reported */ from?: number }

const arMonth = (a?: string, b?: string) => AR_MONTHS.get((a ?? '').replace(/\s+/g, ' ')) ?? AR_MONTHS.get((b ?? '').replace(/\s+/g, ' '));
const enMonth = (s?: string) => EN_MONTHS.get((s ?? '').replace(/\.$/, ''));
const greg = (spans: (DateSpan | undefined)[]) => {
  const ok = spans.filter((s): s is DateSpan => !!s);
  return ok.length ? { spans: ok, calendar: 'gregorian' as const } : undefined;
};
const dmy = (y: number, m: number | undefined, d: number) => (m && validDay(y, m, d) ? daySpan(y, m, d) : undefined);
const plausibleYear = (y: number) => y >= 1000 && y <= 2999;
const yearRange = (a: number, b: number) =>
  plausibleYear(a) && b > a && b - a <= 200 ? join(yearSpan(a), yearSpan(b)) : undefined;

function re(src: string): RegExp { return new RegExp(src, 'gdu'); }

const PATTERNS: Pattern[] = [
  // ----- Hijri (before Gregorian so "1435 هـ" is not read as a Gregorian year)
  { lang: 'ar', re: re(`${B}(?:${DAY}\\s+)?(?:[وفب])?(${HIJRI_MONTH})\\s*${AR_YEAR_WORD}(\\d{3,4})(?:${HIJRI_MARK})?${E}`),
    build: g => {
      const y = +g(3)!, m = HIJRI_MONTHS.get(g(2)!.replace(/\s+/g, ' '));
      if (!m || y > 1600) return undefined;
      const span = hijriSpan(y, m, g(1) ? +g(1)! : undefined);
      return span && { spans: [span], calendar: 'hijri' };
    } },
  { lang: 'ar', re: re(`${BN}${AR_YEAR_WORD}(\\d{3,4})${HIJRI_MARK}`),
    build: g => { const span = hijriSpan(+g(1)!); return span && { spans: [span], calendar: 'hijri' }; } },
  // ----- numeric
  { lang: 'any', re: re(`${BN}${YEAR}-(\\d{2})-(\\d{2})${EN_}`), build: g => greg([dmy(+g(1)!, +g(2)!, +g(3)!)]) },
  { lang: 'any', re: re(`${BN}${YEAR}[/.](\\d{1,2})[/.](\\d{1,2})${EN_}`), build: g => greg([dmy(+g(1)!, +g(2)!, +g(3)!)]) },
  { lang: 'any', re: re(`${BN}${DAY}[/.-](\\d{1,2})[/.-]${YEAR}${EN_}`),
    build: (g, lang) => {
      const a = +g(1)!, b = +g(2)!, y = +g(3)!;
      // Arabic and most of the world write day/month; US English month/day. Ambiguous: both readings.
      const dm = dmy(y, b, a), md = dmy(y, a, b);
      if (lang === 'ar') return greg([dm]);
      return greg(a > 12 ? [dm] : b > 12 ? [md] : [dm, md]);
    } },
  // ----- Arabic month forms
  { lang: 'ar', re: re(`${B}${DAY}\\s*(?:من\\s+)?${AR_MONTH_PAIR}\\s*[,،]?\\s*${AR_YEAR_WORD}${YEAR}${GREG_MARK}${EN_}`),
    build: g => greg([dmy(+g(4)!, arMonth(g(2), g(3)), +g(1)!)]) },
  { lang: 'ar', re: re(`${B}${AR_MONTH_PAIR}\\s*[,،]?\\s*${AR_YEAR_WORD}${YEAR}${GREG_MARK}${EN_}`),
    build: g => { const m = arMonth(g(1), g(2)); return m ? greg([monthSpan(+g(3)!, m)]) : undefined; } },
  { lang: 'ar', re: re(`${B}${DAY}\\s*(?:من\\s+)?${AR_MONTH_PAIR}${E}`),
    build: g => {
      const m = arMonth(g(2), g(3)), d = +g(1)!;
      return m && d >= 1 && d <= 31 ? { spans: [], yearless: { month: m, day: d }, calendar: 'gregorian' } : undefined;
    } },
  // ----- English month forms (month names must be capitalised in the original: "may" is a verb)
  { lang: 'en', re: re(`${B}${DAY}${ORD}\\s+(?:of\\s+)?(${EN_MONTH})\\s*,?\\s+${YEAR}${EN_}`),
    build: g => greg([dmy(+g(3)!, enMonth(g(2)), +g(1)!)]) },
  { lang: 'en', re: re(`${B}(${EN_MONTH})\\s+${DAY}${ORD}\\s*,?\\s+${YEAR}${EN_}`),
    build: g => greg([dmy(+g(3)!, enMonth(g(1)), +g(2)!)]) },
  { lang: 'en', re: re(`${B}(${EN_MONTH})\\s*,?\\s+(?:of\\s+)?${YEAR}${EN_}`),
    build: g => { const m = enMonth(g(1)); return m ? greg([monthSpan(+g(2)!, m)]) : undefined; } },
  { lang: 'en', re: re(`${B}(${EN_MONTH})\\s+${DAY}${ORD}${EN_}`),
    build: g => { const m = enMonth(g(1)), d = +g(2)!; return m && d >= 1 && d <= 31 ? { spans: [], yearless: { month: m, day: d }, calendar: 'gregorian' } : undefined; } },
  { lang: 'en', re: re(`${B}${DAY}${ORD}\\s+(?:of\\s+)?(${EN_MONTH})${E}`),
    build: g => { const m = enMonth(g(2)), d = +g(1)!; return m && d >= 1 && d <= 31 ? { spans: [], yearless: { month: m, day: d }, calendar: 'gregorian' } : undefined; } },
  // ----- year spans
  { lang: 'any', re: re(`${BN}${YEAR}\\s*[–—-]\\s*${YEAR}${EN_}`), build: g => greg([yearRange(+g(1)!, +g(2)!)]) },
  { lang: 'en', re: re(`${B}(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|through)\\s+${YEAR}${EN_}`), from: 1,
    build: g => greg([yearRange(+g(1)!, +g(2)!)]) },
  { lang: 'ar', re: re(`${B}(?:بين|من)\\s+(?:(?:عامي|العامين|سنتي|عام|العام)\\s+)?${YEAR}\\s+(?:و|الي|حتي)\\s*(?:(?:عام|العام)\\s+)?${YEAR}${EN_}`), from: 1,
    build: g => greg([yearRange(+g(1)!, +g(2)!)]) },
  { lang: 'en', re: re(`${B}(?:the\\s+)?(\\d{3}0)s${E}`),
    build: g => greg([yearRange(+g(1)!, +g(1)! + 9)]) },
  // ----- bare years with a cue word before, or an era marker after
  { lang: 'ar', re: re(`${B}(?:[وفب])?(?:${AR_YEAR_CUES})\\s+(?:(?:عام|العام|سنه|السنه)\\s+)?${YEAR}${GREG_MARK}${EN_}`), from: 1,
    build: g => (plausibleYear(+g(1)!) ? greg([yearSpan(+g(1)!)]) : undefined) },
  { lang: 'ar', re: re(`${BN}[وب]?${YEAR}\\s*(?:${alternation(ERA.gregorian)})${E}`),
    build: g => (plausibleYear(+g(1)!) ? greg([yearSpan(+g(1)!)]) : undefined) },
  { lang: 'en', re: re(`${B}(?:${EN_YEAR_CUES})[\\s-]+${YEAR}(?:\\s*(?:ad|ce)${E})?${EN_}${EN_NOT_COUNT}`), from: 1,
    build: g => (plausibleYear(+g(1)!) ? greg([yearSpan(+g(1)!)]) : undefined) },
];

const CAPITAL = /\p{Lu}/u;

/**
 * Dates mentioned in `text` (optionally only in [from, to)). `langs` chooses the rule sets;
 * language-neutral rules (numeric and ISO dates, digit-only spans) always run.
 */
export function findDates(text: string, langs: ReadonlySet<'ar' | 'en'>, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const folded = fold(slice);
  const f = folded.text;
  type Hit = DateMention & { fs: number; fe: number };
  const hits: Hit[] = [];
  for (const p of PATTERNS) {
    if (p.lang !== 'any' && !langs.has(p.lang)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(f))) {
      const idx = m.indices!;
      const g = (i: number) => m![i];
      const built = p.build(g, langs.has('ar') && !langs.has('en') ? 'ar' : 'en');
      let fs = idx[0][0], fe = idx[0][1];
      if (p.from !== undefined && idx[p.from]) fs = idx[p.from]![0];
      // English month names must be capitalised in the original.
      if (p.lang === 'en' && built) {
        const monthGroup = m.findIndex((v, i) => i > 0 && v !== undefined && enMonth(v) !== undefined && !/^\d/.test(v));
        if (monthGroup > 0 && !CAPITAL.test(slice[folded.map[idx[monthGroup]![0]]])) continue;
      }
      if (built) hits.push({ ...built, fs, fe, start: 0, end: 0 });
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  // Longest match wins; earlier patterns win ties (they are listed from most to least specific).
  hits.sort((a, b) => a.fs - b.fs || (b.fe - b.fs) - (a.fe - a.fs));
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.fs < lastEnd) continue;
    lastEnd = h.fe;
    const { fs, fe, ...mention } = h;
    mention.start = from + folded.map[fs];
    mention.end = from + folded.map[fe - 1] + 1;
    out.push(mention);
  }
  return out;
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
