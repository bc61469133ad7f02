#!/usr/bin/env node
// `npm run soak`: a long editing session in one language-server process. The 2 000-article
// benchmark corpus (bench/generate.mjs, as `npm run bench` makes it: a 1 000-entry register,
// articles of 2–8 KB in Arabic and English) is opened, changed and closed through the protocol, 20
// times over, in batches. The server's resident memory (VmRSS, /proc/<pid>/status) is sampled during
// and after each round. The curve goes to test/robustness/SOAK-RESULTS.md; the run fails when the
// peak of the last rounds is more than 15% above the peak of the early ones (a leak), or when an
// article's diagnostics do not come back.
// Options: --rounds N (default 20), --articles N (default 2000), --batch N (default 50).
// Needs `npm run build` (the npm script does it): it drives bin/claimcheck-language-server.js with
// the protocol tests' client (out-test/protocol/lspClient.js).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeArticle, makeRegister } from '../bench/generate.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { LspClient } = require(path.join(REPO, 'out-test', 'protocol', 'lspClient.js'));

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const ROUNDS = arg('--rounds', 20), ARTICLES = arg('--articles', 2000), BATCH = arg('--batch', 50);
const TOLERANCE = 0.15;

const rssMb = pid => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

// ---- the corpus, in a temporary workspace
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-soak-'));
fs.mkdirSync(path.join(dir, '.git'));
fs.mkdirSync(path.join(dir, 'articles'));
const reg = makeRegister(1000, 7);
fs.writeFileSync(path.join(dir, 'claims.yaml'), reg.yaml);
const articles = [];
for (let i = 0; i < ARTICLES; i++) {
  const lang = i % 2 ? 'ar' : 'en';
  const text = makeArticle(2048 + ((i * 7919) % 6144), lang, i + 1, reg.model);
  const file = path.join(dir, 'articles', `a${String(i).padStart(5, '0')}.${lang}.md`);
  fs.writeFileSync(file, text);
  articles.push({ uri: pathToFileURL(file).href, text });
}
const corpusMb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 2 ** 20;
console.log(`soak: ${ARTICLES} articles (${corpusMb.toFixed(1)} MB) in ${dir}; ${ROUNDS} rounds of open, change, close in batches of ${BATCH}`);

const client = await LspClient.start({ folder: dir });
const pid = client.pid;
const started = rssMb(pid);
const rounds = [];
let failed;
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const t0 = Date.now();
    let peak = 0;
    const poll = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 100);
    let diagnostics = 0;
    for (let b = 0; b < articles.length; b += BATCH) {
      const batch = articles.slice(b, b + BATCH);
      const opened = batch.map(a => client.diagnostics(a.uri));
      for (const a of batch) client.open(a.uri, a.text, 'markdown', 1);
      await Promise.all(opened);
      // An edit that changes a date, so the findings change too.
      const changed = batch.map(a => client.diagnostics(a.uri, p => p.version === 2));
      batch.forEach((a, k) => client.change(a.uri, 2, { text: a.text.replace(/\b(19|20)(\d\d)\b/, (_, c, y) => `${c}${String((+y + round + k) % 100).padStart(2, '0')}`) }));
      for (const p of await Promise.all(changed)) diagnostics += p.diagnostics.length;
      for (const a of batch) client.close(a.uri);
      client.published.length = 0; // the test client keeps every publish; the soak does not need them
    }
    // A request after the round: the server is idle again when the sample is taken.
    await client.request('claimcheck/claims', {});
    clearInterval(poll);
    const after = rssMb(pid);
    peak = Math.max(peak, after);
    rounds.push({ round, seconds: (Date.now() - t0) / 1000, peak, after, diagnostics });
    console.log(`round ${String(round).padStart(2)}: ${((Date.now() - t0) / 1000).toFixed(1)} s, RSS peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB, ${diagnostics} diagnostics`);
  }
} catch (e) {
  failed = e instanceof Error ? e.message : String(e);
  console.error(`soak: ${failed}`);
} finally {
  await client.stop().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
}

// ---- verdict: the late peak against the early peak (rounds 2–6: the first round builds caches)
const early = rounds.slice(1, 6), late = rounds.slice(-5);
const maxPeak = list => Math.max(...list.map(r => r.peak));
const earlyPeak = early.length ? maxPeak(early) : NaN, latePeak = late.length ? maxPeak(late) : NaN;
const growth = latePeak / earlyPeak - 1;
const stable = rounds.length === ROUNDS && growth <= TOLERANCE;
const sameFindings = rounds.every(r => r.diagnostics > 0);

const bar = mb => '█'.repeat(Math.max(1, Math.round(mb / Math.max(...rounds.map(r => r.peak)) * 40)));
const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const md = [
  '# Soak results',
  '',
  `Written by \`npm run soak\` (scripts/soak.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.version}.`,
  `One server process (\`claimcheck-language-server --stdio\`), the benchmark corpus: ${ARTICLES} articles (${corpusMb.toFixed(1)} MB, Arabic and English, 2–8 KB each) and a 1 000-entry register. Each round opens every article, changes it once, waits for its diagnostics and closes it (batches of ${BATCH}). RSS is the server's VmRSS: the peak is polled every 100 ms during the round, "after" is read once the round is done.`,
  '',
  `Server RSS at start (after initialize): ${started.toFixed(0)} MB.`,
  '',
  '| round | time | RSS peak | RSS after | diagnostics | |',
  '|---|---|---|---|---|---|',
  ...rounds.map(r => `| ${r.round} | ${r.seconds.toFixed(1)} s | ${r.peak.toFixed(0)} MB | ${r.after.toFixed(0)} MB | ${r.diagnostics} | ${bar(r.peak)} |`),
  '',
  `Peak of rounds 2–6: ${earlyPeak.toFixed(0)} MB; peak of the last 5 rounds: ${latePeak.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%; allowed +${TOLERANCE * 100}%).`,
  `**${stable && sameFindings && !failed ? 'Stable' : 'NOT stable'}**${failed ? `: ${failed}` : ''}.`,
  '',
];
fs.writeFileSync(path.join(REPO, 'test', 'robustness', 'SOAK-RESULTS.md'), md.join('\n'));
console.log(`soak: early peak ${earlyPeak.toFixed(0)} MB, late peak ${latePeak.toFixed(0)} MB (${(growth * 100).toFixed(1)}%): ${stable && !failed ? 'stable' : 'NOT stable'}; written to test/robustness/SOAK-RESULTS.md`);
process.exitCode = stable && sameFindings && !failed ? 0 : 1;
