import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, loadRegister } from '../../server/out/engine/index.js';
import { strip } from '../helpers/markers';
import { fsHost, REPO } from '../helpers/repo';
import { PROSE_CASES } from './prose.cases';

const registerPath = path.join(REPO, 'test', 'fixtures', 'prose', 'register.yaml');
const register = loadRegister(registerPath, fsHost(path.dirname(registerPath)));

describe('reading news prose', () => {
  test('the register is clean', () => assert.deepEqual(register.findings.get(registerPath), []));
  for (const c of PROSE_CASES) {
    test(c.name, () => {
      const lang = c.lang ?? (/[\u0600-\u06FF]/.test(c.article) ? 'ar' : 'en');
      const front = `---\nlang: ${lang}\npublished: ${c.published ?? '2018-01-17'}\n---\n`;
      const { text, expected } = strip(front + c.article);
      const { findings } = checkArticle(text, register);
      const got = findings.filter(f => !c.only || c.only.includes(f.code)).map(f => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start, end: f.end }));
      assert.deepEqual(got, expected.map(e => ({ code: e.code, text: e.text, start: e.start, end: e.end })),
        findings.map(f => `  ${f.code} ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`).join('\n'));
    });
  }
});
