import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { claimcheck, positionOf } from '../helpers/cli';
import { SHARED, tempTree } from '../helpers/repo';

const seed = path.join(SHARED, 'fixtures', 'seed');
const read = (p: string) => fs.readFileSync(p, 'utf8');

/** A newsroom workspace: register at the root, articles below, as a desk would lay it out. */
function workspace(extra: Record<string, string> = {}): string {
  return tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'claims.yaml': read(path.join(seed, 'claims.yaml')),
    'articles/ar/huntsman.md': read(path.join(seed, 'articles', 'huntsman-2plus2.ar.md')),
    'articles/en/huntsman.md': read(path.join(seed, 'articles', 'huntsman-2plus2.en.md')),
    ...extra,
  });
}

describe('claimcheck CLI', () => {
  test('JSON output has the SPEC §4 shape, relative paths and consistent counts', () => {
    const ws = workspace();
    const r = claimcheck(['articles', '--format', 'json', '--level', 'hint'], ws);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const paths = out.files.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths, ['articles/ar/huntsman.md', 'articles/en/huntsman.md', 'claims.yaml']);
    const all = out.files.flatMap((f: { diagnostics: unknown[] }) => f.diagnostics);
    const count = (s: string) => all.filter((d: { severity: string }) => d.severity === s).length;
    assert.deepEqual(out.summary, { files: 3, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') });
    assert.equal(out.summary.errors, 0);
    for (const d of all) {
      assert.deepEqual(Object.keys(d.range), ['start', 'end']);
      assert.ok(typeof d.code === 'string' && typeof d.message === 'string' && ['error', 'warning', 'info', 'hint'].includes(d.severity));
    }
  });

  test('a wrong year fails with exit 1 and an exact 0-based UTF-16 range', () => {
    const bad = read(path.join(seed, 'articles', 'huntsman-2plus2.ar.md')).replace('في عام 2013', 'في عام ٢٠١٢');
    const ws = workspace({ 'articles/ar/huntsman.md': bad });
    const r = claimcheck(['--format', 'json'], ws);
    assert.equal(r.status, 1, r.stderr);
    const file = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'articles/ar/huntsman.md');
    const d = file.diagnostics.find((x: { code: string }) => x.code === 'date-mismatch');
    assert.ok(d, JSON.stringify(file.diagnostics));
    const start = positionOf(bad, '٢٠١٢');
    assert.deepEqual(d.range, { start, end: { line: start.line, character: start.character + 4 } });
    assert.equal(d.ref, 'last-2plus2-meeting');
    assert.match(d.message, /2013-08-09/);
  });

  test('text output is path:line:col: severity code message, 1-based', () => {
    const bad = read(path.join(seed, 'articles', 'huntsman-2plus2.en.md')).replace('in March 2014', 'in March 2015');
    const ws = workspace({ 'articles/en/huntsman.md': bad });
    const r = claimcheck(['articles/en'], ws);
    assert.equal(r.status, 1);
    const p = positionOf(bad, 'March 2015');
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes(`articles/en/huntsman.md:${p.line + 1}:${p.character + 1}: error date-mismatch "March 2015" does not match the date of claim "crimea-accession" (2014-03-18).`), r.stdout);
    for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+: (error|warning|info|hint) [a-z-]+ .+$/);
    assert.match(r.stderr, /claimcheck: 1 error, /);
  });

  test('the register is discovered upwards, and front matter `register:` overrides it', () => {
    const other = 'version: 1\nclaims:\n  last-2plus2-meeting: { date: 2012, status: verified }\n';
    const article = '---\nregister: ../alt/claims.yaml\n---\nThe last meeting was in 2013.\n\n```claim\nref: last-2plus2-meeting\n```\n';
    const ws = workspace({ 'alt/claims.yaml': other, 'drafts/a.md': article });
    const viaFrontMatter = JSON.parse(claimcheck(['drafts', '--format', 'json'], ws).stdout);
    const a = viaFrontMatter.files.find((f: { path: string }) => f.path === 'drafts/a.md');
    assert.equal(a.diagnostics[0]?.code, 'date-mismatch', 'front matter register (2012) must be used');
    const plain = article.replace(/^---[\s\S]*?---\n/, '');
    fs.writeFileSync(path.join(ws, 'drafts', 'a.md'), plain);
    const viaDiscovery = JSON.parse(claimcheck(['drafts', '--format', 'json'], ws).stdout);
    assert.deepEqual(viaDiscovery.files.find((f: { path: string }) => f.path === 'drafts/a.md').diagnostics, [], 'root claims.yaml (2013-08-09) must be used');
  });

  test('--register wins over discovery', () => {
    const ws = workspace({ 'alt/claims.yaml': 'version: 1\nclaims:\n  last-2plus2-meeting: { date: 2012, status: verified }\n' });
    const r = claimcheck(['articles/en', '--register', 'alt/claims.yaml', '--format', 'json'], ws);
    assert.equal(r.status, 1);
    const codes = JSON.parse(r.stdout).files.flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics.map(d => d.code));
    assert.ok(codes.includes('date-mismatch'));
  });

  test('--level and --max-warnings', () => {
    const ws = workspace({ 'articles/en/extra.md': 'Officials met in 2016.\n\n```claim\nref: 2plus2-meeting-2016\nignore: [claim-status]\n```\n\nA new claim.\n\n```claim\ndate: 2016\n```\n' });
    const hint = JSON.parse(claimcheck(['articles/en/extra.md', '--format', 'json', '--level', 'hint'], ws).stdout);
    assert.ok(hint.files[0].diagnostics.some((d: { code: string }) => d.code === 'unregistered'));
    const dflt = JSON.parse(claimcheck(['articles/en/extra.md', '--format', 'json'], ws).stdout);
    assert.ok(!dflt.files[0].diagnostics.some((d: { severity: string }) => d.severity === 'info' || d.severity === 'hint'));
    // The seed register has two warnings (a comma inside a flow mapping): within 5, over 0.
    assert.equal(claimcheck(['articles/en', '--max-warnings', '5'], ws).status, 0);
    assert.equal(claimcheck(['articles/en', '--max-warnings', '0'], ws).status, 1);
  });

  test('--severity changes a code and "off" drops it', () => {
    const bad = read(path.join(seed, 'articles', 'huntsman-2plus2.en.md')).replace('in March 2014', 'in March 2015');
    const ws = workspace({ 'articles/en/huntsman.md': bad });
    assert.equal(claimcheck(['articles/en', '--severity', 'date-mismatch=warning'], ws).status, 0);
    const r = claimcheck(['articles/en', '--severity', 'date-mismatch=off', '--format', 'json'], ws);
    assert.ok(!r.stdout.includes('date-mismatch'));
  });

  test('exit 2: usage errors, missing paths, unreadable files', () => {
    const ws = workspace();
    const usage = claimcheck(['--format', 'xml'], ws);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--format must be one of/);
    assert.equal(claimcheck(['--level', 'loud'], ws).status, 2);
    assert.equal(claimcheck(['--max-warnings', '-1'], ws).status, 2);
    assert.equal(claimcheck(['--nonsense'], ws).status, 2);
    assert.equal(claimcheck(['--register', 'nope.yaml'], ws).status, 2);
    const missing = claimcheck(['no-such-folder'], ws);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read no-such-folder/);
    fs.symlinkSync(path.join(ws, 'gone.md'), path.join(ws, 'articles', 'broken.md'));
    const broken = claimcheck(['articles', '--format', 'json'], ws);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /cannot read articles\/broken\.md/);
    assert.equal(JSON.parse(broken.stdout).summary.files, 3, 'the readable files are still reported');
  });

  test('worker threads give exactly the single-thread result', () => {
    const files: Record<string, string> = {};
    const en = read(path.join(seed, 'articles', 'huntsman-2plus2.en.md'));
    const ar = read(path.join(seed, 'articles', 'huntsman-2plus2.ar.md'));
    for (let i = 0; i < 24; i++) {
      const text = i % 2 ? ar : en;
      files[`articles/n${i}.md`] = i % 3 ? text : text.replace(/2013/g, String(2000 + i));
    }
    const ws = workspace(files);
    const one = claimcheck(['--format', 'json', '--level', 'hint'], ws, { CLAIMCHECK_WORKERS: '0' });
    const two = claimcheck(['--format', 'json', '--level', 'hint'], ws, { CLAIMCHECK_WORKERS: '2' });
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.ok(JSON.parse(one.stdout).summary.errors >= 8, 'the changed years are found');
  });

  test('--help and --version', () => {
    const h = claimcheck(['--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /Usage: claimcheck/);
    assert.match(claimcheck(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
