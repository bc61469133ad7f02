/** action.yml, the sample workflow and .pre-commit-hooks.yaml: their shell steps run for real against the built CLI. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { REPO } from '../helpers/repo';
import { ARTICLE, BIN, git, REGISTER, tree } from './run';

const action = parseYaml(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8'));
type Step = { name?: string; id?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, string> };
const steps = action.runs.steps as Step[];
const step = (id: string) => steps.find(s => s.id === id)!;

/** Runs a composite step's script as the runner would: inputs substituted into its env, outputs read from $GITHUB_OUTPUT. */
function runStep(s: Step, cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const scratch = tree({});
  const output = path.join(scratch, 'output');
  const summary = path.join(scratch, 'summary.md');
  fs.writeFileSync(output, '');
  const defaults = Object.fromEntries(Object.entries(action.inputs as Record<string, { default?: string }>).map(([k, v]) => [k, v.default ?? '']));
  const all = { ...defaults, ...inputs };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => all[name] ?? '');
  const r = spawnSync('bash', ['-e', '-c', s.run!], {
    cwd, encoding: 'utf8',
    env: { PATH: process.env.PATH!, HOME: scratch, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: scratch, ...env, ...extraEnv },
  });
  const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').split('\n').filter(Boolean).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const stepSummary = fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: stepSummary };
}

describe('action.yml', () => {
  test('is a composite action: setup-node, claimcheck --format github, SARIF uploaded by codeql-action', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(steps[0].uses!, /^actions\/setup-node@v\d+$/);
    assert.match(step('check').run!, /--format github/);
    assert.match(step('check').run!, /--format sarif/);
    const upload = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.ok(upload, 'uploads SARIF');
    assert.match(upload.if!, /always\(\)/, 'uploads even when the check fails');
    assert.equal(upload.with!.sarif_file, '${{ steps.check.outputs.sarif-file }}');
  });

  test('its check step prints annotations, writes the step summary and a SARIF file, and fails on errors', () => {
    const ws = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'articles/a.md': ARTICLE, 'articles/b.md': 'Plain.\n' });
    const r = runStep(step('check'), ws, { paths: 'articles', args: '--level warning' }, { CLAIMCHECK: `${process.execPath} ${BIN}` });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.outputs['sarif-file'], 'claimcheck.sarif');
    assert.match(r.stdout, /^::error file=articles\/a\.md,line=13,col=6,/m);
    assert.match(r.summary, /\| error \| `articles\/a\.md:13:6` \| `unknown-ref` \|/);
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'claimcheck.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length >= 3);

    const shard = runStep(step('check'), ws, { paths: 'articles', shard: '1/2', 'sarif-file': 'one.sarif' }, { CLAIMCHECK: `${process.execPath} ${BIN}` });
    assert.ok(fs.existsSync(path.join(ws, 'one.sarif')), shard.stderr);
    const clean = tree({ '.git/HEAD': 'x', 'claims.yaml': REGISTER, 'b.md': 'Plain.\n' });
    assert.equal(runStep(step('check'), clean, {}, { CLAIMCHECK: `${process.execPath} ${BIN}` }).status, 0);
  });

  test('its category is claimcheck, or claimcheck-shard-I-of-N for a shard', () => {
    const ws = tree({});
    assert.equal(runStep(step('category'), ws, {}).outputs.value, 'claimcheck');
    assert.equal(runStep(step('category'), ws, { shard: '2/3' }).outputs.value, 'claimcheck-shard-2-of-3');
    assert.equal(runStep(step('category'), ws, { shard: '2/3', category: 'mine' }).outputs.value, 'mine');
  });
});

describe('sample workflow', () => {
  test('uses the action over a shard matrix and merges the shards with merge-sarif', () => {
    const wf = parseYaml(fs.readFileSync(path.join(REPO, '.github', 'workflows', 'claimcheck.yml'), 'utf8'));
    const check = wf.jobs.check;
    assert.deepEqual(check.strategy.matrix.shard, [1, 2, 3]);
    const uses = check.steps.find((s: Step) => s.uses === './');
    assert.equal(uses.with.shard, '${{ matrix.shard }}/3');
    const merge = wf.jobs['code-scanning'].steps.find((s: Step) => s.run?.includes('merge-sarif'));
    assert.match(merge.run, /claimcheck merge-sarif claimcheck-\*\.sarif > claimcheck\.sarif/);
    assert.equal(wf.jobs['code-scanning'].permissions['security-events'], 'write');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parseYaml(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; files: string; language: string; pass_filenames?: boolean }>;

  test('hooks select the right files and their commands run', () => {
    const byId = new Map(hooks.map(h => [h.id, h]));
    assert.deepEqual([...byId.keys()], ['claimcheck', 'claimcheck-register', 'claimcheck-fix']);
    for (const h of hooks) assert.equal(h.language, 'node');
    const articles = new RegExp(byId.get('claimcheck')!.files);
    assert.ok(articles.test('articles/a.md') && articles.test('x.markdown') && !articles.test('claims.yaml'));
    const register = new RegExp(byId.get('claimcheck-register')!.files);
    assert.ok(register.test('claims.yaml') && register.test('desk/claims.yml') && !register.test('myclaims.yaml') && !register.test('a.md'));

    const ws = tree({ 'claims.yaml': REGISTER, 'a.md': ARTICLE.replace('ref: last-meetin\n', 'ref: last-meeting\n').replace(/Another meeting[\s\S]*$/, ''), 'b.md': 'Plain.\n' });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'first');
    const run = (entry: string, files: string[]) => {
      const [cmd, ...args] = entry.split(' ');
      assert.equal(cmd, 'claimcheck');
      return spawnSync(process.execPath, [BIN, ...args, ...files], { cwd: ws, encoding: 'utf8' });
    };
    assert.equal(run(byId.get('claimcheck')!.entry, ['a.md', 'b.md']).status, 0);
    fs.writeFileSync(path.join(ws, 'claims.yaml'), REGISTER.replace('date: 2013-08-09', 'date: 2014-08-09'));
    const reg = run(byId.get('claimcheck-register')!.entry, []);
    assert.equal(reg.status, 1, 'the register change breaks a.md');
    assert.match(reg.stdout, /^a\.md:\d+:\d+: error date-mismatch/m);
    assert.ok(!reg.stdout.includes('b.md'));
  });
});
