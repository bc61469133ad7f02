/**
 * The fast YAML reader (server/src/engine/yaml/fast.ts) against `parseDocument`, differentially:
 * for every input it reads, the tree must be the one `parseDocument` gives (structure, node kinds,
 * every range [start, value end, node end], scalar values and their JS types, scalar type and
 * source, flow flags), with no error or warning from `parseDocument`; otherwise it must decline.
 * Inputs: every register in the repository and the shared fixtures, the YAML of the example
 * articles (front matter, claim blocks), benchmark registers of a few sizes, a few thousand
 * register-like texts from a seeded generator (quotes, escapes, comments, blank lines, CRLF, typed
 * scalars, flow collections, Arabic and emoji, long lines, and things it must decline) and as many
 * again with random edits, and the fuzz suite's random and mutated registers. A share of the clean
 * generated texts must take the fast path, so the test cannot pass by declining everything.
 * End to end, loadRegister and checkArticle give the same findings and model with the fast reader
 * on and off. And it never throws and stays linear: megabyte lines, deep nesting.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { checkArticle, loadRegister } from '../../server/out/engine/index.js';
import { readYamlFast, YAML_OPTIONS } from '../../server/out/engine/yaml/fast.js';
import { REGISTER_CASES } from '../engine/register.cases';
import { strip } from '../helpers/markers';
import { REPO, SHARED } from '../helpers/repo';
import { firstDifference, memoryHost, registerSummary, walkFiles as walk, withFastYaml } from '../helpers/registers';
import { benchCorpus } from './corpus';
import { generatedRegister, mutatedRegister } from './hostile';
import { claimBlockLike, Gen, mutate, registerLike } from './yamlGen';

const SEED = Number(process.env.CLAIMCHECK_FUZZ_SEED) || 20240611;
const GENERATED = 2500;
const MUTATED = 2500;
/** Of the generated texts without edits, at least this share must be read by the fast path. */
const MIN_FAST_SHARE = 0.5;

// ---------------------------------------------------------------- comparing trees

const num = (v: number) => (Object.is(v, -0) ? '-0' : String(v));

/** What the engine can read of a node, as plain data. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node ?? null;
  if (isScalar(node)) {
    const v = node.value;
    return ['S', node.range, typeof v, typeof v === 'number' ? num(v) : v, node.type, node.source, node.format, (node as { minFractionDigits?: number }).minFractionDigits];
  }
  if (isMap(node)) {
    return ['M', node.range, !!node.flow, node.items.map(p => (isPair(p) ? [shape(p.key), shape(p.value)] : ['not a pair']))];
  }
  if (isSeq(node)) return ['Q', node.range, !!node.flow, node.items.map(shape)];
  return ['other', (node as object).constructor?.name];
}

const show = (s: string) => JSON.stringify(s.length > 4000 ? s.slice(0, 4000) + '…' : s);

/** Where two renderings first differ, with some context. */
const counts = { compared: 0, fast: 0, loads: 0 };
after(() => console.log(`fast YAML reader: ${counts.compared} texts compared with parseDocument, ${counts.fast} read by the fast path; ${counts.loads} registers loaded both ways`));

/** Compares the fast reading of `text` with parseDocument's: true when the fast path took it. */
function compare(text: string, label: string): boolean {
  counts.compared++;
  let fast;
  try {
    fast = readYamlFast(text);
  } catch (e) {
    assert.fail(`${label}: the fast reader threw ${(e as Error).stack}\non ${show(text)}`);
  }
  if (!fast) return false;
  counts.fast++;
  const slow = parseDocument(text, YAML_OPTIONS);
  const problems = [...slow.errors, ...slow.warnings].map(e => e.message.split('\n')[0]);
  assert.deepEqual(problems, [], `${label}: the fast reader read a text that yaml reports:\n${show(text)}`);
  const a = JSON.stringify(shape(fast.contents)), b = JSON.stringify(shape(slow.contents));
  if (a !== b) assert.fail(`${label}: trees differ on ${show(text)}\n${firstDifference(a, b, ['fast', 'yaml'], 120)}`);
  assert.deepEqual([fast.errors.length, fast.warnings.length], [0, 0]);
  // yaml's own methods work on the fast nodes: plain JS values, and a clone with the same tree.
  assert.deepEqual(fast.toJS({ maxAliasCount: -1 }), slow.toJS({ maxAliasCount: -1 }), `${label}: toJS differs on ${show(text)}`);
  if (text.length < 5000) assert.equal(JSON.stringify(shape(fast.clone().contents)), a, `${label}: a clone differs`);
  return true;
}

// ---------------------------------------------------------------- end to end

/** loadRegister with the fast reader on and off: the same findings, the same register. */
function sameRegister(files: Record<string, string>, label: string, root = Object.keys(files)[0]): void {
  counts.loads++;
  const host = memoryHost(files);
  const fast = withFastYaml(true, () => registerSummary(loadRegister(root, host)));
  const slow = withFastYaml(false, () => registerSummary(loadRegister(root, host)));
  if (fast !== slow) assert.fail(`${label}: loadRegister differs with the fast reader\n${firstDifference(fast, slow, ['fast', 'yaml'], 120)}`);
}

// ---------------------------------------------------------------- the repository's YAML

const registerFiles = [
  ...walk(path.join(REPO, 'examples'), n => /\.ya?ml$/.test(n)),
  ...walk(path.join(REPO, 'test', 'fixtures'), n => /\.ya?ml$/.test(n)),
  ...walk(path.join(SHARED, 'fixtures'), n => /\.ya?ml$/.test(n)),
];
const articleFiles = [...walk(path.join(REPO, 'examples'), n => n.endsWith('.md')), ...walk(path.join(SHARED, 'fixtures'), n => n.endsWith('.md'))];

/** Front matter and claim-block YAML in an article. */
function yamlIn(article: string): string[] {
  const out: string[] = [];
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(article);
  if (fm) out.push(fm[1]);
  for (const m of article.matchAll(/```claim\r?\n([\s\S]*?)```/g)) out.push(m[1]);
  return out;
}

/** load.ts reads a register whose text starts with a BOM with a space in its place. */
const asLoaded = (text: string) => (text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);

// ---------------------------------------------------------------- the tests

describe('fast YAML reader: the tree of parseDocument, or none', () => {
  test('every register in the repository and the shared fixtures is read fast, as yaml reads it', () => {
    assert.ok(registerFiles.length >= 5, `registers found: ${registerFiles.join(', ')}`);
    for (const file of registerFiles) {
      const text = asLoaded(fs.readFileSync(file, 'utf8'));
      assert.ok(compare(text, file), `${file}: declined; a register in the repository should take the fast path`);
      sameRegister({ '/ws/claims.yaml': text }, file);
    }
  });

  test('the YAML of the example articles (front matter, claim blocks); checkArticle the same either way', () => {
    const register = loadRegister(path.join(REPO, 'examples', 'claims.yaml'), {
      read: p => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } }, resolve: (f, r) => path.resolve(path.dirname(f), r), allowed: () => true,
    });
    let texts = 0;
    for (const file of articleFiles) {
      const article = fs.readFileSync(file, 'utf8');
      for (const y of yamlIn(article)) { compare(y, file); texts++; }
      const fast = withFastYaml(true, () => JSON.stringify(checkArticle(article, register).findings));
      const slow = withFastYaml(false, () => JSON.stringify(checkArticle(article, register).findings));
      if (fast !== slow) assert.fail(`${file}: checkArticle differs with the fast reader\n${firstDifference(fast, slow, ['fast', 'yaml'], 120)}`);
    }
    assert.ok(texts > 0);
  });

  test('the register test cases load the same with the fast reader on and off', () => {
    for (const c of REGISTER_CASES) {
      const files: Record<string, string> = {};
      for (const [rel, marked] of Object.entries(c.files)) files[`/ws/${rel}`] = strip(marked).text;
      for (const [rel, text] of Object.entries(c.outside ?? {})) files[`/${rel}`] = text;
      for (const text of Object.values(files)) compare(text, c.name);
      sameRegister(files, c.name, `/ws/${Object.keys(c.files)[0]}`);
    }
  });

  test('benchmark registers of 1 to 20 000 entries', async () => {
    const { makeRegister } = await benchCorpus();
    for (const n of [1, 10, 300, 2000, 20000]) {
      const { yaml } = makeRegister(n, n);
      assert.ok(compare(yaml, `makeRegister(${n})`), `makeRegister(${n}) declined`);
      if (n <= 2000) sameRegister({ '/ws/claims.yaml': yaml }, `makeRegister(${n})`);
    }
  });

  test(`${GENERATED} generated register-like texts and ${MUTATED} edited ones`, () => {
    const g = new Gen(SEED);
    let fast = 0, fastMutated = 0;
    for (let i = 0; i < GENERATED; i++) {
      const text = registerLike(g);
      if (compare(text, `generated #${i} (seed ${SEED})`)) fast++;
      if (i % 5 === 0) sameRegister({ '/ws/claims.yaml': text }, `generated #${i} (seed ${SEED})`);
    }
    for (let i = 0; i < MUTATED; i++) {
      const text = mutate(g, registerLike(g));
      if (compare(text, `edited #${i} (seed ${SEED})`)) fastMutated++;
      if (i % 5 === 0) sameRegister({ '/ws/claims.yaml': text }, `edited #${i} (seed ${SEED})`);
    }
    for (let i = 0; i < 1000; i++) {
      const text = claimBlockLike(g);
      compare(i % 2 ? text : mutate(g, text), `claim block #${i} (seed ${SEED})`);
    }
    const share = fast / GENERATED;
    console.log(`fast path: ${fast}/${GENERATED} generated (${(100 * share).toFixed(1)}%), ${fastMutated}/${MUTATED} edited`);
    assert.ok(share >= MIN_FAST_SHARE, `only ${(100 * share).toFixed(1)}% of the generated texts took the fast path`);
    assert.ok(fastMutated > 0);
  });

  test('the fuzz suite\'s generated and mutated registers', () => {
    const seed = fs.readFileSync(path.join(REPO, 'examples', 'claims.yaml'), 'utf8');
    const texts = [...fc.sample(generatedRegister, { numRuns: 400, seed: SEED }), ...fc.sample(mutatedRegister(seed), { numRuns: 400, seed: SEED })];
    let fast = 0;
    for (const [i, text] of texts.entries()) {
      if (compare(asLoaded(text), `fuzz register #${i} (seed ${SEED})`)) fast++;
      if (i % 4 === 0) sameRegister({ '/ws/claims.yaml': text }, `fuzz register #${i} (seed ${SEED})`);
    }
    assert.ok(fast > 0);
  });
});

describe('fast YAML reader: never throws, linear time', () => {
  const MB = 1 << 20;
  /** Name, text of about n characters, and the largest ratio allowed (40 unless given). */
  const huge: Array<[string, (n: number) => string, number?]> = [
    ['a plain value on one long line', n => `k: ${'a'.repeat(n)}\n`],
    ['a quoted value on one long line', n => `k: "${'\\u00e9 '.repeat(n / 7)}"\n`],
    ['a flow sequence on one long line', n => `k: [${'a, '.repeat(n / 3)}]\n`],
    ['an unclosed flow sequence', n => `k: [${'a, '.repeat(n / 3)}\n`],
    ['an unclosed quote', n => `k: "${'a'.repeat(n)}\n`],
    ['a long run of ": "', n => `k: ${': '.repeat(n / 2)}\n`],
    ['a long run of "{"', n => `k: ${'{'.repeat(n)}\n`],
    ['a long run of blanks', n => `k: a${' '.repeat(n)}\n`],
    ['a long comment', n => `k: a # ${'c'.repeat(n)}\n`],
    // 116 000 mappings at 1 MB: the garbage collector's share grows with the heap, so linear code
    // measures 22–41× here (6 runs and one failure of the old bound of 40, with no change to the
    // reader); quadratic work would be 100×.
    ['many short lines', n => `k:\n${'  - a: 1\n'.repeat(n / 9)}`, 60],
    ['many comment lines', n => `k:\n  a: 1\n${'    # c\n'.repeat(n / 8)}`],
  ];
  const cpu = (f: () => void) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };

  for (const [name, make, limit = 40] of huge) {
    test(`${name}: 1 MB, and 10 × the text at most ~10 × the time`, () => {
      const big = make(MB);
      compare(big, name);
      // Ratio of the best of three at 100 KB and 1 MB: linear is ~10, quadratic ~100.
      const small = make(MB / 10);
      const best = (text: string) => Math.min(...[0, 1, 2].map(() => cpu(() => readYamlFast(text))));
      const [s, l] = [best(small), best(big)];
      assert.ok(l / Math.max(s, 2) < limit, `${name}: ${s.toFixed(1)} ms at 100 KB, ${l.toFixed(1)} ms at 1 MB`);
    });
  }

  test('"a: b: c: …" on a line (the yaml parser recurses once per key), also after a quote that yaml ends early: refused, not thrown', () => {
    // parseDocument runs out of stack on both.
    const keys = (n: number) => 'x: '.repeat(n) + 'x:';
    const texts = [
      `version: 1\nclaims:\n  c:\n    note: ${keys(5000)}\n  d: 1\n`,
      // The quote does not go on over a line indented less than its key: yaml reads that line as keys.
      `junk:\r\n       by: "${keys(1600)}\n      ${keys(3157)}"\r\n     - from: [ ] # a: b\r\n`,
    ];
    for (const text of texts) {
      const reg = loadRegister('/ws/claims.yaml', memoryHost({ '/ws/claims.yaml': text }));
      assert.match(reg.findings.get('/ws/claims.yaml')![0].message, /nested more than \d+ levels deep/, show(text));
    }
  });

  test('deep nesting: declined without a stack overflow; parseYaml still refuses it first', () => {
    const deepMap = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    const deepSeq = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n') + ' x\n';
    const deepFlow = `k: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    for (const text of [deepMap, deepSeq, deepFlow]) assert.equal(readYamlFast(text), undefined);
    const reg = loadRegister('/ws/claims.yaml', memoryHost({ '/ws/claims.yaml': `version: 1\nclaims:\n${deepMap}` }));
    assert.match(reg.findings.get('/ws/claims.yaml')![0].message, /nested more than \d+ levels deep/);
  });
});
