#!/usr/bin/env node
// Evaluates the engine against the annotated corpus in test/corpus/ (ar.yaml, en.yaml, register.yaml).
//
//   node scripts/eval.mjs [--verbose] [--check] [--lang ar|en] [--only ID-SUBSTRING] [--corpus NAME]
//
// For each item an article is built (front matter with lang and published, the passage, then the
// item's claim block as a ```claim fence) and checked with the compiled engine
// (server/out/engine/index.js; run `npm run build` first, as `npm run eval` does). Prints
// precision and recall per check and language, then the accuracy of the engine's extraction
// (dates, speaker, quote, office, names) against the hand annotation, and writes both tables to
// test/corpus/RESULTS.md. Exit status 0, except with --check: 1 when any evaluated check in any
// language has precision < 0.95 or recall < 0.9 (checks without positives are n/a), 2 when the
// corpus or the engine cannot be loaded. CLAIMCHECK_EVAL_ENGINE=path loads another build of the engine.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_ROOT = join(ROOT, 'test', 'corpus');
// --corpus NAME evaluates test/corpus/NAME/ (e.g. the held-out set, `--corpus holdout`) with its own
// register.yaml when it has one, else the main register; its tables go to test/corpus/NAME/RESULTS.md.
const CORPUS_NAME = (i => (i >= 0 ? process.argv[i + 1] : undefined))(process.argv.indexOf('--corpus'));
if (CORPUS_NAME !== undefined && !/^[A-Za-z0-9][\w-]*$/.test(CORPUS_NAME)) { console.error(`eval: bad --corpus "${CORPUS_NAME}"`); process.exit(2); }
const CORPUS = CORPUS_NAME ? join(CORPUS_ROOT, CORPUS_NAME) : CORPUS_ROOT;
const REGISTER = existsSync(join(CORPUS, 'register.yaml')) ? join(CORPUS, 'register.yaml') : join(CORPUS_ROOT, 'register.yaml');
const ENGINE = process.env.CLAIMCHECK_EVAL_ENGINE ? resolve(process.env.CLAIMCHECK_EVAL_ENGINE) : join(ROOT, 'server', 'out', 'engine', 'index.js');
const LANGS = ['ar', 'en'];

export const CHECKS = [
  'date-mismatch', 'relative-date-mismatch', 'elapsed-mismatch', 'attribution-mismatch', 'quote-mismatch',
  'place-mismatch', 'role-anachronism', 'name-variant', 'claim-status', 'unlinked-claim',
];
/** The check each phrasing family is written to exercise (its clean items are that check's negatives). */
const FAMILY_CHECK = {
  date: 'date-mismatch', relative: 'relative-date-mismatch', elapsed: 'elapsed-mismatch',
  attribution: 'attribution-mismatch', quote: 'quote-mismatch', place: 'place-mismatch',
  office: 'role-anachronism', name: 'name-variant', status: 'claim-status', unlinked: 'unlinked-claim',
};
const TARGET = { precision: 0.95, recall: 0.9 };
const DAY = 86_400_000;

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const flag = name => args.includes(name);
const option = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const VERBOSE = flag('--verbose') || flag('-v');
const CHECK = flag('--check');
const ONLY_LANG = option('--lang');
const ONLY = option('--only');
if (flag('--help') || flag('-h')) {
  console.log('usage: node scripts/eval.mjs [--verbose] [--check] [--lang ar|en] [--only ID-SUBSTRING] [--corpus NAME]');
  process.exit(0);
}

// ---------------------------------------------------------------- loading
let YAML;
try { YAML = require('yaml'); } catch (e) { fatal(`cannot load the "yaml" package: ${e.message}`); }
let engine;
try {
  if (!existsSync(ENGINE)) throw new Error(`${ENGINE} not found (run \`npm run build\` first)`);
  engine = require(ENGINE);
} catch (e) { fatal(`cannot load the engine: ${e.message}`); }

function fatal(msg) { console.error(`eval: ${msg}`); process.exit(2); }
const fn = name => (engine && typeof engine[name] === 'function' ? engine[name] : undefined);

const host = {
  read: p => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } },
  resolve: (from, rel) => resolve(dirname(from), rel),
  allowed: p => resolve(p).startsWith(CORPUS_ROOT),
};
if (!fn('loadRegister') || !fn('checkArticle')) fatal('the engine does not export loadRegister and checkArticle');
let register;
try { register = engine.loadRegister(REGISTER, host); } catch (e) { fatal(`loadRegister threw: ${e.stack || e}`); }
const registerProblems = [];
for (const [file, list] of register.findings ?? []) {
  for (const f of list) registerProblems.push(`${file.slice(ROOT.length + 1)}: ${f.severity} ${f.code}: ${f.message}`);
}

// ---------------------------------------------------------------- corpus and validation
const problems = [];
const items = [];
const seen = new Set();
const isoDay = s => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s + 'T00:00:00Z'));
const asDateString = v => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
const texts = t => (Array.isArray(t) ? t : [t]);

for (const lang of LANGS) {
  const file = join(CORPUS, `${lang}.yaml`);
  let doc;
  try {
    const parsed = YAML.parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
    if (parsed.errors.length) throw new Error(parsed.errors.map(e => e.message).join('\n'));
    doc = parsed.toJS();
  } catch (e) { problems.push(`${lang}.yaml: does not parse: ${e.message}`); continue; }
  if (!doc || !Array.isArray(doc.items)) { problems.push(`${lang}.yaml: no "items" list`); continue; }
  if (doc.lang !== lang) problems.push(`${lang}.yaml: header lang is ${doc.lang}, expected ${lang}`);
  const defaultPublished = asDateString(doc.published);
  doc.items.forEach((raw, index) => {
    const where = `${lang}.yaml item ${index + 1}${raw && raw.id ? ` (${raw.id})` : ''}`;
    const bad = msg => { problems.push(`${where}: ${msg}`); return false; };
    if (!raw || typeof raw !== 'object') return bad('not a mapping');
    const { id, family, text } = raw;
    let ok = true;
    if (typeof id !== 'string' || !/^[a-z]{2}-[a-z0-9-]+$/.test(id)) ok = bad('id missing or not like "ar-date-001"');
    else if (seen.has(id)) ok = bad('duplicate id');
    else seen.add(id);
    if (typeof family !== 'string' || !FAMILY_CHECK[family.split('/')[0]]) ok = bad(`family "${family}" has no known prefix (${Object.keys(FAMILY_CHECK).join(', ')})`);
    if (typeof text !== 'string' || !text.trim()) ok = bad('text missing');
    const published = asDateString(raw.published ?? defaultPublished);
    if (published !== undefined && !isoDay(published)) ok = bad(`published "${published}" is not an ISO day`);
    const claims = raw.claim === undefined ? [] : Array.isArray(raw.claim) ? raw.claim : [raw.claim];
    for (const c of claims) {
      if (!c || typeof c !== 'object' || Array.isArray(c)) { ok = bad('claim must be a mapping or a list of mappings'); continue; }
      for (const r of c.ref === undefined ? [] : texts(c.ref)) {
        if (!register.claims.has(String(r))) ok = bad(`claim ref "${r}" is not in the register`);
      }
    }
    if (!ok) return;
    const claimYaml = claims.length ? YAML.stringify(claims.length === 1 ? claims[0] : claims).trimEnd() : '';
    const passage = text.trimEnd();
    const visible = `${passage}\n${claimYaml}`;
    const expect = raw.expect ?? [];
    if (!Array.isArray(expect)) return bad('expect must be a list');
    for (const e of expect) {
      if (!e || typeof e.code !== 'string') { ok = bad('an expect entry has no code'); continue; }
      if (!CHECKS.includes(e.code)) ok = bad(`expect code ${e.code} is not an evaluated check (${CHECKS.join(", ")})`);
      for (const t of texts(e.text)) {
        if (typeof t !== 'string' || !t) ok = bad(`expect ${e.code}: text missing`);
        else if (!visible.includes(t)) ok = bad(`expect ${e.code}: text "${t}" does not occur in the item`);
      }
    }
    const x = raw.extract;
    if (x !== undefined) {
      if (typeof x !== 'object' || Array.isArray(x)) return bad('extract must be a mapping');
      for (const d of x.dates ?? []) {
        if (!d || typeof d.text !== 'string' || !passage.includes(d.text)) ok = bad(`extract date "${d && d.text}" does not occur in the text`);
        if (!d || d.value === undefined || !d.precision) ok = bad(`extract date "${d && d.text}" needs value and precision`);
      }
      if (x.quote !== undefined && !passage.includes(x.quote)) ok = bad(`extract quote does not occur in the text: ${x.quote}`);
      if (x.speaker !== undefined && !register.entities.has(x.speaker)) ok = bad(`extract speaker "${x.speaker}" is not an entity`);
      for (const o of x.office === undefined ? [] : Array.isArray(x.office) ? x.office : [x.office]) {
        if (!register.entities.has(o.person)) ok = bad(`extract office person "${o.person}" is not an entity`);
        if (!register.roles.has(o.role)) ok = bad(`extract office role "${o.role}" is not a role`);
      }
      for (const n of x.names ?? []) {
        if (!n || typeof n.text !== 'string' || !passage.includes(n.text)) ok = bad(`extract name "${n && n.text}" does not occur in the text`);
        if (!n || !register.entities.has(n.entity)) ok = bad(`extract name "${n && n.text}": entity "${n && n.entity}" is not in the register`);
      }
    }
    if (!ok) return;
    items.push({ ...raw, lang, published, claims, claimYaml, passage, expect, file: `${lang}.yaml` });
  });
}

// ---------------------------------------------------------------- articles
function buildArticle(item) {
  const head = ['---', `lang: ${item.lang}`];
  if (item.published) head.push(`published: ${item.published}`);
  head.push('---', '', '');
  const front = head.join('\n');
  let article = front + item.passage + '\n';
  if (item.claimYaml) article += '\n```claim\n' + item.claimYaml + '\n```\n';
  return { article, bodyStart: front.length };
}

/** Every [start, end) at which one of the texts occurs in the article body. */
function occurrences(article, bodyStart, candidates) {
  const out = [];
  for (const t of texts(candidates)) {
    for (let i = article.indexOf(t, bodyStart); i >= 0; i = article.indexOf(t, i + 1)) out.push({ start: i, end: i + t.length, len: t.length });
  }
  return out;
}

/** score.py's rule: the range overlaps an occurrence and is not much longer than it. */
function rangeMatches(a, b, occ) {
  return a < occ.end && occ.start < Math.max(b, a + 1) && (b - a) <= Math.max(2 * occ.len, occ.len + 40);
}

const snippet = (article, f) => JSON.stringify(article.slice(f.start, f.end).slice(0, 80));

// ---------------------------------------------------------------- check evaluation
const tally = {};
for (const c of CHECKS) for (const l of LANGS) tally[`${c}|${l}`] = { tp: 0, fp: 0, fn: 0, pos: 0, neg: 0 };
const failures = [];
const crashes = [];
const selected = items.filter(it => (!ONLY_LANG || it.lang === ONLY_LANG) && (!ONLY || it.id.includes(ONLY)));

for (const item of selected) {
  const { article, bodyStart } = buildArticle(item);
  item.article = article; item.bodyStart = bodyStart;
  const familyCheck = FAMILY_CHECK[item.family.split('/')[0]];
  const expectedCodes = new Set(item.expect.map(e => e.code));
  for (const c of CHECKS) {
    if (expectedCodes.has(c)) tally[`${c}|${item.lang}`].pos++;
    else if (c === familyCheck) tally[`${c}|${item.lang}`].neg++;
  }
  let findings = [];
  try {
    const result = engine.checkArticle(article, register);
    findings = Array.isArray(result?.findings) ? result.findings : [];
  } catch (e) {
    crashes.push(`${item.id}: checkArticle threw: ${String(e && e.stack || e).split('\n').slice(0, 3).join(' | ')}`);
  }
  const evaluated = findings.filter(f => f && CHECKS.includes(f.code));
  const used = new Set();
  const missed = [];
  for (const e of item.expect) {
    if (!CHECKS.includes(e.code)) continue;
    const occ = occurrences(article, bodyStart, e.text);
    const hit = evaluated.findIndex((f, i) => !used.has(i) && f.code === e.code && occ.some(o => rangeMatches(f.start, f.end, o)));
    const t = tally[`${e.code}|${item.lang}`];
    if (hit >= 0) { used.add(hit); t.tp++; } else { t.fn++; missed.push(e); }
  }
  const extra = evaluated.filter((_, i) => !used.has(i));
  for (const f of extra) tally[`${f.code}|${item.lang}`].fp++;
  if (missed.length || extra.length) {
    failures.push({
      item,
      expected: item.expect.map(e => `${e.code} ${JSON.stringify(texts(e.text)[0])}`),
      missed: missed.map(e => `${e.code} ${JSON.stringify(texts(e.text)[0])}`),
      extra: extra.map(f => `${f.code} ${snippet(article, f)} (${f.severity})${f.message ? ': ' + f.message.slice(0, 120) : ''}`),
      got: evaluated.map(f => `${f.code} ${snippet(article, f)}`),
    });
  }
}

// ---------------------------------------------------------------- extraction evaluation
const FIELDS = ['dates', 'speaker', 'quote', 'office', 'names'];
const ext = {};
for (const f of FIELDS) for (const l of LANGS) ext[`${f}|${l}`] = { n: 0, ok: 0 };
const extFailures = [];
const extract = fn('extract');

const dayOf = iso => Math.round(Date.parse(String(iso).slice(0, 10) + 'T00:00:00Z') / DAY);
function spanOf(value) {
  const [a, b] = String(value).split('/');
  const lo = a.length === 4 ? `${a}-01-01` : a.length === 7 ? `${a}-01` : a;
  const endOf = s => s.length === 4 ? `${s}-12-31` : s.length === 7 ? isoEndOfMonth(s) : s;
  return { lo: dayOf(lo), hi: dayOf(endOf(b ?? a)) };
}
function isoEndOfMonth(ym) {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Whether an extracted date reads the annotated one (see test/corpus/README.md for the conventions). */
function dateAgrees(want, got) {
  const values = texts(want.value).map(v => asDateString(v)).map(String);
  switch (want.precision) {
    case 'hijri': {
      // Umm al-Qura and the civil calendar differ by a day or two: compare the Gregorian span loosely.
      return values.some(v => { const s = spanOf(v); return Math.abs(dayOf(got.lo) - s.lo) <= 2 && Math.abs(dayOf(got.hi) - s.hi) <= 2; });
    }
    case 'before': return values.some(v => got.hi && Math.abs(dayOf(got.hi) - dayOf(v)) <= 366);
    case 'after': return values.some(v => got.lo && Math.abs(dayOf(got.lo) - dayOf(v)) <= 366);
    case 'about': return values.some(v => got.lo && got.hi && dayOf(got.lo) <= dayOf(v) + 366 && dayOf(got.hi) >= dayOf(v) - 366);
    default:
      return values.some(v => String(got.value) === v && (got.precision === want.precision || (want.precision === 'span' && v.includes('/'))));
  }
}

/** The entities an attribution resolves to (`speaker`, or `speakers` when the engine lists candidates). */
const speakersOf = a => (Array.isArray(a.speakers) ? a.speakers : a.speaker !== undefined ? [a.speaker] : []);

/** Normalises quoted words for comparison: Arabic letter forms, diacritics, digits, case, edge punctuation. */
function normQuote(s) {
  return String(s)
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, d => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, d => String(d.charCodeAt(0) - 0x06F0))
    .replace(/[“”„«»"]/g, '"').replace(/[‘’‚]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,،:;!?…—-]+|[\s"'.,،:;!?…—-]+$/g, '');
}

const extractState = extract ? 'extract() of the engine' : 'n/a: the engine exports no extract()';
{
  for (const item of selected) {
    const want = item.extract;
    if (!want) continue;
    const { article, bodyStart } = item;
    let got = {};
    if (extract) {
      try { got = extract(article, register) ?? {}; } catch (e) {
        crashes.push(`${item.id}: extract threw: ${String(e && e.stack || e).split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    const dates = Array.isArray(got.dates) ? got.dates : [];
    const atts = Array.isArray(got.attributions) ? got.attributions : [];
    const offices = Array.isArray(got.offices) ? got.offices : [];
    const names = Array.isArray(got.names) ? got.names : [];
    const wrong = [];
    const count = (field, ok, what) => { const t = ext[`${field}|${item.lang}`]; t.n++; if (ok) t.ok++; else wrong.push(`${field}: ${what}`); };
    for (const d of want.dates ?? []) {
      const occ = occurrences(article, bodyStart, d.text);
      const cands = dates.filter(g => occ.some(o => g.start < o.end && o.start < g.end));
      count('dates', cands.some(g => dateAgrees(d, g)),
        `${JSON.stringify(d.text)} want ${texts(d.value).join(' | ')} (${d.precision}), got ${cands.length ? cands.map(g => `${g.value} (${g.precision}${g.kind && g.kind !== 'absolute' ? ', ' + g.kind : ''}; ${g.lo}..${g.hi})`).join(', ') : 'nothing'}`);
    }
    if (want.speaker !== undefined) {
      count('speaker', atts.some(a => speakersOf(a).includes(want.speaker)), `want ${want.speaker}, got ${atts.map(a => speakersOf(a).join('|') || '?').join(', ') || 'no attribution'}`);
    }
    if (want.quote !== undefined) {
      const quotes = atts.filter(a => a.quote).map(a => article.slice(a.quote.start, a.quote.end));
      count('quote', quotes.some(q => normQuote(q) === normQuote(want.quote)), `want ${JSON.stringify(want.quote)}, got ${quotes.map(q => JSON.stringify(q)).join(', ') || 'no quote'}`);
    }
    for (const o of want.office === undefined ? [] : Array.isArray(want.office) ? want.office : [want.office]) {
      count('office', offices.some(g => g.person === o.person && g.role === o.role), `want ${o.person} as ${o.role}, got ${offices.map(g => `${g.person} as ${g.role}`).join(', ') || 'none'}`);
    }
    for (const n of want.names ?? []) {
      const occ = occurrences(article, bodyStart, n.text);
      const ok = names.some(g => g.entity === n.entity && occ.some(o => g.start < o.end && o.start < g.end) && (n.variant === undefined || !!g.variant === !!n.variant));
      count('names', ok, `want ${JSON.stringify(n.text)} = ${n.entity}${n.variant ? ' (variant)' : ''}, got ${names.filter(g => occ.some(o => g.start < o.end && o.start < g.end)).map(g => `${g.entity}${g.variant ? ' (variant)' : ''}`).join(', ') || 'nothing there'}`);
    }
    if (wrong.length && extract) extFailures.push({ item, wrong });
  }
}

// ---------------------------------------------------------------- report
const pct = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
const out = [];
const say = (s = '') => { out.push(s); console.log(s); };
const mdTable = (head, rows) => {
  const all = [head, ...rows].map(r => r.map(c => (String(c) === '' ? '-' : String(c))));
  const w = head.map((_, i) => Math.max(3, ...all.map(r => r[i].length)));
  const line = r => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(all[0]), `| ${w.map(n => '-'.repeat(n)).join(' | ')} |`, ...all.slice(1).map(line)];
};
const textTable = (head, rows) => {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map(r => String(r[i]).length)));
  const line = r => r.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd();
  return [line(head), w.map(n => '-'.repeat(n)).join('  '), ...rows.map(line)];
};
const md = [];

// counts
const countRows = [];
for (const l of LANGS) {
  const its = items.filter(i => i.lang === l);
  countRows.push([l, its.length, its.filter(i => !i.expect.length).length, its.filter(i => i.expect.length).length]);
}
const famCount = {};
for (const i of items) famCount[`${i.lang} ${i.family}`] = (famCount[`${i.lang} ${i.family}`] ?? 0) + 1;

say(`Corpus: ${items.length} items (${LANGS.map(l => `${l} ${items.filter(i => i.lang === l).length}`).join(', ')}); register: ${register.entities.size} entities, ${register.roles.size} roles, ${register.claims.size} claims.`);
for (const line of textTable(['lang', 'items', 'clean', 'with an error'], countRows)) say('  ' + line);
say('Items per family (with an error / clean):');
for (const l of LANGS) {
  const its = items.filter(i => i.lang === l);
  const parts = Object.keys(FAMILY_CHECK).map(f => {
    const fam = its.filter(i => i.family.split('/')[0] === f);
    return `${f} ${fam.length} (${fam.filter(i => i.expect.length).length}/${fam.filter(i => !i.expect.length).length})`;
  });
  say(`  ${l}: ${parts.join(', ')}`);
  if (VERBOSE) {
    const fams = Object.entries(famCount).filter(([k]) => k.startsWith(l + ' ')).map(([k, n]) => `${k.slice(3)} ${n}`);
    say(`      ${fams.join(', ')}`);
  }
}
if (problems.length || registerProblems.length) {
  say(`\nCorpus problems (${problems.length + registerProblems.length}):`);
  for (const p of [...registerProblems, ...problems]) say('  ' + p);
}
if (crashes.length) {
  say(`\nEngine exceptions (${crashes.length}):`);
  for (const c of crashes.slice(0, VERBOSE ? Infinity : 10)) say('  ' + c);
  if (!VERBOSE && crashes.length > 10) say(`  … ${crashes.length - 10} more (--verbose)`);
}

// checks table
const rows = [];
const failing = [];
for (const c of CHECKS) {
  for (const l of LANGS) {
    if (ONLY_LANG && l !== ONLY_LANG) continue;
    const t = tally[`${c}|${l}`];
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : undefined;
    const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : undefined;
    const meets = recall === undefined || ((precision ?? 0) >= TARGET.precision && recall >= TARGET.recall);
    if (!meets) failing.push(`${c} ${l}`);
    rows.push([c, l, t.pos, t.neg, t.tp, t.fp, t.fn, precision === undefined ? 'n/a' : precision.toFixed(2), recall === undefined ? 'n/a' : recall.toFixed(2), recall === undefined ? 'n/a' : meets ? 'yes' : 'no']);
  }
}
for (const l of LANGS) {
  if (ONLY_LANG && l !== ONLY_LANG) continue;
  const s = CHECKS.reduce((a, c) => { const t = tally[`${c}|${l}`]; return { tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn, pos: a.pos + t.pos, neg: a.neg + t.neg }; }, { tp: 0, fp: 0, fn: 0, pos: 0, neg: 0 });
  rows.push(['all checks', l, s.pos, s.neg, s.tp, s.fp, s.fn, pct(s.tp, s.tp + s.fp), pct(s.tp, s.tp + s.fn), '']);
}
const head = ['check', 'lang', 'positives', 'negatives', 'TP', 'FP', 'FN', 'precision', 'recall', 'meets target'];
say(`\nChecks (target: precision >= ${TARGET.precision}, recall >= ${TARGET.recall}; positives = items expecting the code, negatives = clean items of the check's families):`);
for (const line of textTable(head, rows)) say('  ' + line);

// extraction table
const extRows = [];
for (const f of FIELDS) {
  for (const l of LANGS) {
    if (ONLY_LANG && l !== ONLY_LANG) continue;
    const t = ext[`${f}|${l}`];
    extRows.push([f, l, t.n, extract ? t.ok : 'n/a', extract ? pct(t.ok, t.n) : 'n/a']);
  }
}
say(`\nExtraction (${extractState}):`);
for (const line of textTable(['field', 'lang', 'annotated', 'correct', 'accuracy'], extRows)) say('  ' + line);

if (VERBOSE) {
  say(`\nItems with missed or unexpected findings (${failures.length}):`);
  for (const f of failures) {
    say(`  ${f.item.id} [${f.item.family}]`);
    say(`    expected: ${f.expected.join('; ') || '(clean)'}`);
    say(`    got:      ${f.got.join('; ') || '(nothing)'}`);
    if (f.missed.length) say(`    missed:   ${f.missed.join('; ')}`);
    for (const x of f.extra) say(`    extra:    ${x}`);
  }
  if (extract) {
    say(`\nItems with extraction errors (${extFailures.length}):`);
    for (const f of extFailures) {
      say(`  ${f.item.id} [${f.item.family}]`);
      for (const w of f.wrong) say(`    ${w}`);
    }
  }
} else if (failures.length || extFailures.length) {
  say(`\n${failures.length} items with missed or unexpected findings, ${extFailures.length} with extraction errors; --verbose lists them.`);
}

// RESULTS.md (only for full runs, so a filtered run does not overwrite it)
if (!ONLY && !ONLY_LANG) {
  md.push('# Evaluation results', '');
  md.push(`Written by \`${CORPUS_NAME ? `npm run eval:${CORPUS_NAME}` : 'npm run eval'}\` (scripts/eval.mjs) from the corpus in this folder${CORPUS_NAME && REGISTER.startsWith(CORPUS + '/') ? ' and its register' : ''}; do not edit by hand.`, '');
  md.push(`Corpus: ${items.length} items (${LANGS.map(l => `${l} ${items.filter(i => i.lang === l).length}`).join(', ')}).`, '');
  md.push(...mdTable(['lang', 'items', 'clean', 'with an error'], countRows), '');
  md.push('## Checks', '');
  md.push(`Target: precision >= ${TARGET.precision} and recall >= ${TARGET.recall} for every check in every language.`);
  md.push('Positives: items that expect the code. Negatives: clean items of the families written for the check.', '');
  md.push(...mdTable(head, rows), '');
  md.push('## Extraction', '');
  md.push(`Accuracy of the engine's \`extract()\` against the hand annotation${extract ? '' : ` (${extractState})`}.`, '');
  md.push(...mdTable(['field', 'lang', 'annotated', 'correct', 'accuracy'], extRows), '');
  if (problems.length || registerProblems.length) {
    md.push('## Corpus problems', '', ...[...registerProblems, ...problems].map(p => `- ${p}`), '');
  }
  writeFileSync(join(CORPUS, 'RESULTS.md'), md.join('\n'));
}

if (CHECK && (failing.length || problems.length)) {
  console.error(`\neval --check: ${failing.length} check/language pairs below target${failing.length ? ': ' + failing.join(', ') : ''}${problems.length ? `; ${problems.length} corpus problems` : ''}.`);
  process.exit(1);
}
process.exit(0);
