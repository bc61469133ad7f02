/** .claimcheck.yaml: discovery, precedence (flag > config file > defaults), include/exclude globs, and its JSON Schema. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { CODES } from '../../server/out/engine/index.js';
import { CONFIG_KEYS } from '../../server/out/cli/config.js';
import { globToRegExp } from '../../server/out/cli/glob.js';
import { REPO } from '../helpers/repo';
import { ARTICLE, cc, REGISTER, tree } from './run';

const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'claimcheck-config.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

type Json = { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string }> }>; summary: { errors: number; warnings: number; infos: number } };
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Json;
const codes = (r: { stdout: string }) => json(r).files.flatMap(f => f.diagnostics.map(d => `${d.code}/${d.severity}`));

const WRONG_YEAR = 'The last meeting was held in Washington in 2012.\n\n```claim\nref: last-meeting\n```\n\nA claim not in the register yet.\n\n```claim\ndate: 2016\n```\n';

describe('.claimcheck.yaml', () => {
  test('is found upwards from the working directory to the repository root, not above it', () => {
    const ws = tree({
      '.claimcheck.yaml': 'level: error\n', // above the repository: ignored
      'repo/.git/HEAD': 'x',
      'repo/.claimcheck.yaml': 'severity:\n  date-mismatch: warning\n',
      'repo/claims.yaml': REGISTER,
      'repo/desk/a.md': WRONG_YEAR,
    });
    const r = cc(['.', '--format', 'json'], path.join(ws, 'repo', 'desk'));
    assert.equal(r.status, 0, 'the repository config (date-mismatch: warning) applies from a subfolder');
    assert.ok(codes(r).includes('date-mismatch/warning'));
    fs.unlinkSync(path.join(ws, 'repo/.claimcheck.yaml'));
    const r2 = cc(['.', '--format', 'json'], path.join(ws, 'repo', 'desk'));
    assert.ok(codes(r2).includes('date-mismatch/error'), 'the config above the repository root is not read');
    assert.ok(!codes(r2).some(c => c.endsWith('/info')), 'default level (warning)');
  });

  test('precedence: flag > config file > defaults, for level, severity and register', () => {
    const ws = tree({
      '.git/HEAD': 'x',
      '.claimcheck.yaml': 'level: info\nstaleReviewDays: 0\nseverity:\n  date-mismatch: warning\n  unregistered: warning\nregister: registers/alt.yaml\n',
      'claims.yaml': REGISTER,
      'registers/alt.yaml': REGISTER.replace('date: 2013-08-09', 'date: 2012-08-09'),
      'a.md': WRONG_YEAR,
      'b.md': '---\nregister: claims.yaml\n---\n' + WRONG_YEAR,
    });
    // Config: the alternative register (2012) makes a.md correct; unregistered raised to warning; level info.
    const fromConfig = json(cc(['a.md', '--format', 'json'], ws));
    const a = fromConfig.files.find(f => f.path === 'a.md')!;
    assert.deepEqual(a.diagnostics.map(d => `${d.code}/${d.severity}`), ['unregistered/warning']);
    // Front matter `register:` still wins over the config file.
    assert.ok(codes(cc(['b.md', '--format', 'json'], ws)).includes('date-mismatch/warning'));
    // Flags win over the config.
    const flags = cc(['a.md', '--format', 'json', '--register', 'claims.yaml', '--severity', 'date-mismatch=error', '--level', 'error'], ws);
    assert.equal(flags.status, 1);
    assert.deepEqual(codes(flags), ['date-mismatch/error']);
    // Per code: a flag for one code keeps the config's other codes.
    assert.ok(codes(cc(['a.md', '--format', 'json', '--register', 'claims.yaml', '--severity', 'date-mismatch=info'], ws)).includes('unregistered/warning'));
    // --no-config: the defaults.
    const defaults = cc(['a.md', '--format', 'json', '--no-config'], ws);
    assert.deepEqual(codes(defaults), ['date-mismatch/error']);
    // --config FILE: another file.
    fs.writeFileSync(path.join(ws, 'strict.yaml'), 'level: hint\n');
    assert.ok(codes(cc(['a.md', '--format', 'json', '--config', 'strict.yaml'], ws)).includes('unregistered/info'));
  });

  test('staleReviewDays: a claim reviewed longer ago than the policy gets stale-review (info)', () => {
    const reviewed = REGISTER.replace('date: 2013-08-09', 'date: 2013-08-09\n    reviewed: { by: desk, on: 2000-01-01 }');
    assert.notEqual(reviewed, REGISTER);
    const ws = tree({ '.git/HEAD': 'x', '.claimcheck.yaml': 'level: info\nstaleReviewDays: 30\n', 'claims.yaml': reviewed, 'a.md': WRONG_YEAR });
    assert.ok(codes(cc(['a.md', '--format', 'json'], ws)).includes('stale-review/info'));
    fs.writeFileSync(path.join(ws, '.claimcheck.yaml'), 'level: info\nstaleReviewDays: 0\n');
    assert.ok(!codes(cc(['a.md', '--format', 'json'], ws)).includes('stale-review/info'), '0 turns the check off');
  });

  test('include and exclude globs select the articles, also those named on the command line', () => {
    const ws = tree({
      '.git/HEAD': 'x',
      '.claimcheck.yaml': 'include: ["articles/**", "desk/*.md"]\nexclude:\n  - "**/drafts/**"\n  - "*.wip.md"\n',
      'claims.yaml': REGISTER,
      'articles/a.md': 'x\n', 'articles/b.wip.md': 'x\n', 'articles/drafts/c.md': 'x\n', 'articles/deep/er/d.md': 'x\n',
      'desk/e.md': 'x\n', 'desk/sub/f.md': 'x\n', 'README.md': 'x\n',
    });
    const paths = (args: string[]) => json(cc([...args, '--format', 'json'], ws)).files.map(f => f.path).filter(p => p.endsWith('.md')).sort();
    assert.deepEqual(paths([]), ['articles/a.md', 'articles/deep/er/d.md', 'desk/e.md']);
    assert.deepEqual(paths(['README.md', 'articles/b.wip.md', 'articles/a.md']), ['articles/a.md']);
  });

  test('an invalid config file is exit 2 with its message, and the JSON Schema rejects the same files', () => {
    const bad: Record<string, string> = {
      'unknown key': 'levels: error\n',
      'bad level': 'level: loud\n',
      'bad code': 'severity:\n  no-such-check: off\n',
      'bad severity': 'severity:\n  date-mismatch: fatal\n',
      'bad days': 'staleReviewDays: -3\n',
      'bad locale': 'locale: fr\n',
      'bad register': 'register: 3\n',
      'bad globs': 'exclude: { a: 1 }\n',
      'not a mapping': '- a\n- b\n',
    };
    for (const [name, text] of Object.entries(bad)) {
      const ws = tree({ '.git/HEAD': 'x', '.claimcheck.yaml': text, 'claims.yaml': REGISTER, 'a.md': 'x\n' });
      const r = cc([], ws);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /\.claimcheck\.yaml/, name);
      assert.equal(validate(parseYaml(text)), false, `${name}: the schema must reject it too`);
    }
    const good = 'register: [claims.yaml]\nlevel: info\nlocale: ar\nstaleReviewDays: 90\nseverity: { date-mismatch: warning, unlinked-claim: off }\ninclude: "**/*.md"\nexclude: [drafts]\n';
    assert.ok(validate(parseYaml(good)), JSON.stringify(validate.errors));
    const ws = tree({ '.git/HEAD': 'x', '.claimcheck.yaml': good, 'claims.yaml': REGISTER, 'a.md': 'x\n' });
    assert.equal(cc([], ws).status, 0);
    const missing = tree({ '.git/HEAD': 'x', '.claimcheck.yaml': 'register: nope.yaml\n', 'a.md': 'x\n' });
    assert.equal(cc([], missing).status, 2);
  });

  test('the schema lists every check code', () => {
    assert.deepEqual([...schema.properties.severity.propertyNames.enum].sort(), [...CODES].sort());
  });

  test('the schema lists every key the reader accepts', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
  });
});

describe('glob patterns', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.md', 'a.md', true], ['*.md', 'x/y/a.md', true], ['*.md', 'a.markdown', false],
    ['drafts', 'drafts/a.md', true], ['drafts', 'x/drafts/a.md', true], ['drafts/', 'drafts/a/b.md', true],
    ['articles/*.md', 'articles/a.md', true], ['articles/*.md', 'articles/x/a.md', false], ['articles/*.md', 'x/articles/a.md', false],
    ['articles/**', 'articles/x/y/a.md', true], ['**/drafts/**', 'drafts/a.md', true], ['**/drafts/**', 'a/drafts/b/c.md', true],
    ['a/**/b.md', 'a/b.md', true], ['a/**/b.md', 'a/x/y/b.md', true], ['a/**/b.md', 'ab.md', false],
    ['story-?.md', 'story-1.md', true], ['story-?.md', 'story-12.md', false], ['story-[0-4].md', 'story-3.md', true], ['story-[!0-4].md', 'story-3.md', false],
    ['{ar,en}/*.md', 'ar/x.md', true], ['{ar,en}/*.md', 'fr/x.md', false], ['./ar/*.md', 'ar/x.md', true],
    ['a.b.md', 'aXb.md', false], ['أخبار/*.md', 'أخبار/خبر.md', true],
  ];
  for (const [pattern, p, expected] of cases) {
    test(`${pattern} ${expected ? 'matches' : 'does not match'} ${p}`, () => assert.equal(globToRegExp(pattern).test(p), expected));
  }
});
