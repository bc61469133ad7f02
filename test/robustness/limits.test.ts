import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
/**
 * Limits, each with a diagnostic that says what and where: YAML alias bombs and deep nesting in claim
 * blocks, front matter and registers; register `include:` that leaves the workspace root, loops, or
 * runs into a symbolic-link cycle (read through the real file-system host); and, in the CLI, binary
 * files, invalid UTF-8, unreadable files and a configuration file with an alias bomb: a clear message,
 * exit status 2, and the other articles still checked.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { checkArticle, Finding, loadRegister } from '../../server/out/engine/index.js';
import { MAX_YAML_DEPTH } from '../../server/out/engine/yaml/depth.js';
import { MAX_YAML_FINDINGS } from '../../server/out/engine/yaml/read.js';
import { MAX_BLOCK_FINDINGS } from '../../server/out/engine/markdown/claimBlock.js';
import { RegisterCache } from '../../server/out/node/registers.js';
import { claimcheck } from '../helpers/cli';
import { REPO, tempTree } from '../helpers/repo';

const memory = (files: Record<string, string>) => ({
  read: (p: string) => files[p], resolve: (from: string, rel: string) => path.posix.resolve(path.posix.dirname(from), rel), allowed: (p: string) => p.startsWith('/ws/'),
});
const REGISTER = 'version: 1\nentities:\n  washington: { type: place, names: { en: [Washington] } }\nclaims:\n  meeting: { date: 2013-08-09, place: washington, status: verified }\n';
const register = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': REGISTER }));

function bomb(levels: number): string {
  let s = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < levels; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
}

/** The finding with `code` whose message matches, and the text it covers. */
function one(findings: Finding[], text: string, code: string, message: RegExp): { f: Finding; covers: string } {
  const f = findings.find(x => x.code === code && message.test(x.message));
  assert.ok(f, `no ${code} matching ${message} among ${JSON.stringify(findings.map(x => `${x.code}: ${x.message}`))}`);
  return { f, covers: text.slice(f.start, f.end) };
}

describe('YAML limits', () => {
  test('an alias bomb in a claim block: aliases are named where they are, nothing is expanded, the list is capped', () => {
    const text = `Held in Washington in 2013.\n\n\`\`\`claim\n${bomb(12)}ref: *a11\n\`\`\`\n`;
    const t = performance.now();
    const { findings } = checkArticle(text, register);
    assert.ok(performance.now() - t < 2000, '9^12 strings were not built');
    const { f, covers } = one(findings, text, 'yaml-syntax', /alias \*a0 is not followed/);
    assert.equal(covers, '*a0');
    assert.equal(f.severity, 'warning');
    // The errors are kept, the warnings cut at the cap.
    assert.ok(findings.some(x => x.code === 'schema' && x.severity === 'error' && /ref/.test(x.message)), 'and ref is reported as not a claim id');
    const block = findings.filter(x => x.start > text.indexOf('```claim'));
    assert.equal(block.length, MAX_BLOCK_FINDINGS);
    const more = findings.find(x => x.messageId === 'block-more-findings');
    assert.ok(more, 'a count of the rest');
    assert.match(more.message, /^\d+ more problems in this claim block are not shown/);
    // 99 aliases in a1…a11 and 1 in ref (warnings), 12 unknown keys a0…a11 and the ref error, 49 shown.
    assert.equal(more.args?.count, 99 + 1 + 12 + 1 - (MAX_BLOCK_FINDINGS - 1));
  });

  test('a claim block of 1 MB of aliases (over 100 000 findings before the cap) is checked, not crashed on', () => {
    // The findings were once appended with push(...list): a RangeError past ~120 000.
    const text = `Held in 2013.\n\n\`\`\`claim\n${bomb(14_000)}ref: x\n\`\`\`\n`;
    const { findings } = checkArticle(text, register);
    const more = findings.find(x => x.messageId === 'block-more-findings');
    assert.ok(more && Number(more.args?.count) > 10_000, JSON.stringify(more));
  });

  test(`a register with thousands of YAML errors: the first ${MAX_YAML_FINDINGS - 1} and a count of the rest`, () => {
    const text = `version: 1\nclaims:\n${'  - ]: [ }: "\n'.repeat(5000)}`;
    const reg = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': text }));
    const findings = reg.findings.get('/ws/claims.yaml')!;
    assert.equal(findings.length, MAX_YAML_FINDINGS);
    assert.ok(findings.slice(0, -1).every(f => f.code === 'yaml-syntax' && f.severity === 'error' && f.messageId === 'yaml-error'));
    const last = findings[findings.length - 1];
    assert.equal(last.messageId, 'yaml-more-findings');
    assert.match(last.message, /^YAML: \d+ more problems in this file are not shown/);
    assert.ok(Number(last.args?.count) >= 5000 - MAX_YAML_FINDINGS, 'one error per line at least');
    // In order, and the last one shown is before the summary's place.
    for (let i = 1; i < findings.length; i++) assert.ok(findings[i].start >= findings[i - 1].start);
  });

  test('a register saved with a byte-order mark (first line content) loads, with findings at their place in the file', () => {
    // Once the BOM became a space, which indented the first line: every line after it was a YAML error.
    const text = '\ufeffversion: 1\nentities:\n  washington: { type: place, names: { en: [Washington] }, colour: red }\nclaims:\n  meeting: { date: 2013-08-09, place: washington, status: verified }\n';
    const reg = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': text }));
    assert.ok(reg.claims.has('meeting') && reg.entities.has('washington'));
    const findings = reg.findings.get('/ws/claims.yaml')!;
    assert.deepEqual(findings.map(f => [f.code, text.slice(f.start, f.end)]), [['schema', 'colour']]);
  });

  test('an alias bomb in a register: the aliases are reported in the register file, the rest is read', () => {
    const text = `version: 1\n${bomb(12).replace(/^a(\d+):/gm, '# a$1:')}entities:\n  washington: { type: place, names: { en: [Washington] } }\nclaims:\n  meeting: { date: 2013-08-09, place: washington, status: verified, note: &n [x, y] }\n  other: { date: 2014, status: verified, note: *n }\n`;
    const reg = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': text }));
    const findings = reg.findings.get('/ws/claims.yaml')!;
    const { covers } = one(findings, text, 'yaml-syntax', /alias \*n is not followed/);
    assert.equal(covers, '*n');
    assert.ok(reg.claims.has('meeting') && reg.claims.has('other'));
  });

  for (const [where, make] of [
    ['a claim block (flow)', (d: number) => `Held in 2013.\n\n\`\`\`claim\nref: meeting\nquote: ${'['.repeat(d)}x${']'.repeat(d)}\n\`\`\`\n`],
    ['a claim block (mappings)', (d: number) => `Held in 2013.\n\n<!-- claim ref: meeting\nplace: ${'{a: '.repeat(d)}1${'}'.repeat(d)} -->\n`],
    ['front matter', (d: number) => `---\nlang: en\ntitle: ${'['.repeat(d)}${']'.repeat(d)}\n---\n\nHeld in 2013.\n`],
  ] as const) {
    test(`nesting deeper than ${MAX_YAML_DEPTH} levels in ${where} is refused there, with its place`, () => {
      const ok = checkArticle(make(MAX_YAML_DEPTH - 4), register).findings;
      assert.ok(!ok.some(f => /levels deep/.test(f.message)), `${MAX_YAML_DEPTH - 4} levels are read`);
      for (const depth of [MAX_YAML_DEPTH + 1, 10_000, 100_000]) {
        const text = make(depth);
        const { f } = one(checkArticle(text, register).findings, text, 'yaml-syntax', new RegExp(`nested more than ${MAX_YAML_DEPTH} levels deep`));
        assert.equal(f.severity, 'error');
        assert.match(text[f.start], /[[{]/, 'the range starts at the bracket that goes too deep');
        // The mapping the key is in is the first level: the bracket that goes too deep is the 64th.
        assert.equal(text.slice(0, f.start).split(/[[{]/).length, MAX_YAML_DEPTH, `it is opening bracket number ${MAX_YAML_DEPTH}`);
      }
    });
  }

  test('a register nested too deep (indentation, flow, "- - -") is refused at the line where it happens', () => {
    const indent = `version: 1\nclaims:\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')}\n`;
    const flow = `version: 1\nclaims: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const dashes = `version: 1\nclaims:\n  x:\n    note:\n      ${'- '.repeat(300)}deep\n`;
    for (const text of [indent, flow, dashes]) {
      const reg = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': text }));
      const { f, covers } = one(reg.findings.get('/ws/claims.yaml')!, text, 'yaml-syntax', /nested more than \d+ levels deep here; not read/);
      assert.ok(covers.length > 0 && !covers.includes('\n'), `the range is the rest of one line: ${JSON.stringify(covers.slice(0, 40))}`);
      assert.ok(f.start > 'version: 1\nclaims:'.length);
    }
    // A register of ordinary depth with block scalars, quotes and comments is read as before.
    const fine = `version: 1\nclaims:\n  x:\n    statement: { en: "a [ { b", ar: '[[[' }\n    note: |\n      [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n    status: verified # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n`;
    const reg = loadRegister('/ws/claims.yaml', memory({ '/ws/claims.yaml': fine }));
    assert.deepEqual(reg.findings.get('/ws/claims.yaml')!.map(f => f.message), []);
    assert.equal(reg.claims.get('x')?.status, 'verified');
  });
});

describe('register includes (real files, the host the CLI and the server use)', () => {
  const load = (dir: string) => {
    const cache = new RegisterCache(() => dir);
    return cache.get(path.join(dir, 'claims.yaml'));
  };
  const findingsOf = (reg: ReturnType<typeof load>, file: string) => reg.findings.get(file) ?? [];

  test('an include that leaves the workspace root, directly or through a symbolic link, is not read', () => {
    const outside = tempTree({ 'secret.yaml': 'claims:\n  leaked: { status: verified }\n' });
    const dir = tempTree({ '.git/HEAD': 'x', 'claims.yaml': `version: 1\ninclude: [../${path.basename(outside)}/secret.yaml, linked/secret.yaml]\nclaims:\n  a: { status: verified }\n` });
    fs.symlinkSync(outside, path.join(dir, 'linked'));
    const reg = load(dir);
    const text = fs.readFileSync(path.join(dir, 'claims.yaml'), 'utf8');
    const messages = findingsOf(reg, path.join(dir, 'claims.yaml'));
    for (const inc of [`../${path.basename(outside)}/secret.yaml`, 'linked/secret.yaml']) {
      const { covers } = one(messages, text, 'schema', new RegExp(`include "${inc.replace(/[./]/g, '\\$&')}" points outside the workspace root`));
      assert.equal(covers, inc);
    }
    assert.ok(!reg.claims.has('leaked'));
  });

  test('an include loop, and a folder linked to its parent, stop at the first repeat with the cycle named', () => {
    const dir = tempTree({ '.git/HEAD': 'x', 'claims.yaml': 'version: 1\ninclude: [a.yaml, sub/claims.yaml]\nclaims:\n  root: { status: verified }\n', 'a.yaml': 'include: [b.yaml]\n', 'b.yaml': 'include: [a.yaml]\nclaims:\n  b: { status: verified }\n' });
    fs.symlinkSync('.', path.join(dir, 'sub'));
    const reg = load(dir);
    const root = path.join(dir, 'claims.yaml');
    assert.deepEqual(reg.files.map(f => path.relative(dir, f)).sort(), ['a.yaml', 'b.yaml', 'claims.yaml']);
    const inB = fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8');
    assert.equal(one(findingsOf(reg, path.join(dir, 'b.yaml')), inB, 'schema', /include "a\.yaml" forms a cycle/).covers, 'a.yaml');
    const inRoot = fs.readFileSync(root, 'utf8');
    assert.equal(one(findingsOf(reg, root), inRoot, 'schema', /include "sub\/claims\.yaml" forms a cycle/).covers, 'sub/claims.yaml');
    assert.ok(!findingsOf(reg, root).some(f => f.code === 'duplicate-id'), 'the root register is not read a second time');
  });

  test('an include that is a symbolic link to itself is reported as unreadable, where it is written', () => {
    const dir = tempTree({ '.git/HEAD': 'x', 'claims.yaml': 'version: 1\ninclude: [loop.yaml]\nclaims:\n  a: { status: verified }\n' });
    fs.symlinkSync('loop.yaml', path.join(dir, 'loop.yaml'));
    const reg = load(dir);
    const text = fs.readFileSync(path.join(dir, 'claims.yaml'), 'utf8');
    assert.equal(one(findingsOf(reg, path.join(dir, 'claims.yaml')), text, 'dangling-ref', /include "loop\.yaml": no such readable file/).covers, 'loop.yaml');
    assert.ok(reg.claims.has('a'));
  });
});

describe('the CLI on files that are not articles', () => {
  const ARTICLE = '---\nlang: en\n---\n\nHeld in Washington in 2012.\n\n```claim\nref: meeting\n```\n';
  const setup = () => {
    const dir = tempTree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'good.md': ARTICLE });
    return dir;
  };

  test('binary files, invalid UTF-8 and unreadable files: a message each, exit 2, the good article still reported', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(path.join(dir, 'nul.md'), 'Held in 2013.\n\0\0\0\n');
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('Held in 2013 at the caf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    fs.writeFileSync(path.join(dir, 'truncated.md'), Buffer.concat([Buffer.from('وعقد في عام 2013'), Buffer.from([0xd9])]));
    fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
    fs.mkdirSync(path.join(dir, 'folder.md'));
    const r = claimcheck(['.', '--format', 'json'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot read image\.md: not UTF-8 text: not valid UTF-8 \(byte 0x89 at line 1, column 1\); not checked/);
    assert.match(r.stderr, /cannot read nul\.md: a binary file, not text \(a NUL byte at line 2, column 1\); not checked/);
    assert.match(r.stderr, /cannot read latin1\.md: not UTF-8 text: not valid UTF-8 \(byte 0xE9 at line 1, column 24\)/);
    assert.match(r.stderr, /cannot read truncated\.md: not UTF-8 text: not valid UTF-8 \(byte 0xD9 at line 1, column \d+\)/);
    assert.match(r.stderr, /cannot read loop\.md: a loop of symbolic links \(ELOOP\)/);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path).sort(), ['claims.yaml', 'good.md']);
    assert.ok(json.files.find((f: { path: string }) => f.path === 'good.md').diagnostics.some((d: { code: string }) => d.code === 'date-mismatch'));
    // --fix leaves them alone too.
    const before = fs.readFileSync(path.join(dir, 'latin1.md'));
    assert.equal(claimcheck(['.', '--fix'], dir).status, 2);
    assert.ok(fs.readFileSync(path.join(dir, 'latin1.md')).equals(before));
  });

  test('a file without read permission', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, 'locked.md'), ARTICLE);
    fs.chmodSync(path.join(dir, 'locked.md'), 0o000);
    // Root reads anything, so as root the CLI runs as "nobody", for whom the file is locked.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) { try { fs.chmodSync(d, fs.statSync(d).mode | 0o055); } catch { break; } if (d === os.tmpdir()) break; }
    const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'claimcheck.js'), '.'], {
      cwd: dir, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot read locked\.md: permission denied \(EACCES\)/);
  });

  test('UTF-16 with a BOM is text; UTF-8 with a BOM is text', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'bom.md'), '\uFEFF' + ARTICLE);
    const r = claimcheck(['.', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).summary.files, 4);
  });

  test('a configuration file with an alias bomb is refused with its name, not expanded', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, '.claimcheck.yaml'), `${bomb(12)}severity: *a11\n`);
    const t = Date.now();
    const r = claimcheck(['.'], dir);
    assert.ok(Date.now() - t < 10_000);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.claimcheck\.yaml: .*(alias|resource exhaustion)/i);
  });

  test('a register too deep to read is reported in the register file, with exit status 1', () => {
    const dir = setup();
    fs.writeFileSync(path.join(dir, 'claims.yaml'), `version: 1\nclaims: ${'['.repeat(100_000)}\n`);
    const r = claimcheck(['.', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    const reg = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'claims.yaml');
    assert.ok(reg.diagnostics.some((d: { code: string; message: string }) => d.code === 'yaml-syntax' && /nested more than \d+ levels deep/.test(d.message)));
  });
});
