#!/usr/bin/env node
// Load time and peak memory of loadRegister with the fast YAML reader (server/src/engine/yaml/fast.ts)
// on and off, on bench/generate.mjs registers; each run in its own process, for its peak RSS.
// Not a test: `npm run build && node bench/yaml-reader.mjs [sizes…]` (default 1000 10000 100000).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repo = path.resolve(path.dirname(here), '..');
const engine = path.join(repo, 'server', 'out', 'engine');

if (process.argv[2] === '--child') {
  const [, , , file, on] = process.argv;
  const require = createRequire(import.meta.url);
  const { loadRegister } = require(path.join(engine, 'index.js'));
  require(path.join(engine, 'yaml', 'read.js')).setFastYaml(on === 'on');
  const text = fs.readFileSync(file, 'utf8');
  const host = { read: p => (p === file ? text : undefined), resolve: (from, rel) => path.join(path.dirname(from), rel), allowed: () => true };
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now(), cpu0 = process.cpuUsage();
  const reg = loadRegister(file, host);
  const ms = performance.now() - t, cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({
    ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssBeforeMB: Math.round(rssBefore / 1048576),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), findings: reg.findings.get(file).length, claims: reg.claims.size,
  }));
} else {
  const sizes = process.argv.slice(2).map(Number);
  const { makeRegister } = await import(path.join(repo, 'bench', 'generate.mjs'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-yaml-bench-'));
  try {
    for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
      const file = path.join(dir, `claims-${n}.yaml`);
      fs.writeFileSync(file, makeRegister(n).yaml);
      for (const on of ['off', 'on']) {
        const out = execFileSync(process.execPath, [here, '--child', file, on], { encoding: 'utf8' }).trim();
        console.log(`${String(n).padStart(6)} entries, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB, fast YAML ${on.padEnd(3)}: ${out}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
