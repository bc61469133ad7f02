/**
 * Registers are read section by section, entry by entry (register/load.ts, parseYaml's `stream`,
 * yaml/fast.ts `Sections`): the fast YAML reader hands each entry of entities, roles and claims to
 * the loader as soon as it is read, and the YAML tree of a whole register is never held. This holds
 * that path to the plain one (`parseDocument`, the whole tree, setFastYaml(false)): the same
 * register model and the same findings, in the same order, on generated registers of several sizes
 * (clean, and with problems in every section), the repository's registers, registers the fast
 * reader declines late (after it handed over entries: they must be undone, also across includes),
 * and odd sections (written twice, not mappings, keys that are not strings). Then that the streamed
 * entries are exactly the whole tree's pairs and are not kept in it, and, in a process of its own,
 * that a 100 000-entry register loads in an old-generation heap of 300 MB (the whole tree did not).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { isMap, isPair, isScalar, isSeq, Scalar, YAMLMap } from 'yaml';
import { loadRegister } from '../../server/out/engine/index.js';
import { readYamlFast } from '../../server/out/engine/yaml/fast.js';
import { parseYaml } from '../../server/out/engine/yaml/read.js';
import { REPO, SHARED } from '../helpers/repo';
import { firstDifference, memoryHost, registerSummary, walkFiles as walk, withFastYaml } from '../helpers/registers';
import { benchCorpus } from './corpus';
import { rng } from './yamlGen';

// ---------------------------------------------------------------- comparing

/** loadRegister streamed (fast reader on) and plain (off): the same model and findings. Returns the findings count. */
function sameRegister(files: Record<string, string>, label: string, root = Object.keys(files)[0]): number {
  const host = memoryHost(files);
  const streamedReg = withFastYaml(true, () => loadRegister(root, host));
  const a = registerSummary(streamedReg);
  const b = withFastYaml(false, () => registerSummary(loadRegister(root, host)));
  if (a !== b) assert.fail(`${label}: the streamed register differs from the plain one\n${firstDifference(a, b, ['streamed', 'plain   '], 150)}`);
  return [...streamedReg.findings.values()].reduce((n, f) => n + f.length, 0);
}

/** How many entries the fast reader hands over from `text`, and whether it then reads it all (or declines). */
function streamProbe(text: string): { handed: number; read: boolean } {
  let handed = 0;
  const doc = readYamlFast(text, key => (['entities', 'roles', 'claims'].includes(String(key.value)) ? () => { handed++; } : undefined));
  return { handed, read: doc !== undefined };
}

// ---------------------------------------------------------------- registers with problems

/**
 * A generated register with problems in every section, seeded: repeated ids (in a section, and in
 * a second file), ids not in kebab-case, keys that are not strings, unknown keys, dangling and
 * misplaced references, bad statuses and dates, reversed role terms, and a section written twice.
 */
function withProblems(yaml: string, seed: number): string {
  const r = rng(seed);
  const lines = yaml.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const x = r();
    if (/^ {2}\S/.test(line) && x < 0.03) {
      // An entry header: repeat an earlier id, break the id, or make the key a non-string.
      const m = /^ {2}([^:]+):(.*)$/.exec(line)!;
      const pick = r();
      if (pick < 0.3) out.push(`  ${m[1].replace(/\d+$/, d => String(Math.floor(Number(d) / 2)))}:${m[2]}`);
      else if (pick < 0.5) out.push(`  ${m[1].toUpperCase()}_X:${m[2]}`);
      else if (pick < 0.6) out.push(`  ${pickOf(r, ['true', '~', '1.5', '7', '"quoted-id"', "'single-id'"])}:${m[2]}`);
      else out.push(line);
      continue;
    }
    if (/^ {4}\S/.test(line) && x < 0.04) {
      const pick = r();
      if (pick < 0.25) out.push(line.replace(/(speaker|place): (\S+)/, (_, k, v) => `${k}: ${v}x`));
      else if (pick < 0.4) out.push(line.replace(/status: \w+/, 'status: maybe'));
      else if (pick < 0.55) out.push(line.replace(/date: \S+/, 'date: 2013-13-40'));
      else if (pick < 0.65) out.push(line.replace(/from: (\d+)/, 'from: 2099'));
      else if (pick < 0.8) out.push(line, '    colour: red');
      else if (pick < 0.9) out.push(line.replace(/place: \S+/, 'place: person-1'));
      else out.push(line, line); // a key written twice in an entry
      continue;
    }
    out.push(line);
  }
  out.push('claims:', '  late-claim: { status: verified }'); // a section written twice: skipped
  return out.join('\n');
}

function pickOf<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

// ---------------------------------------------------------------- the repository's registers

// ---------------------------------------------------------------- late declines

/** Things the fast reader declines (some of them YAML errors), each on lines of its own at `indent`. */
const LATE: Array<[string, (indent: string) => string]> = [
  ['an alias', i => `${i}alias-note: *nowhere`],
  ['an anchor', i => `${i}anchored: &a { status: verified }`],
  ['a block scalar', i => `${i}block: |\n${i}  some text\n${i}  more text`],
  ['a quote over two lines', i => `${i}multi: "two\n${i}  lines"`],
  ['a flow sequence over two lines', i => `${i}flowed: [a,\n${i}  b]`],
  ['an unclosed quote', i => `${i}broken: "never closed`],
  ['a second document', () => '---\nother: 1'],
  ['a tag', i => `${i}tagged: !!str 5`],
  ['a tab', i => `${i}tabbed:\t{ status: verified }`],
];

describe('registers read entry by entry: the same as the whole tree', () => {
  test('generated registers of 1 to 8 000 entries, clean and with problems in every section', async () => {
    const { makeRegister } = await benchCorpus();
    for (const n of [1, 10, 300, 2000, 8000]) {
      const { yaml } = makeRegister(n, n + 1);
      assert.deepEqual(streamProbe(yaml), { handed: countEntries(yaml), read: true }, `makeRegister(${n}) is not streamed`);
      sameRegister({ '/ws/claims.yaml': yaml }, `makeRegister(${n})`);
      if (n < 10) continue;
      for (const seed of n <= 300 ? [1, 2, 3, 4, 5] : [n]) {
        const bad = withProblems(yaml, seed);
        const findings = sameRegister({ '/ws/claims.yaml': bad }, `makeRegister(${n}) with problems, seed ${seed}`);
        assert.ok(streamProbe(bad).read, `makeRegister(${n}) with problems, seed ${seed}: declined`);
        assert.ok(findings > 0, `makeRegister(${n}) with problems, seed ${seed}: no findings`);
      }
    }
  });

  test('a register in two files, with ids repeated across them', async () => {
    const { makeRegister } = await benchCorpus();
    const { yaml } = makeRegister(600, 7);
    const cut = yaml.indexOf('\nclaims:\n') + 1;
    // The included file repeats some of the root's entities, and holds the claims.
    const root = yaml.slice(0, cut).replace('version: 1\n', 'version: 1\ninclude: [more.yaml]\n');
    const more = withProblems(`entities:\n${yaml.slice(yaml.indexOf('  person-5:'), yaml.indexOf('  person-40:'))}${yaml.slice(cut)}`, 9);
    const findings = sameRegister({ '/ws/claims.yaml': root, '/ws/more.yaml': more }, 'two files');
    assert.ok(findings > 30, `two files: ${findings} findings`);
  });

  test('the registers of the repository and the shared fixtures', () => {
    const files = [
      ...walk(path.join(REPO, 'test', 'corpus'), n => n === 'register.yaml'),
      ...walk(path.join(REPO, 'examples'), n => /\.ya?ml$/.test(n)),
      ...walk(path.join(REPO, 'test', 'fixtures'), n => /\.ya?ml$/.test(n)),
      ...walk(path.join(SHARED, 'fixtures'), n => /\.ya?ml$/.test(n)),
    ];
    assert.ok(files.length >= 5, files.join(', '));
    let streamed = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (streamProbe(text.replace(/^\uFEFF/, '')).handed > 0) streamed++;
      sameRegister({ '/ws/claims.yaml': text }, file);
    }
    assert.ok(streamed >= 3, `only ${streamed} of ${files.length} registers were streamed`);
  });

  test('declined late, after entries were handed over: they are undone, in one file and across includes', async () => {
    const { makeRegister } = await benchCorpus();
    const { yaml } = makeRegister(100, 3);
    const bad = withProblems(yaml, 11);
    const rolesAt = bad.indexOf('\nroles:\n') + 1;
    let late = 0;
    for (const [name, trigger] of LATE) {
      const places: Array<[string, string]> = [
        ['in the last claim', `${bad}\n${trigger('    ')}\n`],
        ['after the sections', `${bad}\n${trigger('')}\n`],
        ['between entities and roles', `${bad.slice(0, rolesAt)}${trigger('  ')}\n${bad.slice(rolesAt)}`],
      ];
      for (const [where, text] of places) {
        const label = `${name} ${where}`;
        const probe = streamProbe(text);
        assert.equal(probe.read, false, `${label}: not declined`);
        if (probe.handed > 0) late++;
        sameRegister({ '/ws/claims.yaml': text }, label);
        // The root file defines the entities; the included file defines them again (or others), then declines late.
        const root = `version: 1\ninclude: [more.yaml]\n${bad.slice(0, rolesAt)}`;
        sameRegister({ '/ws/claims.yaml': root, '/ws/more.yaml': text }, `${label}, included`);
        sameRegister({ '/ws/claims.yaml': root, '/ws/more.yaml': text.replace(/person-(\d+):/g, 'human-$1:') }, `${label}, included with entities of its own`);
      }
    }
    assert.ok(late >= 20, `only ${late} texts were declined after entries were handed over`);
  });

  test('sections written twice, not mappings, or with keys that are not strings', () => {
    const entry = (id: string) => `  ${id}:\n    statement: { en: Said ${id}. }\n    speaker: p1\n    status: verified\n`;
    const p1 = 'entities:\n  p1: { type: person, names: { en: [Pat One] } }\n';
    const texts = [
      `${p1}claims:\n${entry('a')}${entry('b')}claims:\n${entry('c')}`,
      `${p1}"claims":\n${entry('a')}claims:\n${entry('b')}`,
      `${p1}claims: { a: { status: verified }, b: { status: maybe }, a: { status: false }, c }\n`,
      `${p1}claims: [a, b]\n`,
      `${p1}claims: not a mapping\n`,
      `${p1}claims:\n`,
      `${p1}claims:\n  - a: { status: verified }\n`,
      `${p1}claims:\n${entry('a')}  true: { status: verified }\n  ~: { status: verified }\n  7: { status: verified }\n  1.5: x\n  "": y\n${entry('a')}${entry('Bad Id')}`,
      `${p1}claims:\n${entry('a')}  b:\n  c: 1\n  d: [x]\n${entry('e')}`,
      `entities:\n  p1: { type: person }\n  p1: { type: place }\n  p2: { type: robot, names: [P2] }\nroles:\n  r1: { names: { en: [R] } }\n  r1: { names: x }\nentities:\n  p3: {}\n${entry('a')}`,
      `version: 2\nentities:\n  p1:\n    roles: [{ role: nope, from: 2010, to: 2001 }, { from: 2001 }]\n  p2:\n    roles: [{ role: r1, from: 2000 }]\n  p3:\n    roles: [{ role: r1, from: 2005 }]\nroles:\n  r1: {}\ncolours: red\n`,
      `- claims:\n${entry('  a')}`,
      `true:\n  a: 1\nclaims:\n${entry('a')}`,
      `claims:\n${entry('a')}\nentities:\n  p1: { type: person, names: { en: [Pat] } }\n  # a comment\n  p2: { type: place }   # another\n\n`,
      `claims:\r\n  a:\r\n    status: verified\r\n    speaker: ghost\r\n`,
    ];
    for (const [i, text] of texts.entries()) sameRegister({ '/ws/claims.yaml': text }, `odd sections #${i}: ${JSON.stringify(text)}`);
  });

  test('the streamed entries are the whole tree\'s pairs, and the tree does not keep them', async () => {
    const { makeRegister } = await benchCorpus();
    const { yaml } = makeRegister(300, 5);
    const whole = withFastYaml(true, () => parseYaml(yaml, o => o)).doc;
    const handed = new Map<string, unknown[]>();
    const streamed = withFastYaml(true, () => parseYaml(yaml, o => o, {
      sections: key => {
        const name = String(key.value);
        if (name !== 'entities' && name !== 'claims') return undefined; // roles stay in the tree
        const list: unknown[] = [];
        handed.set(name, list);
        return (k, v) => { list.push([shape(k), shape(v)]); };
      },
      declined: () => assert.fail('declined'),
    })).doc;
    const root = (doc: typeof whole) => (doc.contents as YAMLMap).items.map(p => [String((p.key as Scalar).value), p.value as YAMLMap]);
    const wholeRoot = new Map(root(whole) as Array<[string, YAMLMap]>);
    for (const [key, value] of root(streamed) as Array<[string, YAMLMap]>) {
      const full = wholeRoot.get(key)!;
      if (handed.has(key)) {
        assert.equal(value.items.length, 0, `${key}: kept in the tree`);
        assert.deepEqual(value.range, full.range, `${key}: range`);
        assert.deepEqual(handed.get(key), full.items.map(p => [shape(p.key), shape(p.value)]), `${key}: pairs handed over`);
      } else {
        assert.deepEqual(shape(value), shape(full), `${key}: not streamed, the same node`);
      }
    }
    assert.deepEqual([...handed.keys()], ['entities', 'claims']);
  });

  test('a 100 000-entry register loads within a 300 MB old-generation heap (the whole tree needs more)', async () => {
    const { makeRegister } = await benchCorpus();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-memory-'));
    const file = path.join(dir, 'claims.yaml');
    try {
      fs.writeFileSync(file, makeRegister(100000, 11).yaml);
      const engine = path.join(REPO, 'server', 'out', 'engine', 'index.js');
      const script = `const e = require(${JSON.stringify(engine)}); const fs = require('fs');
        const host = { read: f => fs.readFileSync(f, 'utf8'), resolve: (a, b) => b, allowed: () => true };
        const r = e.loadRegister(process.argv[1], host); e.nameIndex(r);
        console.log(JSON.stringify({ claims: r.claims.size, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
      const out = execFileSync(process.execPath, ['--max-old-space-size=300', '-e', script, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const { claims, rssMB } = JSON.parse(out) as { claims: number; rssMB: number };
      console.log(`100 000-entry register: peak RSS ${rssMB} MB`);
      assert.equal(claims, 49993);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The entries of the sections of a bench register (lines indented by two that open one). */
function countEntries(yaml: string): number {
  return yaml.split('\n').filter(l => /^ {2}[^ #]/.test(l)).length;
}

/** A node as plain data (kind, range, value, type, source, flow, items). */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return ['S', node.range, node.value, node.type, node.source];
  if (isMap(node)) return ['M', node.range, !!node.flow, node.items.map(p => (isPair(p) ? [shape(p.key), shape(p.value)] : 'not a pair'))];
  if (isSeq(node)) return ['Q', node.range, !!node.flow, node.items.map(shape)];
  return 'other';
}
