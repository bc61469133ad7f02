import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, loadRegister, parseIsoDate } from '../../server/out/engine/index.js';
import { fsHost, REPO } from '../helpers/repo';
import { strip } from '../helpers/markers';
import { CASES } from './check.cases';

const registerPath = path.join(REPO, 'test', 'fixtures', 'engine', 'newsroom.yaml');
const register = loadRegister(registerPath, fsHost(path.dirname(registerPath)));

describe('checkArticle', () => {
  test('the test register itself is clean', () => {
    assert.deepEqual(register.findings.get(registerPath), []);
  });
  for (const c of CASES) {
    test(c.name, () => {
      const { text, expected } = strip(c.article);
      const review = c.review && { today: parseIsoDate(c.review.today)!.lo, maxAgeDays: c.review.maxAgeDays };
      const { findings } = checkArticle(text, c.register === false ? undefined : register, { severity: c.severity as never, review });
      const got = findings.map(f => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start, end: f.end, severity: f.severity }));
      const want = expected.map(e => ({ code: e.code, text: e.text, start: e.start, end: e.end }));
      assert.deepEqual(got.map(({ severity, ...g }) => g), want, `findings:\n${findings.map(f => `  ${f.code} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`).join('\n')}`);
      expected.forEach((e, i) => { if (e.severity) assert.equal(got[i].severity, e.severity, `severity of ${e.code}`); });
    });
  }
});
