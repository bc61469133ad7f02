/**
 * Date recognition, data-driven: every row of dates.cases.ts is one test. Expected values are
 * computed here from the row's ISO strings with Date.UTC, independently of dates/calendar.ts.
 */
import assert from 'node:assert/strict';
import { describe as suite, test } from 'node:test';
import { agrees, DateMention, DateSpan, findDates, OPEN_END, parseIsoDate } from '../../server/out/engine/index.js';
import { DateRow, HijriWant, ROWS, Want } from './dates.cases';

const DAY_MS = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const lastDay = (y: number, m: number) => Date.UTC(y, m, 0) / DAY_MS;

/** An ISO value at its precision as the closed interval of day numbers it covers. */
function interval(iso: string): { lo: number; hi: number; precision: string } {
  const slash = iso.split('/');
  // "2011/..": a period from 2011 on ("since 2011"); "../2030": up to 2030 ("by 2030").
  if (slash[1] === '..') return { lo: interval(slash[0]).lo, hi: OPEN_END, precision: 'span' };
  if (slash[0] === '..') return { lo: -OPEN_END, hi: interval(slash[1]).hi, precision: 'span' };
  if (slash.length === 2) {
    const a = interval(slash[0]), b = interval(slash[1]);
    return { lo: a.lo, hi: b.hi, precision: 'span' };
  }
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== undefined) return { lo: day(y, m, d), hi: day(y, m, d), precision: 'day' };
  if (m !== undefined) return { lo: day(y, m, 1), hi: lastDay(y, m), precision: 'month' };
  return { lo: day(y, 1, 1), hi: day(y, 12, 31), precision: 'year' };
}

const show = (s: DateSpan) =>
  `${new Date(s.lo * DAY_MS).toISOString().slice(0, 10)}..${new Date(s.hi * DAY_MS).toISOString().slice(0, 10)} (${s.precision})`;

/** Strips ⟦…⟧ marks; returns the plain text and the marked ranges (UTF-16 offsets). */
function unmark(marked: string): { text: string; ranges: [number, number][] } {
  let text = '';
  const ranges: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') { assert.equal(open, -1, 'nested mark'); open = text.length; }
    else if (ch === '⟧') { assert.notEqual(open, -1, 'unopened mark'); ranges.push([open, text.length]); open = -1; }
    else text += ch;
  }
  assert.equal(open, -1, 'unclosed mark');
  return { text, ranges };
}

function checkValue(m: DateMention, want: Want, where: string): void {
  if (typeof want !== 'string') return checkHijri(m, want, where);
  assert.equal(m.calendar, 'gregorian', `${where}: calendar`);
  const yearless = /^--(\d\d)(?:-(\d\d))?$/.exec(want);
  if (yearless) {
    const expected = yearless[2] ? { month: +yearless[1], day: +yearless[2] } : { month: +yearless[1] };
    assert.deepEqual(m.yearless, expected, `${where}: yearless`);
    assert.equal(m.spans.length, 0, `${where}: a yearless mention has no spans`);
    return;
  }
  assert.equal(m.yearless, undefined, `${where}: unexpected yearless`);
  const readings = want.split('|').map(interval);
  const got = m.spans.map(s => ({ lo: s.lo, hi: s.hi, precision: s.precision }));
  const key = (s: { lo: number; hi: number; precision: string }) => `${s.lo}:${s.hi}:${s.precision}`;
  assert.deepEqual(got.map(key).sort(), readings.map(key).sort(),
    `${where}: got ${m.spans.map(show).join(' | ')}, want ${want}`);
}

function checkHijri(m: DateMention, want: HijriWant, where: string): void {
  assert.equal(m.calendar, 'hijri', `${where}: calendar`);
  assert.ok(m.spans.length >= 1, `${where}: spans`);
  const inside = (iso: string) => { const d = interval(iso).lo; return m.spans.some(s => s.lo <= d && d <= s.hi); };
  for (const iso of want.hijri) assert.ok(inside(iso), `${where}: ${iso} should fall in ${m.spans.map(show).join(' | ')}`);
  for (const iso of want.not) assert.ok(!inside(iso), `${where}: ${iso} should not fall in ${m.spans.map(show).join(' | ')}`);
}

function checkRow(row: DateRow, langs: ReadonlySet<'ar' | 'en'>): void {
  const { text, ranges } = unmark(row.text);
  assert.equal(ranges.length, row.want.length, 'table error: one want per mark');
  const found = findDates(text, langs);
  assert.deepEqual(
    found.map(m => text.slice(m.start, m.end)),
    ranges.map(([s, e]) => text.slice(s, e)),
    'mentions found');
  assert.deepEqual(found.map(m => [m.start, m.end]), ranges, 'offsets');
  found.forEach((m, i) => checkValue(m, row.want[i], `"${text.slice(m.start, m.end)}"`));
}

suite('findDates: phrase table', () => {
  for (const row of ROWS) {
    test(`[${row.lang}] ${row.text}`, () => {
      checkRow(row, new Set([row.lang]));
      // Articles with a few Latin words run both rule sets: the result must not change.
      checkRow(row, new Set(['ar', 'en']));
    });
  }

  test('the table is large enough and about half Arabic', () => {
    const ar = ROWS.filter(r => r.lang === 'ar').length, en = ROWS.length - ar;
    assert.ok(ROWS.length >= 120, `${ROWS.length} rows`);
    assert.ok(ar >= ROWS.length * 0.4 && en >= ROWS.length * 0.4, `${ar} Arabic, ${en} English`);
    assert.ok(ROWS.some(r => r.want.length === 0 && r.lang === 'ar') && ROWS.some(r => r.want.length === 0 && r.lang === 'en'));
  });
});

suite('findDates: offsets', () => {
  test('offsets are into the original text when diacritics, tatweel and marks are folded away', () => {
    const text = 'قَالَ الوزيرُ إنَّ الاجتماعَ عُقدَ في شـبـاط ٢٠١٦ م.';
    const [m] = findDates(text, new Set(['ar']));
    assert.equal(text.slice(m.start, m.end), 'شـبـاط ٢٠١٦ م');
  });

  test('a trailing tatweel belongs to the era marker', () => {
    const text = 'في رمضان ١٤٣٥ هـ، أعلن';
    const [m] = findDates(text, new Set(['ar']));
    assert.equal(text.slice(m.start, m.end), 'رمضان ١٤٣٥ هـ');
  });

  test('a range (from, to) reports offsets into the whole text', () => {
    const text = 'Intro. The meeting was in March 2014. Outro in 2015.';
    const from = text.indexOf('The'), to = text.indexOf(' Outro');
    const found = findDates(text, new Set(['en']), from, to);
    assert.deepEqual(found.map(m => text.slice(m.start, m.end)), ['March 2014']);
  });

  test('surrogate pairs before a date do not shift it', () => {
    const text = '🎉🎉 In 2013 and March 2014';
    assert.deepEqual(findDates(text, new Set(['en'])).map(m => text.slice(m.start, m.end)), ['2013', 'March 2014']);
  });
});

suite('findDates: no catastrophic backtracking', () => {
  // Each input is ~60 000 characters; a pattern that backtracks quadratically takes seconds here
  // (a month name before a long run of blanks did, before whitespace was squeezed).
  const inputs: Record<string, string> = {
    'blanks after a month': 'آذار' + ' '.repeat(60_000) + 'x',
    'blanks after a cue': 'in' + ' \n'.repeat(30_000) + 'x',
    'digits': '1'.repeat(60_000),
    'year lists': '2013 و'.repeat(10_000),
    'month pairs': 'آذار/ '.repeat(10_000),
    'ordinals': 'الحادي والعشرين من '.repeat(3_000),
    'slashes and dashes': '9/8-'.repeat(15_000),
  };
  for (const [name, text] of Object.entries(inputs)) {
    test(name, () => {
      const t = Date.now();
      findDates(text, new Set(['ar', 'en']));
      assert.ok(Date.now() - t < 1500, `${Date.now() - t} ms`);
    });
  }
});

suite('parseIsoDate', () => {
  const cases: [unknown, string | undefined][] = [
    ['2013', '2013'], [2013, '2013'], ['2013-08', '2013-08'], ['2013-08-09', '2013-08-09'],
    [' 2013-08-09 ', '2013-08-09'], ['2012-02-29', '2012-02-29'], [new Date(Date.UTC(2013, 7, 9)), '2013-08-09'],
    ['2013/2015', '2013/2015'], ['2013-08/2014-03-02', '2013-08/2014-03-02'], ['2013-08-09/2013-08-09', '2013-08-09/2013-08-09'],
    ['2013-02-30', undefined], ['2013-02-29', undefined], ['2013-13', undefined], ['2013-00', undefined],
    ['2013-04-31', undefined], ['13', undefined], ['2013-08-09T10:00', undefined], ['August 2013', undefined],
    ['', undefined], [null, undefined], [undefined, undefined], [2013.5, undefined], ['2013/2015/2017', undefined],
    ['2013/', undefined], ['2015/2013', undefined], ['2013-08-09/2013-08-01', undefined],
  ];
  for (const [input, want] of cases) {
    test(`${JSON.stringify(input) ?? String(input)} -> ${want ?? 'invalid'}`, () => {
      const span = parseIsoDate(input);
      if (want === undefined) return assert.equal(span, undefined);
      assert.ok(span);
      const w = interval(want);
      assert.deepEqual({ lo: span.lo, hi: span.hi, precision: span.precision }, w);
    });
  }
});

suite('agrees', () => {
  const mention = (iso: string): DateMention => {
    const m = /^--(\d\d)(?:-(\d\d))?$/.exec(iso);
    if (m) return { start: 0, end: 0, spans: [], calendar: 'gregorian', yearless: { month: +m[1], day: m[2] ? +m[2] : undefined } };
    return { start: 0, end: 0, spans: [interval(iso) as DateSpan], calendar: 'gregorian' };
  };
  const date = (iso: string) => interval(iso) as DateSpan;
  const cases: [string, string, boolean][] = [
    ['2013', '2013-08-09', true], ['2013-08-09', '2013', true], ['2014', '2013-08-09', false],
    ['2013-08', '2013-08-09', true], ['2013-08-09', '2013-08', true], ['2013-09', '2013-08-09', false],
    ['2013-08-31', '2013-09', false], ['2013-08-08', '2013-08-09', false],
    ['2013/2015', '2014-06', true], ['2013/2015', '2016', false], ['2015-12-31', '2013/2015', true],
    ['2012/2013', '2013-06/2014', true], ['2010/2012', '2013/2014', false],
    ['--08-09', '2013-08-09', true], ['--08-09', '2013-08-10', false], ['--08-09', '2013', true],
    ['--08-09', '2013-08', true], ['--08-09', '2013-09', false], ['--08-09', '2013/2015', true],
    ['--02-29', '2013', false], ['--02-29', '2012', true], ['--08', '2013-08-20', true], ['--08', '2013-07', false],
  ];
  for (const [m, d, want] of cases) {
    test(`${m} ${want ? 'agrees' : 'does not agree'} with ${d}`, () => assert.equal(agrees(mention(m), date(d)), want));
  }
  test('a mention with two readings agrees with either', () => {
    const m: DateMention = { start: 0, end: 0, spans: [date('2013-08-09'), date('2013-09-08')], calendar: 'gregorian' };
    assert.ok(agrees(m, date('2013-09-08')));
    assert.ok(agrees(m, date('2013-08')));
    assert.ok(!agrees(m, date('2013-10')));
  });
  test('a Hijri mention agrees with the Gregorian day it falls on', () => {
    const [m] = findDates('في رمضان 1435 هـ', new Set(['ar']));
    assert.ok(agrees(m, date('2014-07-10')));
    assert.ok(!agrees(m, date('2014-09-10')));
  });
});
