/** What gets checked: --shard, --changed-since (in a real git repository), --cache. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ARTICLE, cc, git, REGISTER, tree } from './run';

type Json = { files: Array<{ path: string; diagnostics: Array<{ code: string; ref?: string; message: string }> }> };
const paths = (r: { stdout: string }) => (JSON.parse(r.stdout) as Json).files.map(f => f.path).sort();

describe('--shard I/N', () => {
  test('the shards of N = 1..5 cover every file (articles and register files) exactly once, stably', () => {
    const files: Record<string, string> = { '.git/HEAD': 'x', 'claims.yaml': REGISTER.replace('version: 1\n', 'version: 1\ninclude: [people.yaml]\n'), 'people.yaml': 'version: 1\n' };
    for (let i = 0; i < 23; i++) files[`desk-${i % 3}/story-${i}.md`] = `Story ${i}.\n`;
    files['desk-0/نبأ.md'] = 'خبر.\n';
    const ws = tree(files);
    const all = paths(cc(['--format', 'json'], ws));
    assert.equal(all.length, 26);
    for (let n = 1; n <= 5; n++) {
      const seen: string[] = [];
      for (let i = 1; i <= n; i++) {
        const r = cc(['--format', 'json', '--shard', `${i}/${n}`], ws);
        assert.equal(r.status, 0, r.stderr);
        seen.push(...paths(r));
      }
      assert.deepEqual(seen.sort(), all, `N = ${n}`);
    }
    // Stable: from a subfolder (other working directory), shard 2/3 holds the same files.
    const fromRoot = paths(cc(['desk-1', '--format', 'json', '--shard', '2/3'], ws)).filter(p => p.startsWith('desk-1/'));
    const fromSub = paths(cc(['.', '--format', 'json', '--shard', '2/3'], path.join(ws, 'desk-1'))).filter(p => !p.includes('..') && !p.endsWith('.yaml'));
    assert.deepEqual(fromSub.map(p => `desk-1/${p}`), fromRoot);
  });

  test('a malformed shard is a usage error', () => {
    const ws = tree({ 'a.md': 'x\n' });
    for (const s of ['0/3', '4/3', '1/0', 'x', '1-3']) assert.equal(cc(['--shard', s], ws).status, 2, s);
  });
});

describe('--changed-since REF', () => {
  function repo() {
    const other = '---\nlang: en\n---\n\nThe talks in Vienna were in 2017.\n\n```claim\nref: vienna-talks\n```\n';
    const ws = tree({
      'claims.yaml': REGISTER,
      'people.yaml': 'version: 1\n',
      'articles/meetings.md': ARTICLE.replace('ref: last-meetin\n', 'ref: last-meeting\n'),
      'articles/vienna.md': other,
      'articles/huntsman.md': 'Jon Huntsman spoke in January.\n',
      'articles/plain.md': 'No claims here.\n',
    });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'first');
    return ws;
  }
  const checked = (ws: string, ref = 'HEAD') => {
    const r = cc(['--changed-since', ref, '--format', 'json', '--level', 'hint'], ws);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return paths(r);
  };

  test('nothing changed: nothing checked', () => {
    assert.deepEqual(checked(repo()), []);
  });

  test('changed and untracked articles are checked, unchanged ones are not', () => {
    const ws = repo();
    fs.appendFileSync(path.join(ws, 'articles/plain.md'), 'More.\n');
    fs.writeFileSync(path.join(ws, 'articles/new.md'), 'A new draft.\n');
    assert.deepEqual(checked(ws), ['articles/new.md', 'articles/plain.md']);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'second');
    assert.deepEqual(checked(ws), []);
    assert.deepEqual(checked(ws, 'HEAD~1'), ['articles/new.md', 'articles/plain.md'], 'committed changes since an older commit');
  });

  test('a changed register entry selects exactly the articles citing it, and the register itself', () => {
    const ws = repo();
    const reg = path.join(ws, 'claims.yaml');
    const text = fs.readFileSync(reg, 'utf8');
    fs.writeFileSync(reg, text.replace('date: 2013-08-09', 'date: 2013-08-10'));
    assert.deepEqual(checked(ws), ['articles/meetings.md', 'claims.yaml'], 'last-meeting is cited by meetings.md only');
    fs.writeFileSync(reg, text.replace('date: 2017-12-07', 'date: 2017-12-06'));
    assert.deepEqual(checked(ws), ['articles/meetings.md', 'articles/vienna.md', 'claims.yaml'], 'vienna-talks is cited by both');
    const r = cc(['--changed-since', 'HEAD', '--format', 'json'], ws);
    const vienna = (JSON.parse(r.stdout) as Json).files.find(f => f.path === 'articles/vienna.md')!;
    assert.ok(vienna, 'the citing article is checked against the new register');
  });

  test('moving entries around (no change in content) selects nothing; a change in an included file does', () => {
    const ws = repo();
    const reg = path.join(ws, 'claims.yaml');
    const text = fs.readFileSync(reg, 'utf8');
    // Reorder the claims and add comments: positions change, entries do not.
    const [head, claims] = text.split('claims:\n');
    const entries = claims.split(/\n(?=  [a-z])/);
    fs.writeFileSync(reg, `# reordered\n${head}claims:\n${entries.reverse().join('\n').replace(/\n*$/, '\n')}`);
    assert.deepEqual(checked(ws), ['claims.yaml']);
    fs.writeFileSync(reg, text.replace('version: 1\n', 'version: 1\ninclude: [people.yaml]\n'));
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'include');
    fs.writeFileSync(path.join(ws, 'people.yaml'), 'version: 1\nentities:\n  tefft: { type: person, names: { en: [John Tefft] } }\n');
    assert.deepEqual(checked(ws), ['claims.yaml', 'people.yaml'], 'a new entity nobody names or cites selects no article');
    fs.writeFileSync(path.join(ws, 'people.yaml'), 'version: 1\nentities:\n  jh: { type: person, names: { en: [Jon Huntsman] } }\n');
    const after = checked(ws);
    assert.ok(after.includes('articles/huntsman.md'), `an article naming a changed entity is checked: ${after}`);
  });

  test('a removed claim selects the articles citing it (now an unknown ref)', () => {
    const ws = repo();
    const reg = path.join(ws, 'claims.yaml');
    fs.writeFileSync(reg, fs.readFileSync(reg, 'utf8').replace(/  meeting-2016:\n(    .*\n)+/, ''));
    const r = cc(['--changed-since', 'HEAD', '--format', 'json'], ws);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout) as Json;
    assert.deepEqual(out.files.map(f => f.path).sort(), ['articles/meetings.md', 'claims.yaml']);
    assert.ok(out.files[0].diagnostics.some(d => d.code === 'unknown-ref' && d.message.includes('meeting-2016')));
  });

  test('a bad REF or no repository is a usage error (exit 2)', () => {
    const ws = repo();
    const bad = cc(['--changed-since', 'no-such-branch'], ws);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /no-such-branch/);
    const outside = tree({ 'a.md': 'x\n' });
    assert.equal(cc(['--changed-since', 'HEAD'], outside).status, 2);
  });
});

describe('--cache', () => {
  test('same results with and without the cache; hits by content, never by file times; misses when a cited entry changes', () => {
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'articles/meetings.md': ARTICLE, 'articles/other.md': 'Plain.\n' });
    const plain = cc(['--format', 'json', '--level', 'hint'], ws);
    const first = cc(['--format', 'json', '--level', 'hint', '--cache'], ws);
    assert.equal(first.stdout, plain.stdout);
    assert.equal(first.status, plain.status);
    const cacheFile = path.join(ws, '.claimcheck-cache.json');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    assert.deepEqual(Object.keys(cache.files).sort(), ['articles/meetings.md', 'articles/other.md']);

    // Mark the cached result, so a hit is visible in the output.
    const entry = cache.files['articles/meetings.md'];
    entry.findings[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    const hit = () => cc(['--format', 'json', '--level', 'hint', '--cache'], ws).stdout.includes('FROM THE CACHE');
    assert.ok(hit(), 'an unchanged article is served from the cache');

    // New file times, same content: still a hit.
    const art = path.join(ws, 'articles/meetings.md');
    const later = new Date(Date.now() + 3600_000);
    fs.utimesSync(art, later, later);
    fs.utimesSync(path.join(ws, 'claims.yaml'), later, later);
    assert.ok(hit(), 'file times are not part of the key');

    // A change to a claim the article does not cite (and that has no quote): still a hit.
    const reg = path.join(ws, 'claims.yaml');
    const original = fs.readFileSync(reg, 'utf8');
    fs.writeFileSync(reg, original.replace('Nobody has looked at this yet.', 'Nobody has looked at this.'));
    assert.ok(hit(), 'an unrelated register entry does not invalidate');

    // A change to a cited claim: a miss, and the result is fresh.
    fs.writeFileSync(reg, original.replace('date: 2017-12-07', 'date: 2015-05-05'));
    const fresh = cc(['--format', 'json', '--level', 'hint', '--cache'], ws);
    assert.ok(!fresh.stdout.includes('FROM THE CACHE'));
    assert.equal(fresh.stdout, cc(['--format', 'json', '--level', 'hint'], ws).stdout);

    // The article's own text: a miss.
    fs.writeFileSync(reg, original);
    cc(['--cache'], ws);
    const c2 = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    c2.files['articles/meetings.md'].findings[0].message = 'FROM THE CACHE';
    fs.writeFileSync(cacheFile, JSON.stringify(c2));
    assert.ok(hit());
    fs.appendFileSync(art, '\nOne more line.\n');
    assert.ok(!hit(), 'an edited article is checked again');
  });

  test('--cache=FILE and --cache FILE.json choose the file; severity settings are part of the key', () => {
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'a.md': ARTICLE });
    cc(['--cache=custom.json'], ws);
    assert.ok(fs.existsSync(path.join(ws, 'custom.json')));
    cc(['a.md', '--cache', 'other.json'], ws);
    assert.ok(fs.existsSync(path.join(ws, 'other.json')));
    assert.ok(!fs.existsSync(path.join(ws, '.claimcheck-cache.json')));
    const off = cc(['--cache=custom.json', '--severity', 'unknown-ref=off', '--format', 'json'], ws);
    assert.ok(!off.stdout.includes('unknown-ref'));
    const on = cc(['--cache=custom.json', '--format', 'json'], ws);
    assert.ok(on.stdout.includes('unknown-ref'));
  });
});
