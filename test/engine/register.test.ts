import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadRegister } from '../../server/out/engine/index.js';
import { strip } from '../helpers/markers';
import { fsHost, tempTree } from '../helpers/repo';
import { REGISTER_CASES } from './register.cases';

describe('loadRegister', () => {
  for (const c of REGISTER_CASES) {
    test(c.name, () => {
      const outer = tempTree(c.outside ?? {});
      const root = path.join(outer, 'ws');
      const expected = new Map<string, ReturnType<typeof strip>>();
      for (const [rel, marked] of Object.entries(c.files)) {
        const s = strip(marked);
        expected.set(path.join(root, rel), s);
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), s.text);
      }
      const rootFile = path.join(root, Object.keys(c.files)[0]);
      const reg = loadRegister(rootFile, fsHost(root));
      for (const [file, { text, expected: want }] of expected) {
        const got = (reg.findings.get(file) ?? []).map(f => ({ code: f.code, text: text.slice(f.start, f.end) }));
        assert.deepEqual(
          got.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text)),
          want.map(w => ({ code: w.code, text: w.text })),
          `${path.basename(file)}:\n${(reg.findings.get(file) ?? []).map(f => `  ${f.code}: ${f.message}`).join('\n')}`,
        );
      }
    });
  }

  test('names, roles and claims are read with their values', () => {
    const root = tempTree({ 'claims.yaml': 'version: 1\nentities:\n  huntsman:\n    type: person\n    names: { en: [Jon Huntsman, Huntsman], ar: [جون هانتسمان] }\n    roles: [{ role: amb, from: 2017-10-03, to: 2019-10-03 }]\nroles:\n  amb: { names: { en: [US ambassador to Russia] } }\nclaims:\n  c1:\n    speaker: huntsman\n    date: 2018-01\n    quote: { en: "We are trying." }\n    status: disputed\n    reviewed: { by: desk, on: 2018-01-17 }\n' });
    const reg = loadRegister(path.join(root, 'claims.yaml'), fsHost(root));
    const h = reg.entities.get('huntsman')!;
    assert.deepEqual(h.names.get('ar'), ['جون هانتسمان']);
    assert.equal(h.roles[0].role, 'amb');
    const c = reg.claims.get('c1')!;
    assert.equal(c.status, 'disputed');
    assert.equal(c.speaker, 'huntsman');
    assert.equal(c.quote.get('en'), 'We are trying.');
    assert.equal(c.reviewed?.by, 'desk');
    assert.equal(c.dateText, '2018-01');
  });
});
