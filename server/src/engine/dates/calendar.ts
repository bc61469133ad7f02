/**
 * Dates as closed intervals of days (days since 1970-01-01, UTC). A year, a month or a day is the
 * span it covers, so two dates "agree" exactly when their spans overlap: `2013` agrees with
 * `2013-08-09`, `2013-08` with any day of August 2013, and a span with any date inside it.
 */
export type Precision = 'year' | 'month' | 'day' | 'span';

export interface DateSpan {
  lo: number;
  hi: number;
  precision: Precision;
}

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date; a day or month out of range rolls over, as
 * with Date (day 0 is the last day of the month before). Arithmetic (H. Hinnant's days_from_civil)
 * rather than a Date object for every date read; other inputs (fractions, years beyond ±100 000)
 * are left to Date.
 */
export function dayNumber(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || Math.abs(y) > 100_000 || Math.abs(m) > 1_200_000 || Math.abs(d) > 36_000_000) {
    return dayNumberByDate(y, m, d);
  }
  // Months out of 1..12 move the year (as Date does).
  y += Math.floor((m - 1) / 12);
  m = m - 12 * Math.floor((m - 1) / 12);
  const yy = m <= 2 ? y - 1 : y; // the year counted from March, so that leap days fall at its end
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function dayNumberByDate(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(0, 0, 0, 0);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

export function yearSpan(y: number): DateSpan {
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31), precision: 'year' };
}

export function monthSpan(y: number, m: number): DateSpan {
  return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, daysInMonth(y, m)), precision: 'month' };
}

export function daySpan(y: number, m: number, d: number): DateSpan {
  const n = dayNumber(y, m, d);
  return { lo: n, hi: n, precision: 'day' };
}

export function join(a: DateSpan, b: DateSpan): DateSpan {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), precision: 'span' };
}

export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The Gregorian date of a day number. */
export function ymd(day: number): { y: number; m: number; d: number } {
  if (!Number.isInteger(day) || Math.abs(day) > 36_000_000) {
    const t = new Date(day * MS_PER_DAY);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  // H. Hinnant's civil_from_days.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isoOfDay(day: number): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_PART = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

function parseIsoPart(s: string): DateSpan | undefined {
  const m = ISO_PART.exec(s.trim());
  if (!m) return undefined;
  const y = +m[1];
  if (m[2] === undefined) return yearSpan(y);
  const mo = +m[2];
  if (mo < 1 || mo > 12) return undefined;
  if (m[3] === undefined) return monthSpan(y, mo);
  const d = +m[3];
  return validDay(y, mo, d) ? daySpan(y, mo, d) : undefined;
}

/**
 * A register or claim-block date: `2013`, `2013-08`, `2013-08-09`, or `FROM/TO` with parts at any
 * precision. Returns undefined for anything else (including a span whose end is before its start:
 * see `spanOrder`).
 */
export function parseIsoDate(value: unknown): DateSpan | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return parseIsoPart(String(value));
  if (value instanceof Date && !isNaN(value.getTime())) {
    return daySpan(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const parts = value.split('/');
  if (parts.length === 1) return parseIsoPart(parts[0]);
  if (parts.length !== 2) return undefined;
  const a = parseIsoPart(parts[0]);
  const b = parseIsoPart(parts[1]);
  if (!a || !b || b.hi < a.lo) return undefined;
  return { lo: a.lo, hi: b.hi, precision: 'span' };
}

/** For `FROM/TO` strings: true when TO ends before FROM begins. */
export function spanReversed(value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('/')) return false;
  const [a, b] = value.split('/').map(parseIsoPart);
  return !!a && !!b && b.hi < a.lo;
}

export function describe(span: DateSpan): string {
  const a = ymd(span.lo);
  const mm = (n: number) => String(n).padStart(2, '0');
  switch (span.precision) {
    case 'year': return String(a.y);
    case 'month': return `${a.y}-${mm(a.m)}`;
    case 'day': return isoOfDay(span.lo);
    default: return `${isoOfDay(span.lo)}/${isoOfDay(span.hi)}`;
  }
}

// ---------- Hijri ----------
// Intl gives Gregorian -> Hijri (Umm al-Qura, falling back to the civil calendar out of its range).
// Hijri -> Gregorian is found by search. Umm al-Qura and the civil calendar may differ by a day or
// two, so Hijri dates are widened by one day on each side: a Hijri date is a span.

let hijriFormat: Intl.DateTimeFormat | undefined;

function hijriOf(day: number): { y: number; m: number; d: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(day * MS_PER_DAY));
  const get = (t: string) => parseInt(parts.find(p => p.type === t)?.value ?? 'NaN', 10);
  return { y: get('year'), m: get('month'), d: get('day') };
}

function hijriCompare(day: number, y: number, m: number, d: number): number {
  const h = hijriOf(day);
  return h.y - y || h.m - m || h.d - d;
}

const firstDayCache = new Map<number, number>();

/** First Gregorian day number whose Hijri date is >= (y, m, d). Memoized: Intl is slow. */
function firstDayAtOrAfter(y: number, m: number, d: number): number {
  const key = (y * 13 + m) * 32 + d;
  let day = firstDayCache.get(key);
  if (day === undefined) {
    day = searchFirstDay(y, m, d);
    if (firstDayCache.size > 10_000) firstDayCache.clear();
    firstDayCache.set(key, day);
  }
  return day;
}

function searchFirstDay(y: number, m: number, d: number): number {
  // Mean Hijri year is 354.367 days; epoch 622-07-16 is day -492148.
  const guess = Math.round(-492148 + ((y - 1) * 354.367) + (m - 1) * 29.53 + (d - 1));
  let lo = guess - 60, hi = guess + 60;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hijriCompare(mid, y, m, d) >= 0) hi = mid; else lo = mid + 1;
  }
  return lo;
}

export function hijriSpan(y: number, m?: number, d?: number): DateSpan | undefined {
  if (!(y >= 1 && y <= 1700)) return undefined;
  let lo: number, hi: number;
  if (m === undefined) {
    lo = firstDayAtOrAfter(y, 1, 1); hi = firstDayAtOrAfter(y + 1, 1, 1) - 1;
  } else if (d === undefined) {
    lo = firstDayAtOrAfter(y, m, 1);
    hi = (m === 12 ? firstDayAtOrAfter(y + 1, 1, 1) : firstDayAtOrAfter(y, m + 1, 1)) - 1;
  } else {
    if (d < 1 || d > 30) return undefined;
    lo = firstDayAtOrAfter(y, m, d); hi = lo;
  }
  return { lo: lo - 1, hi: hi + 1, precision: 'span' };
}

/**
 * A Hijri month (or a day of it) named with a Gregorian year, "رمضان 2014", "Ramadan 2014": the
 * occurrences of that month that fall in the year (usually one; two when the month recurs within
 * one Gregorian year, as Ramadan does about every 33 years).
 */
export function hijriInGregorianYear(gy: number, m: number, d?: number): DateSpan[] {
  const year = yearSpan(gy);
  // The Hijri year in progress on 1 January: mean Hijri year 354.367 days, epoch day -492148.
  let h0 = Math.floor((year.lo + 492148) / 354.367) + 1;
  while (firstDayAtOrAfter(h0, 1, 1) > year.lo) h0--;
  while (firstDayAtOrAfter(h0 + 1, 1, 1) <= year.lo) h0++;
  const out: DateSpan[] = [];
  for (const h of [h0, h0 + 1]) {
    const s = hijriSpan(h, m, d);
    // Hijri spans are widened by a day each side; compare the unwidened span with the year.
    if (s && s.lo + 1 <= year.hi && year.lo <= s.hi - 1) out.push(s);
  }
  return out;
}
