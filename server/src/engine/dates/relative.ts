/**
 * Relative dates ("يوم الأحد الماضي", "last Sunday", "أمس", "last week") and elapsed spans
 * ("قبل أكثر من 20 عاما", "more than 20 years ago", "منذ عقدين") resolved against the
 * article's `published` day. Works on a folded copy of the text (text/fold.ts), so hamza forms,
 * ta marbuta, diacritics and Eastern digits need no special cases; offsets are mapped back.
 *
 * Readings, counted from the published day P:
 * - weekday with "last"/"الماضي": the most recent such day before P, and the one a week earlier
 *   when that is within two days of P; "next"/"المقبل": the first after P (and a week later when
 *   within two days); plain ("on Sunday", "يوم الأحد"): past in news, P itself when P is that
 *   weekday, plus the coming one when the sentence speaks of the future ("will", "سيعقد").
 * - weeks: Monday–Sunday and Sunday–Saturday (Arabic also Saturday–Friday), one reading each;
 *   months and years are calendar ones; "مطلع/early" is a period's first 40%, "أواخر/late" its last.
 * - expressions inside a direct quotation, or bounded by "قبل/بعد/حتى", "before/after/until/by",
 *   are left alone (they count from when it was said, or they are not the event's date).
 * - elapsed: "more than N" strictly more, "less than N" less, "nearly N" N-1..N, "about N"
 *   N ± max(1, 10%), plain N is N..N+1 (floor; years and months also the calendar year/month).
 * Phrases that need another anchor ("the previous day", "20 years earlier", "اليوم التالي",
 * "قبل 30 يوما من الانتخابات") and vague ones ("recently", "في وقت سابق") are not read.
 */
import { factsOf, langSlots, TextFacts } from '../text/facts';
import { foldKey } from '../text/fold';
import { AR_MONTHS, AR_WEEKDAYS, EN_MONTHS, HIJRI_MONTHS, lexicon } from '../data/lexicon';
import { DateSpan, dayNumber, daysInMonth, monthSpan, yearSpan, ymd } from './calendar';

/** How a weekday is counted from the published day. */
export type WeekdayRule = 'past' | 'next' | 'this' | 'plain';

export interface RelativeMention {
  kind: 'relative' | 'elapsed';
  /** Offsets into the text given. */
  start: number;
  end: number;
  /** Relative: the readings of the date it names. Elapsed: the span in which the event must lie. */
  spans: DateSpan[];
  /** Weekday mentions: where the weekday word is and how it was counted (for fixes). */
  weekday?: {
    start: number; end: number; day: number; rule: WeekdayRule; future: boolean; night: boolean;
    lang: 'ar' | 'en';
    /** Arabic: an adjective agrees with the weekday itself ("الجمعة الماضية"), not with "يوم". */
    gendered: boolean;
  };
}

// ---------------------------------------------------------------- day arithmetic

/** Earliest day a "more than N ago" span reaches (0001-01-01). */
export const OPEN_PAST = dayNumber(1, 1, 1);

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

const span = (lo: number, hi: number): DateSpan => ({ lo, hi, precision: lo === hi ? 'day' : 'span' });
const day = (n: number): DateSpan => span(n, n);

function addMonths(p: number, k: number): number {
  const { y, m, d } = ymd(p);
  const total = y * 12 + (m - 1) + k;
  const ny = Math.floor(total / 12), nm = total - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The most recent `wd` strictly before p. */
const lastBefore = (p: number, wd: number) => p - (((weekdayOf(p) - wd + 7) % 7) || 7);
/** The first `wd` strictly after p. */
const firstAfter = (p: number, wd: number) => p + (((wd - weekdayOf(p) + 7) % 7) || 7);

/** The readings of a weekday counted from p by `rule`. */
export function weekdayReadings(p: number, wd: number, rule: WeekdayRule, future = false, night = false): DateSpan[] {
  const days: number[] = [];
  const before = lastBefore(p, wd), after = firstAfter(p, wd);
  if (rule === 'past') {
    days.push(before);
    if (p - before <= 2) days.push(before - 7);
  } else if (rule === 'next') {
    days.push(after);
    if (after - p <= 2) days.push(after + 7);
  } else if (rule === 'this') {
    days.push(weekdayOf(p) === wd ? p : after, before);
  } else {
    if (weekdayOf(p) === wd) days.push(p);
    days.push(before);
    if (future) days.push(after);
  }
  // "ليلة الأحد" is the night before Sunday as well as Sunday night.
  return days.map(d => (night ? span(d - 1, d) : day(d)));
}

/** The weeks containing day p, one reading each: Monday–Sunday, Sunday–Saturday (Arabic also Saturday–Friday). */
function weeksAround(p: number, lang: 'ar' | 'en'): DateSpan[] {
  return [1, 0, ...(lang === 'ar' ? [6] : [])]
    .map(first => p - ((weekdayOf(p) - first + 7) % 7))
    .map(start => span(start, start + 6));
}

type Period = 'week' | 'month' | 'year' | 'weekend';

/** A calendar month or year as a relative reading (precision "span", as extract() reports them). */
const whole = (s: DateSpan) => span(s.lo, s.hi);
const monthBack = (p: number, k: number) => {
  const { y, m } = ymd(p);
  const t = y * 12 + (m - 1) - k, ny = Math.floor(t / 12);
  return whole(monthSpan(ny, t - ny * 12 + 1));
};

/** The week, month or year `offset` periods from the one containing p. */
function periodSpan(p: number, period: Period, offset: number, lang: 'ar' | 'en'): DateSpan[] {
  switch (period) {
    case 'week': return weeksAround(p + 7 * offset, lang);
    case 'month': return [monthBack(p, -offset)];
    case 'year': return [whole(yearSpan(ymd(p).y + offset))];
    case 'weekend': {
      // Saturday–Sunday, and Friday–Saturday where the Arab weekend falls. k = 0: this week's.
      const sat = p - ((weekdayOf(p) + 6) % 7) + 5;
      const w = (k: number) => span(sat + 7 * k - (lang === 'ar' ? 1 : 0), sat + 7 * k + 1);
      const inWeekend = p >= w(0).lo;
      if (offset < 0) return [w(-1)];
      if (offset > 0) return inWeekend ? [w(1)] : [w(0), w(1)];
      return [w(0), w(-1)];
    }
  }
}

type Part = 'early' | 'mid' | 'late' | 'earlier' | 'later';

/** A part of a span: early/late are its first/last 40%, mid its middle half; earlier/later cut at p. */
function partOf(s: DateSpan, part: Part | undefined, p: number): DateSpan {
  const len = s.hi - s.lo + 1;
  switch (part) {
    case undefined: return s;
    case 'early': return span(s.lo, s.lo + Math.ceil(len * 0.4) - 1);
    case 'late': return span(s.hi - Math.ceil(len * 0.4) + 1, s.hi);
    case 'mid': return span(s.lo + Math.floor(len / 4), s.hi - Math.floor(len / 4));
    case 'earlier': return span(s.lo, Math.min(s.hi, Math.max(s.lo, p)));
    case 'later': return span(Math.max(s.lo, Math.min(s.hi, p)), s.hi);
  }
}

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
export type Quant = 'exact' | 'more' | 'atLeast' | 'less' | 'nearly' | 'about' | 'few';

/** The day `x` units before p (x may be fractional). */
function back(p: number, x: number, unit: Unit): number {
  switch (unit) {
    case 'day': return p - Math.round(x);
    case 'week': return p - Math.round(7 * x);
    case 'month': { const whole = Math.floor(x); return addMonths(p, -whole) - Math.round((x - whole) * 30); }
    case 'year': return addMonths(p, -Math.round(12 * x));
    case 'decade': return addMonths(p, -Math.round(120 * x));
    case 'century': return addMonths(p, -Math.round(1200 * x));
  }
}

/**
 * Where an event lies that happened `n` units (with a quantifier) before p. Fractions ("half a
 * century", "ربع قرن", "a year and a half") are round figures: read as "about".
 */
/**
 * An elapsed span, or a relative date when it names one day: "two days ago", "قبل ثلاثة أيام" is
 * a day as "yesterday" is (relative-date-mismatch, an error), while "more than 20 years ago" or
 * "three weeks ago" is a span to compare loosely (elapsed-mismatch, a warning).
 */
function elapsed(fs: number, fe: number, p: number, n: number, unit: Unit, quant: Quant): Hit {
  const kind = unit === 'day' && quant === 'exact' && Number.isInteger(n) ? 'relative' : 'elapsed';
  return { kind, fs, fe, spans: elapsedSpans(p, n, unit, quant) };
}

export function elapsedSpans(p: number, n: number, unit: Unit, quant: Quant): DateSpan[] {
  if (!Number.isInteger(n) && quant === 'exact') quant = 'about';
  // Decades and centuries are counted in years: "nearly two decades" is 18–20 years, not 10–20.
  if (unit === 'decade' || unit === 'century') {
    if (!Number.isInteger(n) || quant === 'nearly' || quant === 'about') { n *= unit === 'decade' ? 10 : 100; unit = 'year'; }
  }
  switch (quant) {
    case 'more': return [span(OPEN_PAST, back(p, n, unit) - 1)];
    case 'atLeast': return [span(OPEN_PAST, back(p, n, unit))];
    case 'less': return [span(back(p, n, unit) + 1, p)];
    case 'nearly': return [span(back(p, n, unit), back(p, Math.max(0, n - Math.max(1, n / 10)), unit))];
    case 'about': {
      const t = Math.max(1, n / 10);
      return [span(back(p, n + t, unit), back(p, Math.max(0, n - t), unit))];
    }
    case 'few': return [span(back(p, 10, unit), back(p, 2, unit))];
    case 'exact': {
      const out = [span(back(p, n + 1, unit) + 1, back(p, n, unit))];
      if (Number.isInteger(n)) {
        // "26 years ago" is also read as the calendar year 26 years back; months likewise.
        if (unit === 'year') out.push(whole(yearSpan(ymd(p).y - n)));
        if (unit === 'month') out.push(monthBack(p, n));
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------- word lists (folded)

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keys = (words: Iterable<string>) => [...new Set([...words].map(foldKey))];
const alt = (words: Iterable<string>) =>
  keys(words).sort((a, b) => b.length - a.length).map(w => esc(w).replace(/ /g, '\\s+')).join('|');
const norm = (s: string) => s.replace(/\s+/g, ' ');

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (src: string) => new RegExp(src, 'gdu');

const R = lexicon.relative;
/** Adjectives that count from the narrative, not from publication ("الأسبوع السابق", "اليوم التالي"). */
const ANCHORED = new Set(['السابق', 'السابقة', 'الأخير', 'الأخيرة', 'التالي', 'التالية'].map(foldKey));
const AR_PAST = alt(R.pastAdj.filter(w => !ANCHORED.has(foldKey(w))));
const AR_FUTURE = alt(R.futureAdj.filter(w => !ANCHORED.has(foldKey(w))));
const AR_CURRENT = alt(R.currentAdj.filter(w => !['هذا', 'هذه'].includes(w)));

const AR_WEEKDAY_OF = new Map<string, number>();
AR_WEEKDAYS.forEach((names, i) => names.forEach(n => AR_WEEKDAY_OF.set(n, i)));
const AR_WEEKDAY = alt(AR_WEEKDAY_OF.keys());

const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_WEEKDAY = EN_WEEKDAYS.join('|');

/** Parts of the day before a day word or weekday ("مساء أمس", "ليلة الأحد"). */
const AR_DAYPART = alt(['صباح', 'مساء', 'ظهر', 'ظهيرة', 'عصر', 'فجر', 'ليلة', 'ليل', 'منتصف ليل', 'منتصف ليلة']);
const AR_NIGHT = new Set(keys(['ليلة', 'ليل', 'منتصف ليل', 'منتصف ليلة']));

/** Arabic day words: offset from P, or [lo, hi] offsets. */
const AR_DAY_WORDS = new Map<string, [number, number]>([
  ['أمس', [-1, -1]], ['الأمس', [-1, -1]], ['البارحة', [-1, -1]],
  ['أمس الأول', [-2, -2]], ['أول أمس', [-2, -2]], ['أول من أمس', [-2, -2]],
  ['اليوم', [0, 0]], ['الليلة الماضية', [-1, 0]], ['الليلة', [0, 0]],
  ['بعد غد', [2, 2]], ['غدا', [1, 1]], ['الغد', [1, 1]],
].map(([k, v]) => [foldKey(k as string), v as [number, number]]));
const AR_DAY_WORD = alt(AR_DAY_WORDS.keys());

/** Parts of a period ("مطلع الشهر الجاري", "أواخر العام الماضي"). */
const AR_PART_OF = new Map<string, Part>([
  ['مطلع', 'early'], ['أوائل', 'early'], ['بداية', 'early'], ['مستهل', 'early'], ['بدايات', 'early'],
  ['منتصف', 'mid'], ['أواسط', 'mid'],
  ['أواخر', 'late'], ['نهاية', 'late'], ['نهايات', 'late'],
].map(([k, v]) => [foldKey(k), v as Part]));
const AR_PART = alt(AR_PART_OF.keys());
const AR_PERIOD_OF = new Map<string, Period>([
  ['الأسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنة', 'year'],
].map(([k, v]) => [foldKey(k), v as Period]));
const AR_PERIOD = alt(AR_PERIOD_OF.keys());

/** Nouns that take العام as an adjective ("الأمين العام الحالي" is the current secretary-general). */
const AAM_NOUNS = new Set(keys([
  'الأمين', 'أمين', 'النائب', 'نائب', 'المدعي', 'مدعي', 'المدير', 'مدير', 'المفوض', 'مفوض', 'المراقب', 'المنسق',
  'المقرر', 'المؤتمر', 'مؤتمر', 'الرأي', 'القطاع', 'المال', 'الإضراب', 'النظام', 'الأمن', 'الاتجاه', 'الوضع',
  'الشأن', 'الصالح', 'النفع', 'العفو', 'التعليم', 'الخط', 'الإطار', 'الطابع', 'الحق', 'الدين', 'الإنفاق',
  'المجلس', 'الاتحاد', 'المرشد', 'القائد', 'الحاكم', 'السكرتير', 'الموازنة', 'الدين', 'الذوق', 'الأمانة', 'الأمر',
]));

/** Words before اليوم that make it part of a name or a generic phrase ("روسيا اليوم", "حتى اليوم"). */
const AL_YAWM_SKIP = new Set(keys([
  'ذلك', 'ذاك', 'نفس', 'ذات', 'هذا', 'حتى', 'إلى', 'الى', 'لغاية', 'منذ', 'طوال', 'طيلة', 'روسيا', 'المصري', 'أخبار',
  'عالم', 'شباب', 'جيل', 'صحيفة', 'برنامج', 'نشرة', 'سؤال', 'ضيف', 'حديث', 'قضايا', 'فلسطين', 'سوريا', 'لبنان',
  'العراق', 'مصر', 'تونس', 'الجزائر', 'المغرب', 'الأردن', 'الخليج', 'أوروبا', 'عرب', 'أمريكا', 'أميركا', 'السودان', 'بوابة',
]));
/** Words before a bare weekday that make it generic ("صلاة الجمعة", "أيام الأحد"). */
const AR_WEEKDAY_SKIP = new Set(keys(['صلاة', 'خطبة', 'خطب', 'صلوات', 'أيام', 'كل', 'أيام', 'مسجد', 'سوق', 'جمعة']));
/** Words before الاثنين that make it "the two". */
const ITHNAYN_SKIP = new Set(keys(['بين', 'كلا', 'كلتا', 'هذين', 'هذان', 'من', 'أحد', 'إحدى']));

const AR_QUANT_OF = new Map<string, Quant>([
  ['أكثر من', 'more'], ['ما يزيد على', 'more'], ['ما يزيد عن', 'more'], ['أزيد من', 'more'], ['ما يربو على', 'more'],
  ['أقل من', 'less'], ['ما لا يقل عن', 'atLeast'],
  ['نحو', 'about'], ['حوالي', 'about'], ['حوالى', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقارب', 'about'],
  ['ما يقرب من', 'about'], ['ما يناهز', 'about'], ['يناهز', 'about'], ['قرابة الـ', 'about'], ['نحو الـ', 'about'],
  ['بضع', 'few'], ['بضعة', 'few'], ['عدة', 'few'],
].map(([k, v]) => [foldKey(k), v as Quant]));
const AR_QUANT = alt(AR_QUANT_OF.keys());

/** Arabic unit words: the unit and what the form says about the count. */
type Form = 'one' | 'two' | 'many';
const AR_UNIT_OF = new Map<string, { unit: Unit; form: Form }>();
for (const [unit, words] of Object.entries(R.units) as Array<[Unit, string[]]>) {
  for (const w of words) {
    const k = foldKey(w);
    const form: Form = /(?:ين|ان)$/.test(k) && !['سنين'].includes(k) ? 'two' : /^(?:ايام|اسابيع|اشهر|شهور|سنوات|سنين|اعوام|عقود)$/.test(k) ? 'many' : 'one';
    AR_UNIT_OF.set(k, { unit, form });
  }
}
for (const [w, form] of [['قرن', 'one'], ['قرنا', 'one'], ['قرنين', 'two'], ['قرون', 'many']] as const) AR_UNIT_OF.set(foldKey(w), { unit: 'century', form });
for (const w of ['سنة', 'سنوات']) if (!AR_UNIT_OF.has(foldKey(w))) AR_UNIT_OF.set(foldKey(w), { unit: 'year', form: w === 'سنة' ? 'one' : 'many' });
const AR_UNIT = alt(AR_UNIT_OF.keys());

/** Words that may follow a bare "عقد" (a decade) in "قبل عقد ..." / "منذ عقد ...". */
const DECADE_NEXT = new Set(keys(['أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها', 'في', 'على', 'عن', 'حين', 'عندما', 'تقريبا', 'مضى',
  'مضت', 'خلت', 'فقط', 'واحد', 'ونيف', 'أو', 'ثم', 'كان', 'كانت', 'وكان', 'وكانت', 'قد', 'لقد']));

const AR_NUMBER_OF = new Map<string, number>([
  ['واحد', 1], ['واحدة', 1], ['أحد', 1], ['إحدى', 1], ['اثنين', 2], ['اثنتين', 2], ['اثنا', 2], ['اثني', 2], ['اثنتي', 2],
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
].map(([k, v]) => [foldKey(k as string), v as number]));
for (const [n, words] of Object.entries(R.tens)) for (const w of words) AR_NUMBER_OF.set(foldKey(w), +n);
const AR_NUMWORD = alt(AR_NUMBER_OF.keys());
// "و" joins number words ("خمسة وعشرين"), but not before "احد": "واحد" must read one way only, or a
// run of "واحد واحد واحد …" backtracks in 2^n ways when no unit follows.
const AR_NUMBER = `\\d+|(?:${AR_NUMWORD})(?:\\s+(?:و(?!احد))?(?:${AR_NUMWORD}))*`;

function arNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return +s;
  let n = 0;
  for (const w of s.split(/\s+/)) {
    const v = AR_NUMBER_OF.get(w) ?? AR_NUMBER_OF.get(w.replace(/^و/, ''));
    if (v === undefined) return undefined;
    n += v;
  }
  return n;
}

const EN_NUMBER_OF = new Map<string, number>(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i) => [w, i + 1]));
['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach((w, i) => EN_NUMBER_OF.set(w, 20 + 10 * i));
const EN_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const EN_NUMBER =
  `\\d+|(?:${EN_TENS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\\s+hundred|a\\s+dozen|a\\s+couple\\s+of|a\\s+few|several|` +
  `(?:${[...EN_NUMBER_OF.keys()].sort((a, b) => b.length - a.length).join('|')})|an?|half\\s+an?|a\\s+quarter(?:\\s+of\\s+a|-)`;

function enNumber(s: string): number | 'few' | undefined {
  s = s.replace(/\s+/g, ' ').replace(/-$/, '');
  if (/^\d+$/.test(s)) return +s;
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a few' || s === 'several') return 'few';
  if (s === 'a couple of') return 2;
  if (s === 'a dozen') return 12;
  if (/hundred$/.test(s)) return 100;
  if (/^half/.test(s)) return 0.5;
  if (/^a quarter/.test(s)) return 0.25;
  const parts = s.split(/[\s-]/).map(w => EN_NUMBER_OF.get(w));
  return parts.every(v => v !== undefined) ? parts.reduce((a, b) => a! + b!, 0) : undefined;
}

const EN_QUANT_OF = new Map<string, Quant>([
  ['more than', 'more'], ['over', 'more'], ['just over', 'more'], ['well over', 'more'], ['upwards of', 'more'],
  ['less than', 'less'], ['fewer than', 'less'], ['under', 'less'], ['at least', 'atLeast'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['an estimated', 'about'], ['exactly', 'exact'], ['just', 'exact'], ['only', 'exact'],
]);
const EN_QUANT = alt(EN_QUANT_OF.keys());
const EN_UNIT = 'days?|weeks?|months?|years?|decades?|century|centuries';
const enUnit = (s: string): Unit => (s.startsWith('centur') ? 'century' : s.replace(/s$/, '') as Unit);

// ---------------------------------------------------------------- patterns

interface Scan {
  text: string;       // original
  f: string;          // folded
  map: Int32Array;
  p: number;          // published day
}
interface Hit extends Omit<RelativeMention, 'start' | 'end' | 'weekday'> {
  fs: number;
  fe: number;
  weekday?: Omit<NonNullable<RelativeMention['weekday']>, 'start' | 'end'> & { fs: number; fe: number };
}
type G = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };
interface Pattern {
  lang: 'ar' | 'en';
  re: RegExp;
  build(m: G, s: Scan): Hit | undefined;
  /**
   * Literals one of which every match contains (folded): a text with none of them is not searched
   * with this pattern. Most paragraphs have no relative date, and each pattern would otherwise
   * scan the whole text (starting with a lookbehind, which defeats the regex engine's quick scan).
   */
  needs: readonly string[];
}

/**
 * The literals for a word list a pattern requires: the preferred ones, plus the first word of any
 * listed name none of them covers, so that the list stays sound when the lexicon changes. A literal
 * covers a name when one of the name's words contains it (the pattern lets any blank separate words).
 */
function covering(names: Iterable<string>, preferred: string[]): string[] {
  const out = [...preferred];
  for (const name of names) {
    const words = name.split(' ');
    if (!out.some(l => words.some(w => w.includes(l)))) out.push(words[0]);
  }
  return out;
}

const PROC = '(?:[وف]?ب(?=ال)|[وف](?=\\p{L}))?';

/** The folded word just before offset `at` (Arabic proclitics و/ف/ب/ل kept). */
function wordBefore(f: string, at: number): string {
  const m = /([\p{L}\p{N}']+)\s+$/u.exec(f.slice(Math.max(0, at - 40), at));
  return m ? m[1] : '';
}
/** Words after "على" that make it "by" or "at least", not "before [an event]" (folded). */
const AFTER_ALA = new Set(['يد', 'ايدي', 'الاقل']);
function wordAfter(f: string, at: number): string {
  const m = /^\s+([\p{L}\p{N}]+)/u.exec(f.slice(at, at + 40));
  return m ? m[1] : '';
}
const stripProclitic = (w: string) => w.replace(/^(?:[وف]?[بلك]?)(?=ال)/, '').replace(/^[وف](?=\p{L}{3})/u, '');

/** "قبل الأحد الماضي", "بعد أمس", "until Friday", "by next week": a bound, not the date of the event. */
const AR_BOUND = new Set(keys(['قبل', 'بعد', 'حتى', 'لغاية', 'لحين']));
const EN_BOUND = new Set(['before', 'after', 'until', 'till', 'by', 'from']);
const bounded = (s: Scan, at: number, lang: 'ar' | 'en', part?: string) => {
  const w = wordBefore(s.f, at);
  if (lang === 'en') return EN_BOUND.has(w);
  const bare = AR_BOUND.has(stripProclitic(w)) ? stripProclitic(w) : w;
  // "بعد ظهر يوم الأحد", "قبل ظهر أمس": the afternoon and the forenoon of that day, not a bound.
  if (part && AR_NOON.has(norm(part)) && (bare === 'بعد' || bare === 'قبل')) return false;
  return AR_BOUND.has(bare);
};
const AR_NOON = new Set(keys(['ظهر', 'ظهيرة']));

/** The sentence around [fs, fe) in folded text. */
function sentence(f: string, fs: number, fe: number): string {
  let a = fs, b = fe;
  while (a > 0 && !/[.!?؟\n]/.test(f[a - 1])) a--;
  while (b < f.length && !/[.!?؟\n]/.test(f[b])) b++;
  return f.slice(a, b);
}

const EN_FUTURE = /'ll(?![\p{L}])|(?<![\p{L}])(?:will|won't|shall|is due|are due|due to|scheduled|set to|expected to|plans? to|planned|going to|upcoming|is to be|are to be|to be held|to meet|to visit)(?![\p{L}])/u;
const AR_FUTURE_WORDS = /(?<![\p{L}])(?:[وف]?(?:سوف|المقرر|المنتظر|المتوقع|يعتزم|تعتزم|يعتزمون|المرتقب|مرتقب|يرتقب|ينتظر|يتوقع|القادم|المقبل|المقبله))(?![\p{L}])/u;
const AR_NOT_FUTURE = /^(?:سياس|سيار|سيطر|سيد|سين|سيف|سيول|سيم|سير|ستين|ستار|ستوك|سنو|سنه|سنين|سنت|سنغ|ستر|سيئ|سيء|سيا|سيك)/;
function futureCue(f: string, fs: number, fe: number, lang: 'ar' | 'en'): boolean {
  const s = sentence(f, fs, fe);
  if (lang === 'en') return EN_FUTURE.test(s);
  if (AR_FUTURE_WORDS.test(s)) return true;
  return s.split(/[^\p{L}]+/u).some(w => {
    const bare = w.replace(/^[وف]/, '');
    return /^س[يتن]\p{L}{3,}$/u.test(bare) && !AR_NOT_FUTURE.test(bare);
  });
}

/** A day number or month name follows: "يوم الأحد 14 يناير", "Sunday, January 14" (an absolute date). */
function dateFollows(s: Scan, fe: number): boolean {
  const rest = s.f.slice(fe, fe + 30);
  const m = /^\s*[,،]?\s*(?:الموافق\s+)?(?:the\s+)?(\d|[\p{L}]+)/u.exec(rest);
  if (!m) return false;
  const w = m[1];
  if (/\d/.test(w)) return true;
  return AR_MONTHS.has(w) || HIJRI_MONTHS.has(w) ||
    (EN_MONTHS.has(w.replace(/\.$/, '')) && /\p{Lu}/u.test(s.text[s.map[fe + m.index + m[0].length - w.length]]));
}

const isCapital = (s: Scan, fi: number) => /\p{Lu}/u.test(s.text[s.map[fi]] ?? '');
/** Whether folded offset fi starts a sentence (or a quotation, heading, list item). */
function sentenceStart(s: Scan, fi: number): boolean {
  let i = fi - 1;
  while (i >= 0 && /[\s"'“‘«(\[*_#>-]/.test(s.f[i])) i--;
  return i < 0 || /[.!?:;\n]/.test(s.f[i]);
}

const AR_PATTERNS: Pattern[] = [
  // ---- day words: أمس, البارحة, أول أمس, اليوم, الليلة الماضية, بعد غد; with a part of the day and a weekday
  {
    lang: 'ar', needs: covering(AR_DAY_WORDS.keys(), ['امس', 'البارحه', 'اليوم', 'الليله', 'غد']),
    re: re(`${B}${PROC}((?:(${AR_DAYPART})\\s+)?(?:(يوم)\\s+)?(${AR_DAY_WORD})(?:\\s+(${AR_WEEKDAY}))?)${E}`),
    build(m, s) {
      const [, , part, yawm, word, wd] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const w = norm(word);
      const off = AR_DAY_WORDS.get(w)!;
      const next = wordAfter(s.f, fe);
      if (bounded(s, m.indices[0][0], 'ar', part)) return undefined;
      if (/^امس$|^الامس$/.test(w) && /^(?:الحاجه|حاجه)$/.test(next)) return undefined; // "في أمس الحاجة"
      if (w === 'اليوم' && !wd) {
        if (yawm) return undefined;
        if (/^ال/.test(next)) return undefined; // اليوم الدولي, اليوم الأول, اليوم التالي
        const prev = stripProclitic(wordBefore(s.f, m.indices[0][0]));
        if (AL_YAWM_SKIP.has(prev) || AL_YAWM_SKIP.has(wordBefore(s.f, m.indices[0][0]))) return undefined;
      }
      if (w === 'الليله' && (/^ال/.test(next) || part)) return undefined;
      // غدا is also a verb ("became"): read it only with a weekday; الغد only as "يوم الغد"/"صباح الغد".
      if (w === 'غدا' && !wd) return undefined;
      if (w === 'الغد' && !yawm && !part) return undefined;
      if (w === 'الامس' && !m[0].startsWith('ب') && !/^[وف]ب/.test(m[0]) && !yawm && !part) return undefined;
      let lo = s.p + off[0], hi = s.p + off[1];
      if (part && AR_NIGHT.has(norm(part)) && off[0] === off[1] && off[0] < 0) hi = s.p; // ليلة أمس: into today
      return { kind: 'relative', fs, fe, spans: [span(lo, hi)] };
    },
  },
  // ---- weekdays: يوم الأحد الماضي, الأحد الماضي, يوم الأحد, الاثنين المقبل, مساء السبت, ليلة الجمعة
  {
    lang: 'ar', needs: covering(AR_WEEKDAY_OF.keys(), ['احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت']),
    re: re(`${B}${PROC}((?:(${AR_DAYPART})\\s+)?(?:(يوم)\\s+)?(${AR_WEEKDAY})(?:\\s+(?:(${AR_PAST})|(${AR_FUTURE})))?)${E}`),
    build(m, s) {
      const [, , part, yawm, wdWord, past, fut] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const wd = AR_WEEKDAY_OF.get(wdWord)!;
      const next = wordAfter(s.f, fe);
      if (bounded(s, m.indices[0][0], 'ar', part)) return undefined;
      if (/^عشر/.test(next)) return undefined; // الأحد عشر: eleven
      if (dateFollows(s, fe)) return undefined;
      const prev = stripProclitic(wordBefore(s.f, m.indices[0][0]));
      const bare = !part && !yawm && !past && !fut;
      if (bare && AR_WEEKDAY_SKIP.has(prev)) return undefined;
      if (wd === 1 && !yawm && !part && (ITHNAYN_SKIP.has(prev) || /^ال\p{L}+(?:ين|ان)$/u.test(prev))) return undefined;
      if (/^(?:اليوم|امس|غدا)$/.test(prev)) return undefined; // "اليوم الأحد" is read as a day word
      const rule: WeekdayRule = past ? 'past' : fut ? 'next' : 'plain';
      const future = rule === 'plain' && futureCue(s.f, fs, fe, 'ar');
      const night = !!part && AR_NIGHT.has(norm(part));
      return {
        kind: 'relative', fs, fe, spans: weekdayReadings(s.p, wd, rule, future, night),
        weekday: { fs: m.indices[4][0], fe: m.indices[4][1], day: wd, rule, future, night, lang: 'ar', gendered: !yawm && !!(past || fut) },
      };
    },
  },
  // ---- periods: الأسبوع الماضي, الشهر الجاري, هذا العام, مطلع الشهر الجاري, أواخر العام الماضي
  {
    lang: 'ar', needs: covering(AR_PERIOD_OF.keys(), []),
    re: re(`${B}${PROC}((?:(في\\s+وقت\\s+(?:سابق|لاحق))\\s+من\\s+)?(?:(${AR_PART})\\s+)?(?:(?:هذا|هذه)\\s+(${AR_PERIOD})|(${AR_PERIOD})\\s+(?:(${AR_PAST})|(${AR_FUTURE})|(${AR_CURRENT}))))${E}`),
    build(m, s) {
      const [, , when, partWord, dem, noun, past, fut] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const period = AR_PERIOD_OF.get(dem ?? noun)!;
      if (bounded(s, m.indices[0][0], 'ar')) return undefined;
      // "في مثل هذا الشهر": the same month in another year.
      if (dem && wordBefore(s.f, m.indices[0][0]) === 'مثل') return undefined;
      if (!dem && !partWord && !when && (noun === 'العام')) {
        const prev = stripProclitic(wordBefore(s.f, m.indices[0][0]));
        if (AAM_NOUNS.has(prev) || AAM_NOUNS.has('ال' + prev)) return undefined;
      }
      const offset = past ? -1 : fut ? 1 : 0;
      const part: Part | undefined = when ? (when.includes('سابق') ? 'earlier' : 'later') : partWord ? AR_PART_OF.get(norm(partWord)) : undefined;
      return { kind: 'relative', fs, fe, spans: periodSpan(s.p, period, offset, 'ar').map(x => partOf(x, part, s.p)) };
    },
  },
  // ---- elapsed: قبل أكثر من 20 عاما, منذ عقدين, قبل نحو عشرين عاما, منذ ربع قرن, قبل عقد ونصف
  {
    lang: 'ar', needs: ['قبل', 'منذ'],
    re: re(`${B}${PROC}((قبل|منذ)\\s+(?:(${AR_QUANT})\\s*)?(?:(${AR_NUMBER})\\s+|(نصف|ربع)\\s+)?(${AR_UNIT})(?:\\s+(و\\s*(?:نصف|ربع)))?(?:\\s+(?:كامل|كامله|كاملا|كاملين))?(?:\\s+(ونيف|و\\s+نيف|تقريبا))?(?:\\s+(?:مضت|مضى|مضي|خلت|من\\s+الزمن|من\\s+الان))?)${E}`),
    build(m, s) {
      const [, , , q, num, frac, unitWord, andFrac, nayyif] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const u = AR_UNIT_OF.get(unitWord)!;
      const next = wordAfter(s.f, fe);
      // "قبل 30 يوما من الانتخابات", "قبل عام على": counted from another event; but "على يد" (by
      // someone) and "على الأقل" (at least) go on the sentence, not on the span.
      const afterAla = next === 'علي' ? wordAfter(s.f, s.f.indexOf(next, fe) + next.length) : '';
      if (next === 'من' || (next === 'علي' && !AFTER_ALA.has(afterAla))) return undefined;
      let quant: Quant = q ? AR_QUANT_OF.get(norm(q))! : afterAla === 'الاقل' ? 'atLeast' : 'exact';
      if (nayyif && /نيف/.test(nayyif)) quant = 'more';
      if (nayyif && /تقريبا/.test(nayyif) && quant === 'exact') quant = 'about';
      let n: number | undefined;
      if (num) n = arNumber(norm(num));
      else if (frac) n = frac === 'نصف' ? 0.5 : 0.25;
      else if (u.form === 'two') n = 2;
      else if (u.form === 'one') {
        // "منذ عام 2013", "قبل يوم الانتخابات", "منذ شهر رمضان": not a count.
        if (/^\d/.test(next) || /^ال/.test(next) || AR_MONTHS.has(next) || HIJRI_MONTHS.has(next)) return undefined;
        // عقد is also "holding" ("قبل عقد مؤتمر صحفي"): only before a particle or the end of a
        // clause, unless a quantifier or a fraction says it is a span ("قبل نحو عقد قد أودى",
        // "قبل عقد ونصف أعلن": no one holds "about" or "and a half").
        if (u.unit === 'decade' && next && !q && !andFrac && !DECADE_NEXT.has(next)) return undefined;
        n = 1;
      }
      if (quant === 'few') return { kind: 'elapsed', fs, fe, spans: elapsedSpans(s.p, 0, u.unit, 'few') };
      if (n === undefined || n <= 0) return undefined;
      if (num && u.form === 'two') return undefined;
      // "عقد ونصف", "عامين وربع": a fraction more, read as "about" like every fraction.
      if (andFrac) {
        n += /نصف/.test(andFrac) ? 0.5 : 0.25;
        if (quant === 'exact') quant = 'about';
      }
      return elapsed(fs, fe, s.p, n, u.unit, quant);
    },
  },
];

const EN_PART_OF: Record<string, Part> = {
  early: 'early', late: 'late', mid: 'mid', 'mid-': 'mid', earlier: 'earlier', later: 'later',
  'the start of': 'early', 'the beginning of': 'early', 'the end of': 'late', 'the middle of': 'mid',
};

const EN_PATTERNS: Pattern[] = [
  // ---- day words
  {
    lang: 'en', needs: ['yesterday', 'today', 'tonight', 'tomorrow', 'night', 'this'] /* every alternative below holds one */,
    re: re(`${B}(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)|earlier\\s+today|later\\s+today)${E}`),
    build(m, s) {
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const w = norm(m[1]);
      if (bounded(s, fs, 'en')) return undefined;
      // "Russia Today", "USA Today", "the Today programme": a capitalised name mid-sentence.
      if (isCapital(s, fs) && !sentenceStart(s, fs)) return undefined;
      const prev = wordBefore(s.f, fs);
      if (/^(?:until|till|to|of|since)$/.test(prev) && /^(?:today|tonight)$/.test(w)) return undefined;
      const off: Record<string, [number, number]> = {
        'the day before yesterday': [-2, -2], 'the day after tomorrow': [2, 2], yesterday: [-1, -1], today: [0, 0],
        tonight: [0, 0], tomorrow: [1, 1], 'last night': [-1, 0], 'this morning': [0, 0], 'this afternoon': [0, 0],
        'this evening': [0, 0], 'earlier today': [0, 0], 'later today': [0, 0],
      };
      const [a, b] = off[w];
      return { kind: 'relative', fs, fe, spans: [span(s.p + a, s.p + b)] };
    },
  },
  // ---- weekdays: last Sunday, this past Sunday, next Monday, this Friday, on Sunday, Sunday
  {
    lang: 'en', needs: covering(EN_WEEKDAYS, ['day']),
    re: re(`${B}((?:(last|this\\s+past|next|this)\\s+)?(${EN_WEEKDAY}))${E}`),
    build(m, s) {
      const [, , mod, wdWord] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const wfs = m.indices[3][0];
      if (!isCapital(s, wfs) || bounded(s, fs, 'en')) return undefined;
      const prev = wordBefore(s.f, fs);
      if (/^(?:the|a|an|every|each|one|another|any|some|that)$/.test(prev)) return undefined; // "the last Sunday of June"
      if (dateFollows(s, fe)) return undefined;
      if (!mod) {
        if (/^(?:bloody|super|black|good|easter|ash|holy|palm|maundy|shrove|cyber|blue|giving|low|white|whit|orthodox)$/.test(prev)) return undefined;
        // "Sunday Times", "Monday Night Football": a capitalised word follows.
        const after = /^ (\p{L})/u.exec(s.text.slice(s.map[fe], s.map[fe] + 3));
        if (after && /\p{Lu}/u.test(after[1])) return undefined;
      }
      const wd = EN_WEEKDAYS.indexOf(wdWord);
      const rule: WeekdayRule = !mod ? 'plain' : mod === 'next' ? 'next' : mod === 'this' ? 'this' : 'past';
      const future = rule === 'plain' && futureCue(s.f, fs, fe, 'en');
      return {
        kind: 'relative', fs, fe, spans: weekdayReadings(s.p, wd, rule, future),
        weekday: { fs: wfs, fe: m.indices[3][1], day: wd, rule, future, night: false, lang: 'en', gendered: false },
      };
    },
  },
  // ---- periods: last week, this month, next year, earlier this week, late last year, the end of last month
  {
    lang: 'en', needs: ['week', 'month', 'year'],
    re: re(`${B}((?:(earlier|later|early|late|mid-|mid|the\\s+(?:start|beginning|end|middle)\\s+of)\\s*)?(last|this\\s+past|this|next)\\s+(week|month|year|weekend))${E}`),
    build(m, s) {
      const [, , lead, modRaw, noun] = m;
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const mod = norm(modRaw);
      if (bounded(s, fs, 'en')) return undefined;
      // "the last year", "a next week": a span counted from elsewhere, or not a date.
      if (!lead && /^(?:the|a|an|that|every|each)$/.test(wordBefore(s.f, fs))) return undefined;
      if (/^(?:earlier|later)$/.test(lead ?? '') && mod !== 'this') return undefined;
      const part = lead ? EN_PART_OF[norm(lead)] : undefined;
      const period = noun as Period;
      const read = (offset: number, p?: Part) => periodSpan(s.p, period, offset, 'en').map(x => partOf(x, p, s.p));
      const spans = mod === 'this past'
        ? [...read(-1, part), ...(period === 'weekend' ? [] : read(0, 'earlier'))]
        : read(mod === 'next' ? 1 : mod === 'this' ? 0 : -1, part);
      return { kind: 'relative', fs, fe, spans };
    },
  },
  // ---- over the weekend: the weekend under way (up to publication) or the one before
  {
    lang: 'en', needs: ['weekend'],
    re: re(`${B}((?:over|at)\\s+the\\s+weekend)${E}`),
    build(m, s) {
      const fs = m.indices[1][0], fe = m.indices[1][1];
      const [cur, prev] = periodSpan(s.p, 'weekend', 0, 'en');
      const spans = s.p >= cur.lo ? [span(cur.lo, Math.min(cur.hi, s.p)), prev] : [prev];
      return { kind: 'relative', fs, fe, spans };
    },
  },
  // ---- elapsed: more than 20 years ago, nearly two decades ago, some 25 years ago, a decade ago
  {
    lang: 'en', needs: ['ago'],
    re: re(`${B}((?:(${EN_QUANT})\\s+)?(${EN_NUMBER})[\\s-]*(${EN_UNIT})(\\s+and\\s+a\\s+half)?\\s+ago(?:\\s+(today|this\\s+week|this\\s+month))?)${E}`),
    build(m, s) {
      const [, , q, num, unitWord, half, anniversary] = m;
      let fs = m.indices[1][0];
      const fe = m.indices[1][1];
      let n = enNumber(num);
      if (n === undefined) return undefined;
      const unit = enUnit(unitWord);
      if (n === 'few') return { kind: 'elapsed', fs, fe, spans: elapsedSpans(s.p, 0, unit, 'few') };
      if (half) n += 0.5;
      let quant: Quant = q ? EN_QUANT_OF.get(norm(q))! : /couple/.test(num) ? 'about' : 'exact';
      // "took over 20 years ago": a phrasal verb, not a quantifier.
      if (q && norm(q) === 'over' && /^(?:took|take|takes|taken|taking|handed|turned|came|won|moved|pulled)$/.test(wordBefore(s.f, fs))) {
        quant = 'exact';
        fs = m.indices[3][0];
      }
      // "30 years ago today", "20 years ago this month": the anniversary itself.
      if (anniversary && Number.isInteger(n)) {
        const then = back(s.p, n, unit), a = norm(anniversary);
        const spans = a === 'today' ? [day(then)] : periodSpan(then, a === 'this week' ? 'week' : 'month', 0, 'en');
        if (quant === 'exact') return { kind: 'elapsed', fs, fe, spans };
      }
      return elapsed(fs, fe, s.p, n, unit, quant);
    },
  },
];

/**
 * Relative dates and elapsed spans in `text`, resolved against the published day. `langs`
 * chooses the rule sets. Overlapping matches: the longest wins. Cached: callers must not modify
 * the result.
 */
export function findRelativeDates(text: string, langs: ReadonlySet<'ar' | 'en'>, published: DateSpan): RelativeMention[] {
  return relativeDatesOf(factsOf(text), langs, published);
}

/** The same, from a text's shared facts (computed once per text, languages and published day). */
export function relativeDatesOf(facts: TextFacts, langs: ReadonlySet<'ar' | 'en'>, published: DateSpan): RelativeMention[] {
  const byDay = facts.get(relativeSlot(langs), () => new Map<number, RelativeMention[]>());
  let found = byDay.get(published.lo);
  if (!found) { found = scanRelative(facts, langs, published.lo); byDay.set(published.lo, found); }
  return found;
}

const relativeSlot = langSlots('relative');

function scanRelative(facts: TextFacts, langs: ReadonlySet<'ar' | 'en'>, published: number): RelativeMention[] {
  const { text, folded } = facts;
  const s: Scan = { text, f: folded.text, map: folded.map, p: published };
  const hits: Hit[] = [];
  // Most texts hold none of the words any pattern needs: one search says so for all of them.
  const anyNeeded = !prefilter || [...langs].some(lang => NEEDED[lang].test(s.f));
  if (!anyNeeded) return [];
  for (const pat of PATTERNS) {
    if (!langs.has(pat.lang)) continue;
    if (prefilter && !pat.needs.some(w => s.f.includes(w))) continue;
    pat.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pat.re.exec(s.f))) {
      const hit = pat.build(m as G, s);
      if (hit) hits.push(hit);
      if (m[0].length === 0) pat.re.lastIndex++;
    }
  }
  if (!hits.length) return [];
  hits.sort((a, b) => a.fs - b.fs || (b.fe - b.fs) - (a.fe - a.fs));
  // In a direct quotation "yesterday" counts from when it was said, not from publication.
  const quoted = quotations(s.f);
  const out: RelativeMention[] = [];
  let lastEnd = -1;
  const toStart = (fi: number) => s.map[fi];
  // The end takes the diacritics and tatweel that folding dropped ("عاماً").
  const toEnd = (fi: number) => {
    let e = s.map[fi - 1] + 1;
    while (e < text.length && /[\p{M}\u0640]/u.test(text[e])) e++;
    return e;
  };
  for (const h of hits) {
    if (h.fs < lastEnd) continue;
    lastEnd = h.fe;
    if (quoted.some(([a, b]) => a < h.fs && h.fs < b)) continue;
    const spans = h.spans.filter((x, i) => h.spans.findIndex(y => y.lo === x.lo && y.hi === x.hi) === i);
    const mention: RelativeMention = { kind: h.kind, start: toStart(h.fs), end: toEnd(h.fe), spans };
    if (h.weekday) {
      const { fs, fe, ...w } = h.weekday;
      mention.weekday = { ...w, start: toStart(fs), end: toEnd(fe) };
    }
    out.push(mention);
  }
  return out;
}

const QUOTATION_MARKS = new Set([...'“”«»„"\n'].map(c => c.charCodeAt(0)));

const PATTERNS = [...AR_PATTERNS, ...EN_PATTERNS];
/** Per language, a search for any word a pattern of that language needs. */
const NEEDED = {
  ar: new RegExp(AR_PATTERNS.flatMap(p => p.needs).map(esc).join('|'), 'u'),
  en: new RegExp(EN_PATTERNS.flatMap(p => p.needs).map(esc).join('|'), 'u'),
};
let prefilter = true;

/** For tests: whether patterns are skipped on texts without any of their `needs`; returns the previous setting. */
export function setRelativePrefilter(on: boolean): boolean {
  const was = prefilter;
  prefilter = on;
  return was;
}

/** Ranges [open, close] of quotations: “…”, «…», „…“ and straight "…" pairs. */
function quotations(f: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
  let open = -1, want = '';
  for (let i = 0; i < f.length; i++) {
    if (!QUOTATION_MARKS.has(f.charCodeAt(i))) continue; // nothing below reacts to other characters
    const ch = f[i];
    if (open < 0 && CLOSE[ch]) { open = i; want = CLOSE[ch]; }
    else if (open >= 0 && ch === want) { out.push([open, i]); open = -1; }
    else if (ch === '\n' && f[i + 1] === '\n') open = -1;
  }
  return out;
}

/** Canonical weekday names for fixes (0 = Sunday). */
export const WEEKDAY_NAMES = {
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
