#!/usr/bin/env node
// `npm run fuzz`: the robustness tests at full budget, outside `npm test`.
//  - test/robustness/fuzz.test.ts with 100 000 generated cases (random and mutated articles and
//    registers, determinism across per-text caches) and fixes.test.ts with a fifth of that;
//  - linearity.test.ts at the sizes (a 1 MB single line against 100 KB, a 50 MB article
//    against 5 MB).
// Writes what it found to test/robustness/FUZZ-RESULTS.md (cases, time, failures, seed, figures)
// and exits 1 when a test failed. Options: --cases N (default 100000), --seed S (default: new),
// --no-limits (skip the large inputs). Needs `npm run build` first (the npm script does it).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const cases = Number(arg('--cases', '100000'));
const seed = Number(arg('--seed', String(1 + Math.floor(Math.random() * 2 ** 31))));
const limits = !process.argv.includes('--no-limits');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-fuzz-'));

function run(files, env) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files.map(f => path.join(REPO, 'out-test', 'robustness', f))], {
    cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20,
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return { ok: r.status === 0, seconds: (Date.now() - t0) / 1000, output: r.stdout };
}

console.log(`claimcheck fuzz: ${cases} cases, seed ${seed}${limits ? ', full-size limits' : ''}`);
const fuzzReport = path.join(tmp, 'fuzz.json');
const fuzz = run(['fuzz.test.js', 'fixes.test.js'], { CLAIMCHECK_FUZZ_CASES: String(cases), CLAIMCHECK_FUZZ_SEED: String(seed), CLAIMCHECK_FUZZ_REPORT: fuzzReport });
const limitsReport = path.join(tmp, 'limits.json');
const lim = limits ? run(['linearity.test.js'], { CLAIMCHECK_LIMITS_FULL: '1', CLAIMCHECK_LIMITS_REPORT: limitsReport }) : undefined;

const read = f => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : undefined);
const fz = read(fuzzReport);
const li = read(limitsReport);
const fixCases = Math.max(50, Math.round(cases / 5));
const failures = (fuzz.output.match(/^\s*✖ .*$/gm) ?? []).filter(l => !/tests? failed|subtests? failed/.test(l));
const generated = fz ? Object.values(fz.properties).reduce((n, p) => n + p.cases, 0) : 0;

const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const lines = [
  '# Fuzz results',
  '',
  `Written by \`npm run fuzz\` (scripts/fuzz.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.version}.`,
  `Seed ${seed}: \`node scripts/fuzz.mjs --seed ${seed} --cases ${cases}\` repeats this run.`,
  '',
  '## Generated cases (test/robustness/fuzz.test.ts, fixes.test.ts)',
  '',
  '| property | cases | time | result |',
  '|---|---|---|---|',
  ...(fz ? Object.entries(fz.properties).map(([name, p]) => `| ${name} | ${p.cases.toLocaleString('en')} | ${(p.ms / 1000).toFixed(1)} s | ${p.failed ? 'FAILED' : 'passed'} |`) : ['| (no report: the run failed before writing one) | | | |']),
  `| applying fixes keeps the text outside them (fixes.test.ts) | ${fixCases.toLocaleString('en')} | (in the total) | ${/✖ applying the fixes/.test(fuzz.output) ? 'FAILED' : 'passed'} |`,
  '',
  `**${(generated + fixCases).toLocaleString('en')} cases in ${fuzz.seconds.toFixed(0)} s, ${failures.length} failures.**`,
  ...(failures.length ? ['', 'Failures:', '', ...failures.map(f => `- ${f.trim()}`)] : []),
  ...(fz ? Object.entries(fz.properties).filter(([, p]) => p.failed).flatMap(([name, p]) => ['', `### ${name}`, '', '```', p.failed, '```']) : []),
  '',
];
if (lim) {
  lines.push('## Linear time at full size (test/robustness/linearity.test.ts, CLAIMCHECK_LIMITS_FULL=1)', '',
    'Median CPU time of checking the input at size n and at 10 n; the test fails above 12×.', '',
    '| input | n | time at n | time at 10 n | ratio |', '|---|---|---|---|---|');
  for (const [name, f] of Object.entries(li?.figures ?? {})) {
    lines.push(`| ${name} | ${f.n.toLocaleString('en')} | ${f.smallMs.toFixed(0)} ms | ${f.largeMs.toFixed(0)} ms | ${f.ratio.toFixed(1)}× |`);
  }
  lines.push('', `Result: ${lim.ok ? 'passed' : 'FAILED'} in ${lim.seconds.toFixed(0)} s.`, '');
}
fs.writeFileSync(path.join(REPO, 'test', 'robustness', 'FUZZ-RESULTS.md'), lines.join('\n'));
console.log(`\nclaimcheck fuzz: ${(generated + fixCases).toLocaleString('en')} cases in ${fuzz.seconds.toFixed(0)} s, ${failures.length} failures; written to test/robustness/FUZZ-RESULTS.md`);
process.exitCode = fuzz.ok && (!lim || lim.ok) ? 0 : 1;
