#!/usr/bin/env node
// `npm run bench`: measures Claimcheck against peers in the same run and writes bench/RESULTS.md.
// Never part of `npm test`. Ratios, not absolute timings, are what the targets are about.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeArticle, makeRegister } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const quick = process.argv.includes('--quick');
const ARTICLES = quick ? 200 : 2000;
const EDITS = quick ? 40 : 200;
const loadAtStart = os.loadavg().map(x => x.toFixed(2)).join(' ');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-'));
const log = (...a) => console.error('[bench]', ...a);
const rows = [];
const out = (s = '') => rows.push(s);

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const ms = x => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

function timeCommand(cmd, args, opts) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { ...opts, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - t;
  if (r.status === null || r.status > 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr?.slice(0, 500)}`);
  return elapsed;
}
const best = (n, f) => Math.min(...Array.from({ length: n }, f));

// ---------- corpus
log('generating corpus in', work);
const corpus = path.join(work, 'corpus');
fs.mkdirSync(path.join(corpus, 'articles'), { recursive: true });
const reg1k = makeRegister(1000, 7);
fs.writeFileSync(path.join(corpus, 'claims.yaml'), reg1k.yaml);
let corpusBytes = 0;
for (let i = 0; i < ARTICLES; i++) {
  const lang = i % 2 ? 'ar' : 'en';
  const size = 2048 + ((i * 7919) % 6144); // 2–8 KB, typical news length
  const text = makeArticle(size, lang, i + 1, reg1k.model);
  corpusBytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(corpus, 'articles', `a${String(i).padStart(5, '0')}.${lang}.md`), text);
}
fs.mkdirSync(path.join(corpus, '.git')); // a repository root, for register discovery
const mdItScript = path.join(work, 'parse-limit.cjs');
fs.writeFileSync(mdItScript, `const fs=require('fs'),path=require('path');const MarkdownIt=require(${JSON.stringify(require.resolve('markdown-it'))});
const md=new MarkdownIt();const dir=process.argv[2];let n=0;for(const f of fs.readdirSync(dir)){n+=md.parse(fs.readFileSync(path.join(dir,f),'utf8'),{}).length;}console.log(n);`);
fs.writeFileSync(path.join(corpus, '.markdownlint-cli2.jsonc'), '{}\n');

// ---------- CLI throughput
log('CLI throughput on', ARTICLES, 'articles');
const cli = path.join(repo, 'bin', 'claimcheck.js');
const runs = quick ? 1 : 3;
const tClaim = best(runs, () => timeCommand(process.execPath, [cli, '--format', 'json', 'articles'], { cwd: corpus }));
const cores = os.availableParallelism?.() ?? os.cpus().length;
const tClaim1 = best(runs, () => timeCommand(process.execPath, [cli, '--format', 'json', 'articles'], { cwd: corpus, env: { ...process.env, CLAIMCHECK_WORKERS: String(Math.min(cores, 8)) } }));
const tLimit = best(runs, () => timeCommand(process.execPath, [mdItScript, path.join(corpus, 'articles')], { cwd: corpus }));
const mdl = path.join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const tLint = best(runs, () => timeCommand(process.execPath, [mdl, 'articles/*.md'], { cwd: corpus }));
const mb = corpusBytes / 1e6;
const rate = t => ({ fps: ARTICLES / (t / 1000), mbps: mb / (t / 1000) });
const [rc, rl, rp] = [rate(tClaim), rate(tLint), rate(tLimit)];

// ---------- register load and RSS
log('register load');
const loadScript = path.join(work, 'load.cjs');
fs.writeFileSync(loadScript, `const e=require(${JSON.stringify(path.join(repo, 'server/out/engine/index.js'))});const fs=require('fs'),path=require('path');
const p=process.argv[2];const host={read:f=>fs.readFileSync(f,'utf8'),resolve:(a,b)=>path.resolve(path.dirname(a),b),allowed:()=>true};
const t=performance.now();const r=e.loadRegister(p,host);e.nameIndex(r);const dt=performance.now()-t;
console.log(JSON.stringify({ms:dt,rss:process.resourceUsage().maxRSS/1024,claims:r.claims.size,entities:r.entities.size}));`);
const registerRows = [];
for (const n of quick ? [1000, 10000] : [1000, 10000, 100000]) {
  const p = path.join(work, `reg-${n}.yaml`);
  fs.writeFileSync(p, makeRegister(n, 11).yaml);
  const r = JSON.parse(execFileSync(process.execPath, [loadScript, p], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  registerRows.push({ n, ...r, bytes: fs.statSync(p).size });
}

// ---------- scaling (in process)
log('scaling');
const engine = require(path.join(repo, 'server/out/engine/index.js'));
const host = { read: f => fs.readFileSync(f, 'utf8'), resolve: (a, b) => path.resolve(path.dirname(a), b), allowed: () => true };
const reg10kPath = path.join(work, 'reg-10000.yaml');
const reg10k = engine.loadRegister(reg10kPath, host);
const model10k = makeRegister(10000, 11).model;
const timeCheck = (text, reg, n = 3) => {
  engine.checkArticle(text, reg);
  return best(n, () => { const t = performance.now(); engine.checkArticle(text, reg); return performance.now() - t; });
};
const sizeRows = [];
for (const kb of quick ? [10, 100, 1000] : [10, 100, 1000, 5000]) {
  const text = makeArticle(kb * 1024, 'ar', 99 + kb, model10k);
  sizeRows.push({ kb, ms: timeCheck(text, reg10k, kb >= 1000 ? 1 : 3) });
}
// Re-checking after an edit (in process): the same engine call without and with the document's memo
// (engine/reuse.ts: Markdown pieces, block facts and block findings kept between checks). Edits type over one digit of
// the last dated paragraph, as the editor latency test below does.
const incrementalRows = [];
for (const kb of quick ? [100, 1000] : [100, 1000, 5000]) {
  const base = makeArticle(kb * 1024, 'ar', 99 + kb, model10k);
  const at = [...base.matchAll(/\b(?:19|20)\d\d\b/g)].pop().index + 3;
  const edits = kb >= 5000 ? 6 : 20;
  const run = memo => {
    let text = base;
    engine.checkArticle(text, reg10k, {}, memo);
    const times = [];
    for (let v = 0; v < edits; v++) {
      text = text.slice(0, at) + String(v % 10) + text.slice(at + 1);
      const t = performance.now();
      engine.checkArticle(text, reg10k, {}, memo);
      times.push(performance.now() - t);
    }
    return percentile(times, 50);
  };
  incrementalRows.push({ kb, edits, plain: run(undefined), memo: run(new engine.DocumentMemo()) });
}

const regRows = [];
// Cites claims that every register size has (the 1 000-entry register's), so no id is unknown.
const article100k = makeArticle(100 * 1024, 'en', 5, makeRegister(1000, 11).model);
for (const r of registerRows) {
  const reg = engine.loadRegister(path.join(work, `reg-${r.n}.yaml`), host);
  regRows.push({ n: r.n, ms: timeCheck(article100k, reg) });
}

// ---------- editor latency through the protocol
log('editor latency');
const { LspClient, uriOf } = require(path.join(repo, 'out-test/protocol/lspClient.js'));
const ws = path.join(work, 'ws');
fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
fs.copyFileSync(reg10kPath, path.join(ws, 'claims.yaml'));
const startTimes = [];
for (let i = 0; i < (quick ? 2 : 5); i++) {
  const t = performance.now();
  const c = await LspClient.start({ folder: ws });
  startTimes.push(performance.now() - t);
  await c.stop();
}
const latencyRows = [];
const pausedRows = [];
const PAUSE_MS = 400;
const PAUSED_EDITS = quick ? 5 : 20;
const client = await LspClient.start({ folder: ws });
for (const kb of quick ? [5, 100] : [5, 100, 5000]) {
  const file = path.join(ws, `edit-${kb}.md`);
  const text = makeArticle(kb * 1024, kb % 2 ? 'en' : 'ar', 1000 + kb, model10k, 0);
  fs.writeFileSync(file, text);
  const uri = uriOf(file);
  let first = client.diagnostics(uri, p => p.version === 1);
  client.open(uri, text);
  await first;
  // Edit a year in the last linked paragraph, back and forth.
  const lines = text.split('\n');
  let line = lines.length - 1;
  while (line > 0 && !/\b(19|20)\d\d\b/.test(lines[line])) line--;
  const col = lines[line].search(/\b(19|20)\d\d\b/) + 3;
  // Types one digit over the year as version v; the time until that version's diagnostics arrive.
  const typeOver = async v => {
    const next = client.diagnostics(uri, p => p.version === v);
    const t = performance.now();
    client.change(uri, v, { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: String(v % 10) });
    await next;
    return performance.now() - t;
  };
  const lat = [];
  // A 5 MB article takes about a second per check: --quick gives it 5 edits.
  const edits = kb >= 5000 && quick ? 5 : EDITS;
  for (let v = 2; v < edits + 2; v++) lat.push(await typeOver(v));
  latencyRows.push({ kb, n: lat.length, p50: percentile(lat, 50), p99: percentile(lat, 99) });
  // The same edits after a pause in typing: the server then checks at once instead of gathering a
  // burst of changes (lsp/scheduler.ts waits up to twice a slow check's cost, at most 300 ms, after
  // it ends), so this is the check itself plus the protocol.
  if (kb >= 100) {
    const paused = [];
    for (let v = edits + 2; v < edits + 2 + PAUSED_EDITS; v++) {
      await new Promise(resolve => setTimeout(resolve, PAUSE_MS));
      paused.push(await typeOver(v));
    }
    pausedRows.push({ kb, n: paused.length, p50: percentile(paused, 50), p99: percentile(paused, 99) });
  }
  client.close(uri);
}
await client.stop();

// ---------- bundle
const bundle = ['dist/extension.js', 'client/out/extension.js'].map(p => path.join(repo, p)).find(p => fs.existsSync(p));
const bundleKb = bundle ? fs.statSync(bundle).size / 1024 : NaN;

// ---------- report
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const mark = ok => (ok ? 'met' : '**missed**');
out('# Benchmark results');
out();
out(`Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.version}; load average at the start ${loadAtStart}.`);
out('Every figure in a table was measured in the same run; ratios compare runs on the same files.');
out();
out(`## CLI throughput (${ARTICLES} articles, ${mb.toFixed(1)} MB, 1 000-entry register; best of ${runs})`);
out();
out('| tool | time | files/s | MB/s | Claimcheck ÷ tool |');
out('|---|---|---|---|---|');
out(`| claimcheck (all checks, JSON; default: ${cores >= 4 ? 'worker threads' : 'one thread below 4 cores'}) | ${ms(tClaim)} ms | ${rc.fps.toFixed(0)} | ${rc.mbps.toFixed(2)} | 1 |`);
out(`| claimcheck with ${Math.min(cores, 8)} worker threads (CLAIMCHECK_WORKERS=${Math.min(cores, 8)}) | ${ms(tClaim1)} ms | ${rate(tClaim1).fps.toFixed(0)} | ${rate(tClaim1).mbps.toFixed(2)} | ${(tClaim1 / tClaim).toFixed(2)}× the time |`);
out(`| markdownlint-cli2 (default rules) | ${ms(tLint)} ms | ${rl.fps.toFixed(0)} | ${rl.mbps.toFixed(2)} | ${(tLint / tClaim).toFixed(2)}× faster |`);
out(`| read + markdown-it parse (the limit) | ${ms(tLimit)} ms | ${rp.fps.toFixed(0)} | ${rp.mbps.toFixed(2)} | ${(tLimit / tClaim).toFixed(2)}× of the limit |`);
out();
out(`Targets: ≥ 5× markdownlint-cli2's files/s — ${mark(tLint / tClaim >= 5)} (${(tLint / tClaim).toFixed(2)}×); ≥ 0.5× the parse limit — ${mark(tLimit / tClaim >= 0.5)} (${(tLimit / tClaim).toFixed(2)}×).`);
out();
out(`## Editor latency (server over stdio, 10 000-entry register, edit → publishDiagnostics)`);
out();
out('Each edit is sent as soon as the previous one is published (continuous typing: after a slow check the server');
out('gathers changes for up to twice its cost, at most 300 ms); the last column sends the same edits after a');
out(`${PAUSE_MS} ms pause each (the server then checks at once).`);
out();
out('| article | edits | p50 | p99 | after a pause: edits, p50, p99 |');
out('|---|---|---|---|---|');
for (const r of latencyRows) {
  const p = pausedRows.find(x => x.kb === r.kb);
  out(`| ${r.kb} KB | ${r.n} | ${ms(r.p50)} ms | ${ms(r.p99)} ms | ${p ? `${p.n}, ${ms(p.p50)} ms, ${ms(p.p99)} ms` : '—'} |`);
}
out();
const l5 = latencyRows.find(r => r.kb === 5);
const big = latencyRows.find(r => r.kb >= 5000);
if (big && big.n < EDITS) out(`The ${big.kb / 1000} MB article gets ${big.n} edits (--quick).`);
out(`Targets (5 KB): p50 ≤ 5 ms — ${mark(l5.p50 <= 5)}; p99 ≤ 20 ms — ${mark(l5.p99 <= 20)}.`);
out(`Server start → initialize response: median ${ms(percentile(startTimes, 50))} ms over ${startTimes.length} starts (target ≤ 300 ms — ${mark(percentile(startTimes, 50) <= 300)}).`);
out();
out('## Register load (parse, validate, name index) and peak RSS');
out();
out('| entries | file | load | peak RSS |');
out('|---|---|---|---|');
for (const r of registerRows) out(`| ${r.n} | ${(r.bytes / 1e6).toFixed(1)} MB | ${ms(r.ms)} ms | ${r.rss.toFixed(0)} MB |`);
const r100 = registerRows.find(r => r.n === 100000);
if (r100) out(`\nTarget: 100 000 entries in ≤ 2 s within 400 MB — ${mark(r100.ms <= 2000 && r100.rss <= 400)} (${(r100.ms / 2000).toFixed(2)}× the time, ${(r100.rss / 400).toFixed(2)}× the memory).`);
out();
out('## Scaling (checkArticle in process)');
out();
out('| article size (10 000-entry register) | time | µs per KB |');
out('|---|---|---|');
for (const r of sizeRows) out(`| ${r.kb} KB | ${ms(r.ms)} ms | ${((r.ms * 1000) / r.kb).toFixed(0)} |`);
const s5 = sizeRows.find(r => r.kb === 5000);
if (s5) out(`\nTarget: a 5 MB article in ≤ 0.5 s — ${mark(s5.ms <= 500)} (${ms(s5.ms)} ms).`);
out();
out('Re-checking after an edit (one digit typed over in the last dated paragraph; median per edit), without and with the');
out('document\'s memo that the language server keeps per open document (Markdown pieces, block facts, and the findings of blocks and passages whose inputs did not change):');
out();
out('| article | edits | without memo | with memo | with ÷ without |');
out('|---|---|---|---|---|');
for (const r of incrementalRows) out(`| ${r.kb} KB | ${r.edits} | ${ms(r.plain)} ms | ${ms(r.memo)} ms | ${(r.memo / r.plain).toFixed(2)} |`);
out();
out('| register size (100 KB article) | time |');
out('|---|---|');
for (const r of regRows) out(`| ${r.n} | ${ms(r.ms)} ms |`);
out();
out(`## Activation bundle`);
out();
out(bundle ? `${path.relative(repo, bundle)}: ${bundleKb.toFixed(0)} KB (target ≤ 1 MB — ${mark(bundleKb <= 1024)}).` : 'No bundle built.');
const report = rows.join('\n') + '\n';
fs.writeFileSync(path.join(here, quick ? 'RESULTS.quick.md' : 'RESULTS.md'), report);
process.stdout.write(report);
fs.rmSync(work, { recursive: true, force: true });
