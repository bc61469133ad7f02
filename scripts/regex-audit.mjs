#!/usr/bin/env node
// Regular-expression audit of the engine (server/src/engine): lists every regex, with where it is
// written, and what the static ReDoS analyser scslre says about it.
//
//   node scripts/regex-audit.mjs            # a summary table on stdout
//   node scripts/regex-audit.mjs --json     # every regex and report as JSON
//
// Two sources, so that none is missed:
//  - regex literals (/…/flags), found in the TypeScript sources with the compiler's parser;
//  - regexes built with `new RegExp(…)` (word lists joined into alternations), recorded at run time
//    by a RegExp subclass installed before the compiled engine is loaded, then exercised on the
//    examples so that regexes built inside functions are created too. Every static `new RegExp`
//    call site must have been seen at run time, or the script fails.
// scslre finds polynomial and exponential backtracking for attack strings that repeat one
// character; its "Move" reports (a pattern retried at every start position) are listed apart.
// Needs `npm run build` first. What was checked by hand is written in test/robustness/REGEX-AUDIT.md.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const { analyse } = require('scslre');

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(REPO, 'server', 'src', 'engine');
const OUT = path.join(REPO, 'server', 'out', 'engine');

const files = [];
const walk = dir => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) files.push(p);
  }
};
walk(SRC);
files.sort();

// ---- 1. literals and `new RegExp` call sites, from the sources
const found = new Map(); // key: source/flags -> { source, flags, sites: Set }
const add = (source, flags, site) => {
  const key = `/${source}/${flags}`;
  const r = found.get(key) ?? { source, flags, sites: new Set() };
  r.sites.add(site);
  found.set(key, r);
};
const constructorSites = [];
for (const file of files) {
  const rel = path.relative(REPO, file).split(path.sep).join('/');
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = node => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      add(text.slice(1, slash), text.slice(slash + 1), `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
      constructorSites.push(`${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// ---- 2. regexes built at run time
process.setSourceMapsEnabled(true);
const Native = RegExp;
const seenSites = new Set();
const record = (source, flags) => {
  const frame = (new Error().stack ?? '').split('\n')[3]; // the caller of the trap: only regexes the engine itself builds
  const m = frame && /(server\/(?:src|out)\/engine\/[^:)]+):(\d+)/.exec(frame);
  if (!m) return;
  const site = `${m[1].replace('/out/', '/src/').replace(/\.js$/, '.ts')}:${m[2]}`;
  seenSites.add(site);
  add(typeof source === 'string' ? source : source.source, flags ?? (typeof source === 'string' ? '' : source.flags), site);
};
globalThis.RegExp = new Proxy(Native, {
  construct(target, args) { record(args[0], args[1]); return Reflect.construct(target, args); },
  apply(target, self, args) { record(args[0], args[1]); return Reflect.apply(target, self, args); },
});
const engine = require(path.join(OUT, 'index.js'));
// Exercise the engine so that regexes made inside functions are made.
const host = {
  read: f => { try { return fs.readFileSync(f, 'utf8'); } catch { return undefined; } },
  resolve: (from, rel) => path.resolve(path.dirname(from), rel),
  allowed: () => true,
};
const examples = path.join(REPO, 'examples');
const register = engine.loadRegister(path.join(examples, 'claims.yaml'), host);
const articles = [];
const walkMd = dir => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkMd(p);
    else if (e.name.endsWith('.md')) articles.push(p);
  }
};
walkMd(examples);
for (const a of articles) engine.checkArticle(fs.readFileSync(a, 'utf8'), register, { review: { today: 20000, maxAgeDays: 365 } });
globalThis.RegExp = Native;

const unseen = constructorSites.filter(s => !seenSites.has(s));

// ---- 3. analysis
const rows = [];
for (const r of found.values()) {
  let reports = [];
  let error;
  try {
    reports = analyse({ source: r.source, flags: r.flags.replace(/[dy]/g, '') }).reports;
  } catch (e) {
    error = e.message;
  }
  rows.push({
    regex: `/${r.source.length > 100 ? r.source.slice(0, 97) + '…' : r.source}/${r.flags}`,
    length: r.source.length,
    sites: [...r.sites].sort(),
    backtracking: reports.filter(x => x.type !== 'Move').map(x => ({ type: x.type, exponential: x.exponential, char: x.character.pick })),
    move: reports.some(x => x.type === 'Move'),
    error,
  });
}
rows.sort((a, b) => a.sites[0].localeCompare(b.sites[0], 'en', { numeric: true }));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ regexes: rows, constructorSites, unseen }, null, 1));
} else {
  const flagged = rows.filter(r => r.backtracking.length);
  console.log(`${rows.length} distinct regexes in ${files.length} engine files (${constructorSites.length} new RegExp call sites, all exercised: ${unseen.length === 0}).`);
  console.log(`scslre: ${flagged.length} with backtracking reports (${flagged.filter(r => r.backtracking.some(b => b.exponential)).length} exponential), ${rows.filter(r => r.move).length} with "Move" reports, ${rows.filter(r => r.error).length} not analysable.\n`);
  for (const r of rows) {
    const verdict = r.error ? `not analysed (${r.error})`
      : r.backtracking.length ? r.backtracking.map(b => `${b.exponential ? 'EXPONENTIAL ' : ''}${b.type} on ${JSON.stringify(b.char)}`).join('; ')
        : r.move ? 'move' : 'ok';
    console.log(`${r.sites.join(', ')}\t${verdict}\t${r.regex}`);
  }
}
if (unseen.length) {
  console.error(`new RegExp call sites never reached at run time: ${unseen.join(', ')}`);
  process.exitCode = 1;
}
