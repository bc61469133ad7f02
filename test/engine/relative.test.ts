import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, findRelativeDates, loadRegister, parseIsoDate } from '../../server/out/engine/index.js';
import { fsHost, REPO } from '../helpers/repo';
import { strip } from '../helpers/markers';
import { CHECKS, ROWS } from './relative.cases';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const OPEN = parseIsoDate('0001-01-01')!.lo;
const reading = (s: { lo: number; hi: number }) =>
  s.lo === s.hi ? iso(s.lo) : `${s.lo <= OPEN ? '*' : iso(s.lo)}/${iso(s.hi)}`;

/** Row text with ⟦…⟧ marks -> clean text and the marked ranges. */
function marks(marked: string): { text: string; ranges: Array<{ start: number; end: number; text: string }> } {
  let text = '';
  let last = 0;
  const ranges: Array<{ start: number; end: number; text: string }> = [];
  for (const m of marked.matchAll(/⟦([^⟧]*)⟧/g)) {
    text += marked.slice(last, m.index);
    ranges.push({ start: text.length, end: text.length + m[1].length, text: m[1] });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), ranges };
}

describe('findRelativeDates', () => {
  test('the table has at least 30 rows per language', () => {
    assert.ok(ROWS.filter(r => r.lang === 'ar').length >= 30);
    assert.ok(ROWS.filter(r => r.lang === 'en').length >= 30);
  });
  for (const row of ROWS) {
    test(`${row.lang} ${row.published}: ${row.text}`, () => {
      const { text, ranges } = marks(row.text);
      assert.equal(ranges.length, row.want.length, 'one value per mark');
      const found = findRelativeDates(text, new Set([row.lang]), parseIsoDate(row.published)!);
      const got = found.map(m => ({
        text: text.slice(m.start, m.end),
        value: (m.kind === 'elapsed' ? 'ago ' : '') + m.spans.map(reading).join(' | '),
      }));
      const want = ranges.map((r, i) => ({ text: r.text, value: row.want[i] }));
      assert.deepEqual(got, want);
      ranges.forEach((r, i) => assert.deepEqual([found[i].start, found[i].end], [r.start, r.end], 'range'));
    });
  }
});

const registerPath = path.join(REPO, 'test', 'fixtures', 'relative', 'register.yaml');
const register = loadRegister(registerPath, fsHost(path.dirname(registerPath)));
const CODES = new Set(['relative-date-mismatch', 'elapsed-mismatch']);

describe('relative-date-mismatch and elapsed-mismatch', () => {
  test('the test register is clean', () => {
    assert.deepEqual(register.findings.get(registerPath), []);
  });
  for (const c of CHECKS) {
    test(c.name, () => {
      const { text, expected } = strip(c.article);
      const findings = checkArticle(text, register).findings.filter(f => CODES.has(f.code));
      const show = findings.map(f => `  ${f.code} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`).join('\n');
      assert.deepEqual(
        findings.map(f => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start, end: f.end })),
        expected.map(e => ({ code: e.code, text: e.text, start: e.start, end: e.end })),
        `findings:\n${show}`,
      );
      expected.forEach((e, i) => { if (e.severity) assert.equal(findings[i].severity, e.severity, `severity of ${e.code}`); });
      if (c.message !== undefined) assert.equal(findings[0].message, c.message);
      if (c.fix !== undefined) assert.equal(findings[0].fix?.newText ?? null, c.fix);
      if (c.fix) assert.equal(text.slice(findings[0].fix!.start, findings[0].fix!.end).length > 0, true);
    });
  }
});
