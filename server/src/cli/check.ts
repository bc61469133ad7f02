/**
 * The check command: selects the articles (paths, config include/exclude, --changed-since,
 * --shard), checks each against its register (through the cache when asked), applies safe fixes,
 * adds the findings in the register files, and prints the report in the chosen format.
 */
import { DEFAULT_STALE_DAYS } from './commands/claimsReport';
import { checkInWorkers, workerCount } from './parallel';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { atLeast, checkArticle, Finding, MessageLocale, Register, Severity, SEVERITY_RANK, SeveritySetting } from '../engine/index';
import { repositoryRoot } from '../node/registers';
import { ChangedOnDisk, writeFileAtomic } from './atomic';
import { CACHE_NAME, ResultCache } from './cache';
import { affected, diffRegisters, Git, GitError, RegisterChanges } from './changed';
import { citationsOf } from './citations';
import { Config, selected } from './config';
import { unifiedDiff } from './diff';
import { encode } from './encoding';
import { collectArticles } from './files';
import { fixText } from './fix';
import { formatGithub, stepSummary } from './format/github';
import { formatJson } from './format/json';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatSummary, formatText } from './format/text';
import { ReportFile, summarise, toDiagnostics } from './report';
import { inShard, Shard } from './shard';
import { toolVersion } from './version';
import { ArticleText, Workspace } from './workspace';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = typeof FORMATS[number];

export interface CheckCommand {
  paths: string[];
  /** Absolute register paths: --register, else the config file's. */
  registers: string[];
  format: Format;
  level: Severity;
  maxWarnings?: number;
  severity: Record<string, SeveritySetting>;
  fix: boolean;
  fixDryRun: boolean;
  changedSince?: string;
  /** Cache file (absolute); '' for the default file. */
  cache?: string;
  shard?: Shard;
  /** Language of the messages in every format. */
  locale: MessageLocale;
}

export interface IO {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

interface Planned { abs: string; article: ArticleText; register?: Register }

export function runCheck(cmd: CheckCommand, config: Config, io: IO): number | Promise<number> {
  const { cwd } = io;
  let status = 0;
  const problem = (msg: string) => { io.err(`claimcheck: ${msg}\n`); status = 2; };
  const ws = new Workspace(cwd, cmd.registers);
  const base = repositoryRoot(cwd) ?? cwd;
  const rel = (abs: string) => path.relative(base, abs).split(path.sep).join('/');

  // 1. Candidates: the paths, filtered by the config's include/exclude.
  const { files, missing } = collectArticles(cmd.paths);
  for (const m of missing) problem(`cannot read ${m}: no such file or folder`);
  const candidates: Planned[] = [];
  for (const abs of files) {
    if (!selected(config, abs)) continue;
    const article = ws.read(abs);
    if ('error' in article) { problem(`cannot read ${ws.show(abs)}: ${article.error}`); continue; }
    const regPath = ws.registerPathFor(abs, article.text);
    candidates.push({ abs, article, register: regPath ? ws.register(regPath) : undefined });
  }

  // 2. --changed-since: changed articles, and articles affected by changed register entries; of the
  //    registers, only those with changed files are reported. Otherwise every register in use is.
  let chosen = candidates;
  const registersToReport = new Set<Register>();
  if (cmd.changedSince !== undefined) {
    let git: Git;
    let changed: Set<string>;
    try {
      git = new Git(cwd, cmd.changedSince);
      changed = git.changedFiles();
    } catch (e) {
      if (e instanceof GitError) { io.err(`claimcheck: ${e.message}\n`); return 2; }
      throw e;
    }
    const real = (p: string) => { try { return fs.realpathSync(p); } catch { return path.resolve(p); } };
    const changes = new Map<Register, RegisterChanges>();
    for (const reg of new Set(candidates.map(c => c.register).filter((r): r is Register => !!r))) {
      if (!reg.files.some(f => changed.has(real(f)))) continue;
      registersToReport.add(reg);
      changes.set(reg, diffRegisters(git.registerAtRef(reg.root, ws.rootOf(reg.root)), reg));
    }
    chosen = candidates.filter(c => {
      if (changed.has(real(c.abs))) return true;
      const ch = c.register && changes.get(c.register);
      return !!ch && affected(ch, c.register!, c.article.text, citationsOf(c.article.text));
    });
  }
  else for (const c of chosen) if (c.register) registersToReport.add(c.register);

  // 3. --shard: this shard's articles and register files.
  const mine = chosen.filter(c => inShard(rel(c.abs), cmd.shard));

  // 4. Check (and fix) each article.
  // stale-review compares reviews with today's date: the cache key carries the day and the policy.
  const maxAgeDays = config.staleReviewDays ?? DEFAULT_STALE_DAYS; // 0: the check is off
  const options = { severity: cmd.severity, ...(maxAgeDays > 0 ? { review: { today: Math.floor(Date.now() / 86_400_000), maxAgeDays } } : {}) };
  const cache = cmd.cache !== undefined
    ? new ResultCache(cmd.cache || path.join(base, CACHE_NAME), ResultCache.salt(toolVersion(), { ...cmd.severity, '$review': JSON.stringify(options.review ?? null) }))
    : undefined;
  // Large trees without --fix: findings come from worker threads, the rest runs here as usual.
  const precomputed = new Map<string, Finding[]>();
  const check = (abs: string, text: string, register: Register | undefined): Finding[] => {
    const ready = precomputed.get(abs);
    if (ready) { precomputed.delete(abs); return ready; }
    if (!cache) return checkArticle(text, register, options).findings;
    const key = cache.keyOf(text, register, register ? citationsOf(text).refs.map(r => r.id) : []);
    const hit = cache.get(abs, key);
    if (hit) return hit;
    const findings = checkArticle(text, register, options).findings;
    cache.set(abs, key, findings);
    return findings;
  };
  const finish = (): number => {
    const slow = Number(io.env.CLAIMCHECK_TEST_SLOW_FIX) || 0;
    const reported: ReportFile[] = [];
    const diffs: string[] = [];
    let fixedFiles = 0, fixedEdits = 0;
    for (const { abs, article, register } of mine) {
      let text = article.text;
      let findings: Finding[];
      if ((cmd.fix || cmd.fixDryRun) && article.exact) {
        const r = fixText(text, t => check(abs, t, register), f => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[cmd.level]);
        findings = r.findings;
        if (r.text !== text) {
          if (cmd.fixDryRun) {
            diffs.push(unifiedDiff(text, r.text, article.path));
            text = r.text;
          } else {
            try {
              writeFileAtomic(abs, encode(r.text, article.encoding), article.bytes);
              text = r.text;
              if (slow > 0) sleep(slow);
            } catch (e) {
              problem(e instanceof ChangedOnDisk ? e.message : `cannot write ${article.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
              findings = check(abs, text, register);
            }
          }
          if (text === r.text) { fixedFiles++; fixedEdits += r.applied; }
        }
      } else {
        if ((cmd.fix || cmd.fixDryRun) && !article.exact) io.err(`claimcheck: ${article.path} is not valid UTF-8 or UTF-16; not fixed.\n`);
        findings = check(abs, text, register);
      }
      reported.push({ path: article.path, kind: 'article', diagnostics: toDiagnostics(text, atLeast(findings, cmd.level), cmd.locale) });
    }

    // 5. Findings in the register files themselves, once per file, in the shard of the file.
    const seen = new Set<string>();
    for (const reg of registersToReport) {
      for (const file of reg.files) {
        if (seen.has(file)) continue;
        seen.add(file);
        if (!inShard(rel(file), cmd.shard)) continue;
        const findings = (reg.findings.get(file) ?? [])
          .filter(f => cmd.severity[f.code] !== 'off')
          .map(f => (cmd.severity[f.code] ? { ...f, severity: cmd.severity[f.code] as Severity } : f));
        reported.push({ path: ws.show(file), kind: 'register', diagnostics: toDiagnostics(ws.registerText(file), atLeast(findings, cmd.level), cmd.locale) });
      }
    }

    try { cache?.save(); } catch (e) { io.err(`claimcheck: cannot write the cache ${cache!.file}: ${(e as Error).message}\n`); }

    // 6. Output.
    const report = summarise(reported);
    if (cmd.fixDryRun) {
      io.out(diffs.join(''));
      io.err(formatSummary(report).replace(/^claimcheck: /, `claimcheck: would fix ${fixedEdits} ${fixedEdits === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}; remaining: `));
    } else {
      switch (cmd.format) {
        case 'json': io.out(formatJson(report)); break;
        case 'sarif': io.out(formatSarif(report, { version: toolVersion(), cwd })); break;
        case 'junit': io.out(formatJunit(report)); break;
        case 'github': {
          io.out(formatGithub(report));
          const summaryFile = io.env.GITHUB_STEP_SUMMARY;
          if (summaryFile) {
            try { fs.appendFileSync(summaryFile, stepSummary(report)); } catch (e) { io.err(`claimcheck: cannot write $GITHUB_STEP_SUMMARY: ${(e as Error).message}\n`); }
          }
          io.err(formatSummary(report));
          break;
        }
        default:
          io.out(formatText(report));
          io.err(formatSummary(report));
      }
      if (cmd.fix) io.err(`claimcheck: fixed ${fixedEdits} ${fixedEdits === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}\n`);
    }
    if (status) return status;
    if (report.summary.errors > 0) return 1;
    if (cmd.maxWarnings !== undefined && report.summary.warnings > cmd.maxWarnings) return 1;
    return 0;

  };

  const fixing = cmd.fix || cmd.fixDryRun;
  const todo = fixing ? [] : mine.filter(c => !cache || !cache.get(c.abs, cache.keyOf(c.article.text, c.register, c.register ? citationsOf(c.article.text).refs.map(r => r.id) : [])));
  const workers = workerCount(todo.length, todo.reduce((n, c) => n + c.article.text.length, 0), io.env);
  if (workers < 2) return finish();
  const tasks = todo.map(c => ({ abs: c.abs, text: c.article.text, register: c.register?.root }));
  return checkInWorkers(tasks, workers, cwd, cmd.registers, options).then(found => {
    for (const c of todo) {
      const f = found.get(c.abs);
      if (!f) continue;
      if (cache) cache.set(c.abs, cache.keyOf(c.article.text, c.register, c.register ? citationsOf(c.article.text).refs.map(r => r.id) : []), f);
      precomputed.set(c.abs, f);
    }
    return finish();
  });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
