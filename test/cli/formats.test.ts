/** Output formats, each validated for real: SARIF against the 2.1.0 schema, JUnit as XML, GitHub commands against their grammar. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CODES } from '../../server/out/engine/index.js';
import { ARTICLE, cc, FIXTURES, REGISTER, tree } from './run';

const sarifSchema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));

function sarifValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // Formats the schema uses, checked strictly enough to catch a malformed value.
  ajv.addFormat('uri', s => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', s => !/\s/.test(s));
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  ajv.addFormat('uuid', s => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s));
  const validate = ajv.compile(sarifSchema);
  /** The schema errors, or '' when the log is valid. */
  return (log: object): string => (validate(log) ? '' : JSON.stringify(validate.errors, null, 1));
}

/** A workspace with findings in articles (one in Arabic, with a line break and special characters in messages) and in the register. */
function workspace(): string {
  return tree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'claims.yaml': REGISTER + '  bad-entry:\n    statement: { en: x }\n    place: atlantis\n    status: verified\n',
    'articles/en/meetings.md': ARTICLE,
    'articles/ar/لقاء.md': '---\nlang: ar\npublished: 2018-01-20\n---\n\nعقد آخر لقاء في واشنطن في عام 2012.\n\n```claim\nref: last-meeting\n```\n',
    'articles/clean.md': 'Nothing to check here.\n',
  });
}

describe('--format sarif', () => {
  test('validates against the SARIF 2.1.0 JSON Schema, with one rule per check code and help text', () => {
    const ws = workspace();
    const r = cc(['--format', 'sarif', '--level', 'hint'], ws);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(sarifValidator()(log), '');
    const run = log.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), [...CODES]);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.help.text.length > 20 && rule.shortDescription.text.length > 10, rule.id);
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
    }
    const uris = new Set(run.results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.ok(uris.has('articles/en/meetings.md'));
    assert.ok(uris.has(`articles/ar/${encodeURIComponent('لقاء')}.md`), 'non-ASCII paths are percent-encoded');
    assert.ok(uris.has('claims.yaml'), 'findings in the register file are reported too');
    for (const res of run.results) {
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.match(res.partialFingerprints['claimcheck/v1'], /^[0-9a-f]{32}$/);
    }
    const fp = run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['claimcheck/v1']);
    assert.equal(new Set(fp).size, fp.length, 'fingerprints are unique');
    const unknown = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-ref');
    assert.equal(unknown.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'last-meeting');
    const region = unknown.locations[0].physicalLocation.region;
    assert.deepEqual([region.startLine, region.startColumn, region.snippet.text], [13, 6, 'last-meetin']);
  });

  test('partialFingerprints survive lines added above, and change with the finding', () => {
    const ws = workspace();
    const fps = () => {
      const log = JSON.parse(cc(['articles/en', '--format', 'sarif'], ws).stdout);
      return new Map(log.runs[0].results.filter((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri !== 'claims.yaml').map((x: { ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
        [x.partialFingerprints['claimcheck/v1'], { rule: x.ruleId, line: x.locations[0].physicalLocation.region.startLine }]));
    };
    const before = fps();
    const file = path.join(ws, 'articles/en/meetings.md');
    fs.writeFileSync(file, ARTICLE.replace('# Meetings\n', '# Meetings\n\nA new first paragraph.\n\nAnd a second one.\n'));
    const after = fps();
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [k, v] of after) assert.equal((v as { line: number }).line, (before.get(k) as { line: number }).line + 4);
    fs.writeFileSync(file, ARTICLE.replace('ref: last-meetin', 'ref: last-meetng'));
    const changed = fps();
    assert.equal([...changed.keys()].filter(k => !before.has(k)).length, 1, 'only the changed finding gets a new fingerprint');
  });

  test('merge-sarif joins the shards into one valid run with every result', () => {
    const ws = workspace();
    const all = JSON.parse(cc(['--format', 'sarif', '--level', 'hint'], ws).stdout);
    const files: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = cc(['--format', 'sarif', '--level', 'hint', '--shard', `${i}/3`], ws);
      const f = path.join(ws, `shard${i}.sarif`);
      fs.writeFileSync(f, r.stdout);
      files.push(`shard${i}.sarif`);
    }
    const r = cc(['merge-sarif', ...files], ws);
    assert.equal(r.status, 0, r.stderr);
    const merged = JSON.parse(r.stdout);
    assert.equal(sarifValidator()(merged), '');
    assert.equal(merged.runs.length, 1);
    const key = (x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['claimcheck/v1'];
    assert.deepEqual(merged.runs[0].results.map(key).sort(), all.runs[0].results.map(key).sort());
    for (const res of merged.runs[0].results) assert.equal(merged.runs[0].tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.equal(cc(['merge-sarif', 'nope.sarif'], ws).status, 2);
    fs.writeFileSync(path.join(ws, 'x.json'), '{"version":"1.0"}');
    assert.equal(cc(['merge-sarif', 'x.json'], ws).status, 2);
  });
});

describe('--format junit', () => {
  test('is well-formed XML: one test suite, one test case per file, failures for errors and warnings', () => {
    const ws = workspace();
    const r = cc(['--format', 'junit', '--level', 'hint'], ws);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: name => name === 'testcase' || name === 'testsuite' }).parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    assert.equal(suites.length, 1);
    const cases = suites[0].testcase as Array<Record<string, unknown> & { failure?: { '@message': string; '#text': string } }>;
    const byName = new Map(cases.map(c => [c['@name'], c]));
    assert.deepEqual([...byName.keys()].sort(), ['articles/ar/لقاء.md', 'articles/clean.md', 'articles/en/meetings.md', 'claims.yaml']);
    assert.equal(Number(suites[0]['@tests']), 4);
    assert.equal(Number(suites[0]['@failures']), cases.filter(c => c.failure).length);
    assert.equal(byName.get('articles/clean.md')!.failure, undefined);
    const meetings = byName.get('articles/en/meetings.md')!;
    assert.match(meetings.failure!['@message'], /^3 errors, 1 warning$/);
    assert.match(meetings.failure!['#text'], /articles\/en\/meetings\.md:13:6: error unknown-ref No claim "last-meetin"/);
    assert.ok(byName.get('claims.yaml')!.failure, 'the register file is a test case too');
    assert.match(String(byName.get('articles/ar/لقاء.md')!.failure!['#text']), /date-mismatch "2012"/);
  });
});

describe('--format github', () => {
  // GitHub's documented grammar: ::COMMAND key=value,key=value::MESSAGE, where values escape % \r \n : ,
  // and the message escapes % \r \n.
  const VALUE = '(?:[^%\\r\\n:,]|%25|%0D|%0A|%3A|%2C)*';
  const COMMAND = new RegExp(`^::(error|warning|notice) file=(${VALUE}),line=(\\d+),col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=(${VALUE})::((?:[^%\\r\\n]|%25|%0D|%0A)*)$`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

  test('every line is a workflow command of the documented grammar, with exact positions', () => {
    const ws = workspace();
    const summary = path.join(tree({}), 'summary.md');
    const r = cc(['--format', 'github', '--level', 'hint'], ws, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(r.status, 1);
    const json = JSON.parse(cc(['--format', 'json', '--level', 'hint'], ws).stdout);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, json.summary.errors + json.summary.warnings + json.summary.infos + json.summary.hints);
    for (const l of lines) assert.match(l, COMMAND);
    const first = COMMAND.exec(lines.find(l => l.includes('unknown-ref'))!)!;
    assert.deepEqual(first.slice(1, 7), ['error', 'articles/en/meetings.md', '13', '6', '13', '16']);
    assert.equal(unescape(first[7]), 'claimcheck unknown-ref');
    const md = fs.readFileSync(summary, 'utf8');
    assert.match(md, /^## Claimcheck/);
    assert.equal(md.split('\n').filter(l => /^\| (error|warning|info|hint) \|/.test(l)).length, lines.length, 'the step summary lists every finding');
  });

  test('escapes % \\r \\n in messages and also : , in properties', () => {
    const reg = REGISTER.replace('  never-reviewed:', '  "odd:id,100%":\n    statement: { en: x }\n    status: verified\n  never-reviewed:');
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': reg, 'a,b:c%.md': 'A meeting in 2016.\n\n```claim\nref: "odd:id,100%x"\n```\n' });
    const r = cc(['--format', 'github'], ws);
    const line = r.stdout.split('\n').find(l => l.includes('unknown-ref'))!;
    const m = COMMAND.exec(line);
    assert.ok(m, line);
    assert.equal(m![2], 'a%2Cb%3Ac%25.md');
    assert.equal(unescape(m![2]), 'a,b:c%.md');
    assert.ok(m![8].includes('odd:id,100%25x'), m![8]);
  });

  test('more than 10 errors: the annotations are all printed and the summary has every one', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Para ${i}.\n\n\`\`\`claim\nref: missing-${i}\n\`\`\`\n`).join('\n');
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'many.md': body });
    const summary = path.join(tree({}), 'summary.md');
    const r = cc(['--format', 'github'], ws, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(r.stdout.trimEnd().split('\n').length, 12);
    const md = fs.readFileSync(summary, 'utf8');
    for (let i = 0; i < 12; i++) assert.ok(md.includes(`missing-${i}`), `row ${i}`);
    assert.match(md, /at most 10 errors/);
  });
});

describe('--format json', () => {
  test('keeps the SPEC §4 shape (no internal fields) and reports the register file', () => {
    const r = cc(['--format', 'json'], workspace());
    const out = JSON.parse(r.stdout);
    for (const f of out.files) for (const d of f.diagnostics) assert.deepEqual(Object.keys(d).filter(k => !['code', 'severity', 'message', 'ref', 'range'].includes(k)), []);
    assert.ok(out.files.some((f: { path: string; diagnostics: unknown[] }) => f.path === 'claims.yaml' && f.diagnostics.length));
  });
});
