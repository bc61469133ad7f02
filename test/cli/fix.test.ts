/** --fix and --fix-dry-run: byte-exact outside the fixes (CRLF, BOM, UTF-16), idempotent, atomic under SIGKILL. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ARTICLE, cc, ccAsync, REGISTER, snapshot, tree } from './run';

const FIXED = ARTICLE.replace('ref: last-meetin\n', 'ref: last-meeting\n').replace('in Vienna in 2015.', 'in Vienna in 2017.');
const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('--fix', () => {
  test('applies the safe fixes, keeps BOM and CRLF byte-exact elsewhere, and a second run changes nothing', () => {
    const ws = tree({
      '.git/HEAD': 'x',
      'claims.yaml': REGISTER,
      'lf.md': ARTICLE,
      'crlf.md': crlf(ARTICLE),
      'bom-crlf.md': Buffer.concat([BOM, Buffer.from(crlf(ARTICLE))]),
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
      'mixed.md': ARTICLE.replace('# Meetings\n', '# Meetings\r\n').replace('\n\nAnother', '\r\n\r\nAnother'),
    });
    const before = snapshot(ws);
    const r = cc(['--fix', '--format', 'json'], ws);
    assert.equal(r.status, 1, 'the false claim remains an error after fixing');
    assert.match(r.stderr, /fixed 10 problems in 5 files/);
    const remaining = JSON.parse(r.stdout);
    for (const f of remaining.files.filter((x: { path: string }) => x.path.endsWith('.md'))) {
      assert.deepEqual(f.diagnostics.map((d: { code: string }) => d.code), ['claim-status', 'claim-status'], `${f.path}: what remains is reported`);
    }
    const after = snapshot(ws);
    assert.equal(after.get('lf.md')!.toString(), FIXED);
    assert.ok(after.get('crlf.md')!.equals(Buffer.from(crlf(FIXED))));
    assert.ok(after.get('bom-crlf.md')!.equals(Buffer.concat([BOM, Buffer.from(crlf(FIXED))])));
    assert.ok(after.get('utf16.md')!.equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED, 'utf16le')])));
    assert.equal(after.get('mixed.md')!.toString(), FIXED.replace('# Meetings\n', '# Meetings\r\n').replace('\n\nAnother', '\r\n\r\nAnother'));
    assert.ok(after.get('claims.yaml')!.equals(before.get('claims.yaml')!), 'the register is never edited');
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no temporary files are left');

    const again = cc(['--fix'], ws);
    assert.match(again.stderr, /fixed 0 problems in 0 files/);
    const third = snapshot(ws);
    for (const [k, v] of after) assert.ok(third.get(k)!.equals(v), `${k} unchanged by a second run`);
  });

  test('fixes only what is reported: --level and --severity off limit the fixes', () => {
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'a.md': ARTICLE });
    cc(['--fix', '--severity', 'unknown-ref=off'], ws);
    const text = fs.readFileSync(path.join(ws, 'a.md'), 'utf8');
    assert.ok(text.includes('ref: last-meetin\n'), 'a silenced finding is not fixed');
    assert.ok(text.includes('in Vienna in 2017.'));
  });

  test('the exit status reflects what remains: 0 when every finding was fixed', () => {
    const onlyTypo = ARTICLE.replace(/\nAnother meeting[\s\S]*$/, '');
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'a.md': onlyTypo });
    assert.equal(cc([], ws).status, 1);
    const r = cc(['--fix'], ws);
    assert.equal(r.status, 0, r.stdout);
    assert.equal(r.stdout, '');
    assert.equal(fs.readFileSync(path.join(ws, 'a.md'), 'utf8'), onlyTypo.replace('last-meetin\n', 'last-meeting\n'));
    assert.equal(cc(['--fix', '--fix-dry-run'], ws).status, 2, 'the two exclude each other');
  });

  test('keeps the permission bits and writes through a symlink to its target', () => {
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'real/a.md': ARTICLE });
    fs.chmodSync(path.join(ws, 'real/a.md'), 0o640);
    fs.mkdirSync(path.join(ws, 'linked'));
    fs.symlinkSync(path.join(ws, 'real/a.md'), path.join(ws, 'linked/a.md'));
    cc(['--fix', 'linked'], ws);
    assert.ok(fs.lstatSync(path.join(ws, 'linked/a.md')).isSymbolicLink(), 'the link stays a link');
    assert.equal(fs.readFileSync(path.join(ws, 'real/a.md'), 'utf8'), FIXED);
    assert.equal(fs.statSync(path.join(ws, 'real/a.md')).mode & 0o777, 0o640);
  });

  test('never rewrites a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]);
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'latin.md': Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('\n' + ARTICLE.replace(/^---[\s\S]*?---\n/, ''))]), 'odd.md': bytes });
    const before = snapshot(ws);
    const r = cc(['--fix'], ws);
    assert.match(r.stderr, /not valid UTF-8/);
    for (const [k, v] of snapshot(ws)) assert.ok(v.equals(before.get(k)!), k);
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff that git apply turns into exactly what --fix writes, and changes nothing', () => {
    const files = { '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'docs/lf.md': ARTICLE, 'docs/crlf.md': crlf(ARTICLE), 'docs/no-eol.md': `${ARTICLE}\nAgain in Washington in 2013.\n\n<!-- claim ref: last-meetin -->` };
    const ws = tree(files);
    const before = snapshot(ws);
    const r = cc(['--fix-dry-run'], ws);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^--- a\/docs\/crlf\.md\n\+\+\+ b\/docs\/crlf\.md\n@@ -\d+,\d+ \+\d+,\d+ @@/m);
    assert.match(r.stdout, /^-ref: last-meetin\r?$/m);
    assert.match(r.stdout, /\\ No newline at end of file/);
    for (const [k, v] of snapshot(ws)) assert.ok(v.equals(before.get(k)!), `${k} untouched by a dry run`);

    const patched = tree(files);
    fs.writeFileSync(path.join(patched, 'fix.patch'), r.stdout);
    const apply = spawnSync('git', ['apply', '--whitespace=nowarn', 'fix.patch'], { cwd: patched, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    fs.unlinkSync(path.join(patched, 'fix.patch'));
    const fixed = tree(files);
    cc(['--fix'], fixed);
    const a = snapshot(patched), b = snapshot(fixed);
    for (const [k, v] of b) assert.ok(a.get(k)!.equals(v), `${k}: the diff and --fix agree`);
    assert.equal(a.get('docs/lf.md')!.toString(), FIXED);
  });
});

describe('--fix under SIGKILL', () => {
  test('every file is either the old or the new content, never partial, and a rerun finishes the job', async () => {
    const pad = Array.from({ length: 400 }, (_, i) => `Filler paragraph number ${i}, long enough to make the file worth writing in several blocks.\n`).join('\n');
    const original = ARTICLE + '\n' + pad;
    const fixed = FIXED + '\n' + pad;
    const files: Record<string, string> = { '.git/HEAD': 'x', 'claims.yaml': REGISTER };
    const N = 30;
    for (let i = 0; i < N; i++) files[`desk/story-${String(i).padStart(2, '0')}.md`] = i % 2 ? crlf(original) : original;
    const expectOld = (i: number) => (i % 2 ? crlf(original) : original);
    const expectNew = (i: number) => (i % 2 ? crlf(fixed) : fixed);

    for (const delay of [0, 35, 90]) {
      const ws = tree(files);
      const child = ccAsync(['--fix', 'desk'], ws, { CLAIMCHECK_TEST_SLOW_FIX: '120' });
      const exited = new Promise<void>(resolve => child.on('exit', () => resolve()));
      // Wait for the first rewritten file, then kill at a chosen moment in the middle of the run.
      const first = path.join(ws, 'desk/story-00.md');
      const deadline = Date.now() + 60_000;
      while (fs.readFileSync(first, 'utf8') === original && Date.now() < deadline) await new Promise(r => setTimeout(r, 5));
      await new Promise(r => setTimeout(r, delay + 120 * 3));
      child.kill('SIGKILL');
      await exited;

      let changed = 0;
      for (let i = 0; i < N; i++) {
        const text = fs.readFileSync(path.join(ws, `desk/story-${String(i).padStart(2, '0')}.md`), 'utf8');
        assert.ok(text === expectOld(i) || text === expectNew(i), `story ${i} is neither the old nor the new content`);
        if (text === expectNew(i)) changed++;
      }
      assert.ok(changed > 0 && changed < N, `killed mid-run (${changed} of ${N} fixed)`);
      for (const name of fs.readdirSync(path.join(ws, 'desk'))) assert.ok(/\.md$/.test(name) || /^\..*\.claimcheck-tmp$/.test(name), name);

      const rerun = cc(['--fix', 'desk'], ws);
      assert.match(rerun.stderr, new RegExp(`fixed ${(N - changed) * 2} problems in ${N - changed} files`));
      for (let i = 0; i < N; i++) assert.equal(fs.readFileSync(path.join(ws, `desk/story-${String(i).padStart(2, '0')}.md`), 'utf8'), expectNew(i));
    }
  });
});
