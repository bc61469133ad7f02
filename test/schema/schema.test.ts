/** The register's JSON Schema (schemas/claims.schema.json), checked with a real validator against real registers and broken ones. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { allFindings, loadRegister } from '../../server/out/engine/index.js';
import { REPO, SEED } from '../protocol/workspace';

const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'claims.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function check(yamlText: string): string[] {
  const ok = validate(parse(yamlText));
  return ok ? [] : (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

test('the schema is draft-07 and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
});

for (const [name, file] of [['examples/claims.yaml', path.join(REPO, 'examples', 'claims.yaml')], ['the seed register', path.join(SEED, 'claims.yaml')]]) {
  test(`${name} is valid`, () => {
    assert.deepEqual(check(fs.readFileSync(file, 'utf8')), []);
  });
}

const MINIMAL = `version: 1
include: [people.yaml]
entities:
  vienna: { type: place, names: { en: Vienna, ar: [فيينا] } }
  lavrov:
    type: person
    names: [Sergey Lavrov]
    roles:
      - { role: russian-foreign-minister, from: 2004-03-09 }
roles:
  russian-foreign-minister: { names: { en: [Russian foreign minister] } }
claims:
  vienna-2017:
    statement: Lavrov met Tillerson in Vienna.
    date: 2017-12-07/2017-12-08
    place: vienna
    participants: lavrov
    status: false
    reviewed: { by: desk, on: 2018 }
    source: [{ name: OSCE, url: "https://osce.org" }, { name: Reuters }]
    tags: [diplomacy]
`;

/** The engine's findings on a register text (its include is an empty register). */
function engine(yamlText: string): string[] {
  const files: Record<string, string> = { '/ws/claims.yaml': yamlText, '/ws/people.yaml': 'version: 1\n' };
  const reg = loadRegister('/ws/claims.yaml', { read: f => files[f], resolve: (_, rel) => `/ws/${rel}`, allowed: () => true });
  return allFindings(reg).flatMap(f => f.findings).map(f => `${f.severity} ${f.code} ${f.message}`);
}

test('a small register with every shape the engine accepts is valid (year dates, lists or single values, status: false)', () => {
  assert.deepEqual(engine(MINIMAL), [], 'the engine accepts it too');
  assert.deepEqual(check(MINIMAL), []);
});

test('a bad status, an unknown key, a bad entity type, a malformed date and a non-kebab id fail validation', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['    status: false\n', '    status: confirmed\n', /\/claims\/vienna-2017\/status must be equal to one of the allowed values/],
    ['    tags: [diplomacy]\n', '    tags: [diplomacy]\n    author: desk\n', /\/claims\/vienna-2017 must NOT have additional properties .*"author"/],
    ['type: place', 'type: city', /\/entities\/vienna\/type must be equal to one of the allowed values/],
    ['date: 2017-12-07/2017-12-08', 'date: 7 December 2017', /\/claims\/vienna-2017\/date/],
    ['  vienna-2017:', '  Vienna 2017:', /\/claims must match pattern/],
    ['version: 1', 'version: 2', /\/version must be equal to constant/],
    ['reviewed: { by: desk, on: 2018 }', 'reviewed: { by: desk, at: 2018 }', /\/reviewed must NOT have additional properties/],
    ['roles:\n  russian', 'offices:\n  russian', /must NOT have additional properties .*"offices"/],
  ];
  for (const [from, to, expected] of cases) {
    assert.ok(MINIMAL.includes(from), from);
    const errors = check(MINIMAL.replace(from, to));
    assert.ok(errors.some(e => expected.test(e)), `${to.trim()}: ${errors.join('\n')}`);
    assert.ok(engine(MINIMAL.replace(from, to)).some(f => /^(error|warning) schema /.test(f)), `the engine reports ${to.trim()} too`);
  }
});
