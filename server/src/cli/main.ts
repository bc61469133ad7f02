/** The `claimcheck` command: parses the command line, reads the config file, runs a subcommand, returns the exit status. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { CODES, MessageLocale, parseIsoDate, Severity, SeveritySetting } from '../engine/index';
import { CheckCommand, Format, FORMATS, IO, runCheck } from './check';
import { claimReviews } from './commands/claimReview';
import { claimsHtml } from './commands/claimsHtml';
import { buildClaimsReport, claimsMarkdown, DEFAULT_STALE_DAYS } from './commands/claimsReport';
import { mergeSarif, SarifLog } from './commands/mergeSarif';
import { Config, ConfigError, emptyConfig, findConfig, LEVELS, loadConfig, LOCALES } from './config';
import { scan } from './scan';
import { parseShard } from './shard';
import { stripText } from './strip';
import { toolVersion } from './version';
import { encode } from './encoding';
import { Workspace } from './workspace';

const USAGE = `Usage: claimcheck [paths...] [options]
       claimcheck report [paths...] [--format markdown|html|json] [--stale-days N]
       claimcheck export --claimreview [paths...] [--lang LANG]
       claimcheck strip [paths...] [--out DIR]
       claimcheck merge-sarif FILE.sarif... > merged.sarif

Checks Markdown articles (*.md, *.markdown; folders are searched; default ".") against the
claims register.

Options:
  --register FILE            the register (default: front matter "register:", else "register" in
                             .claimcheck.yaml, else the nearest claims.yaml walking up to the
                             repository root)
  --format text|json|sarif|github|junit
                             output format (default: text)
  --level error|warning|info|hint
                             lowest severity reported (default: warning)
  --max-warnings N           exit 1 when more than N warnings are reported
  --severity CODE=LEVEL      change a check's severity (LEVEL: error, warning, info, hint, off);
                             repeatable
  --fix                      apply the safe fixes to the articles (atomic writes; the exit status
                             reflects what remains)
  --fix-dry-run              print the fixes as a unified diff instead of applying them
  --changed-since REF        check only articles changed since the git commit REF and articles
                             citing register entries changed since REF
  --cache[=FILE]             reuse results of unchanged articles (content hashes; default file
                             .claimcheck-cache.json in the repository root)
  --shard I/N                check only shard I of N (stable by path; for CI matrices)
  --locale en|ar             language of the messages (default: "locale" in .claimcheck.yaml,
                             else en)
  --config FILE              the configuration file (default: .claimcheck.yaml found upwards
                             from the working directory to the repository root)
  --no-config                ignore configuration files
  -h, --help                 show this help
  -v, --version              show the version

Flags override .claimcheck.yaml, which overrides the defaults.
Exit status: 0 no error reported (and warnings within --max-warnings), 1 findings that fail,
2 usage error or a file that could not be read.
`;

const SUBCOMMANDS = ['report', 'export', 'strip', 'merge-sarif'];

class UsageError extends Error {}

const COMMON = {
  register: { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number | Promise<number> {
  const io: IO = { out, err, cwd: process.cwd(), env: process.env };
  const sub = SUBCOMMANDS.includes(argv[0]) ? argv[0] : undefined;
  try {
    switch (sub) {
      case 'report': return runReport(argv.slice(1), io);
      case 'export': return runExport(argv.slice(1), io);
      case 'strip': return runStrip(argv.slice(1), io);
      case 'merge-sarif': return runMergeSarif(argv.slice(1), io);
      default: return runCheckCommand(argv, io);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`claimcheck: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ConfigError) { err(`claimcheck: ${e.message}\n`); return 2; }
    throw e;
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
}

function readConfig(values: { config?: string; 'no-config'?: boolean }, cwd: string): Config {
  if (values['no-config']) return emptyConfig(cwd);
  if (values.config !== undefined) {
    const file = path.resolve(cwd, values.config);
    if (!fs.existsSync(file)) throw new ConfigError(`config file not found: ${values.config}`);
    return loadConfig(file);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found) : emptyConfig(cwd);
}

/** --register wins over the config file's `register`; every configured register must exist. */
function registersOf(flag: string | undefined, config: Config, cwd: string): string[] {
  if (flag !== undefined) {
    const abs = path.resolve(cwd, flag);
    if (!fs.existsSync(abs)) throw new ConfigError(`register not found: ${flag}`);
    return [abs];
  }
  for (const r of config.registers) {
    if (!fs.existsSync(r)) throw new ConfigError(`register not found: ${path.relative(cwd, r) || r} (from ${config.file})`);
  }
  return config.registers;
}

/** `--cache` takes an optional value: `--cache=FILE`, or `--cache FILE.json`; a bare `--cache` uses the default file. */
function normaliseCache(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') { out.push(...argv.slice(i)); break; }
    if (argv[i] !== '--cache') { out.push(argv[i]); continue; }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-') && /\.json$/i.test(next)) { out.push(`--cache=${next}`); i++; }
    else out.push('--cache=');
  }
  return out;
}

function runCheckCommand(argv: string[], io: IO): number | Promise<number> {
  const { values, positionals } = parse(normaliseCache(argv), {
    ...COMMON,
    format: { type: 'string' },
    level: { type: 'string' },
    'max-warnings': { type: 'string' },
    severity: { type: 'string', multiple: true, default: [] },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'changed-since': { type: 'string' },
    cache: { type: 'string' },
    shard: { type: 'string' },
    locale: { type: 'string' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) { io.out(USAGE); return 0; }
  if (values.version) { io.out(`${toolVersion()}\n`); return 0; }

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`);
  if (values.level !== undefined && !LEVELS.includes(values.level as Severity)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')} (got "${values.level}").`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings must be a whole number ≥ 0 (got "${values['max-warnings']}").`);
  }
  const severityFlags: Record<string, SeveritySetting> = {};
  for (const s of values.severity as string[]) {
    const [code, lvl] = s.split('=');
    if (!(CODES as readonly string[]).includes(code)) throw new UsageError(`--severity: unknown check code "${code}".`);
    if (![...LEVELS, 'off'].includes(lvl)) throw new UsageError(`--severity ${code}=…: level must be error, warning, info, hint or off.`);
    severityFlags[code] = lvl as SeveritySetting;
  }
  let shard;
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (typeof shard === 'string') throw new UsageError(shard);
  }
  if (values.locale !== undefined && !LOCALES.includes(values.locale as MessageLocale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')} (got "${values.locale}").`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other.');
  if (values['changed-since'] === '') throw new UsageError('--changed-since needs a git commit, e.g. origin/main.');

  const config = readConfig(values, io.cwd);
  const cmd: CheckCommand = {
    paths: positionals.length ? positionals : ['.'],
    registers: registersOf(values.register, config, io.cwd),
    format: format as Format,
    level: (values.level as Severity | undefined) ?? config.level ?? 'warning',
    maxWarnings,
    severity: { ...config.severity, ...severityFlags },
    fix: !!values.fix,
    fixDryRun: !!values['fix-dry-run'],
    changedSince: values['changed-since'],
    cache: values.cache === undefined ? undefined : values.cache && path.resolve(io.cwd, values.cache),
    shard,
    locale: (values.locale as MessageLocale | undefined) ?? config.locale ?? 'en',
  };
  return runCheck(cmd, config, io);
}

function reportProblems(problems: string[], io: IO): number {
  for (const p of problems) io.err(`claimcheck: ${p}\n`);
  return problems.length ? 2 : 0;
}

function runReport(argv: string[], io: IO): number {
  const { values, positionals } = parse(argv, { ...COMMON, format: { type: 'string' }, 'stale-days': { type: 'string' }, today: { type: 'string' } });
  if (values.help) { io.out(USAGE); return 0; }
  const format = values.format ?? 'markdown';
  if (!['markdown', 'html', 'json'].includes(format)) throw new UsageError(`report --format must be markdown, html or json (got "${format}").`);
  if (values['stale-days'] !== undefined && !/^\d+$/.test(values['stale-days'])) throw new UsageError(`--stale-days must be a whole number ≥ 0 (got "${values['stale-days']}").`);
  let today = Math.floor(Date.now() / 86_400_000);
  if (values.today !== undefined) {
    const d = parseIsoDate(values.today);
    if (!d || d.precision !== 'day') throw new UsageError(`--today must be a date such as 2018-01-17 (got "${values.today}").`);
    today = d.lo;
  }
  const config = readConfig(values, io.cwd);
  const registers = registersOf(values.register, config, io.cwd);
  const ws = new Workspace(io.cwd, registers);
  const s = scan(ws, positionals.length ? positionals : ['.'], config, registers);
  const staleDays = values['stale-days'] !== undefined ? Number(values['stale-days']) : config.staleReviewDays ?? DEFAULT_STALE_DAYS;
  const report = buildClaimsReport(ws, s, today, staleDays);
  io.out(format === 'json' ? JSON.stringify(report, null, 1) + '\n' : format === 'html' ? claimsHtml(report) : claimsMarkdown(report));
  return reportProblems(s.problems, io);
}

function runExport(argv: string[], io: IO): number {
  const { values, positionals } = parse(argv, { ...COMMON, claimreview: { type: 'boolean' }, lang: { type: 'string' } });
  if (values.help) { io.out(USAGE); return 0; }
  if (!values.claimreview) throw new UsageError('export needs a format: --claimreview (schema.org ClaimReview JSON-LD).');
  const config = readConfig(values, io.cwd);
  const registers = registersOf(values.register, config, io.cwd);
  const ws = new Workspace(io.cwd, registers);
  const s = scan(ws, positionals.length ? positionals : ['.'], config, registers);
  io.out(JSON.stringify(claimReviews(s, { lang: values.lang }), null, 1) + '\n');
  return reportProblems(s.problems, io);
}

function runStrip(argv: string[], io: IO): number {
  const { values, positionals } = parse(argv, { config: COMMON.config, 'no-config': COMMON['no-config'], help: COMMON.help, out: { type: 'string' } });
  if (values.help) { io.out(USAGE); return 0; }
  const config = readConfig(values, io.cwd);
  const ws = new Workspace(io.cwd, []);
  const s = scan(ws, positionals.length ? positionals : ['.'], config, [], false);
  if (values.out === undefined) {
    if (s.articles.length > 1) throw new UsageError(`strip: ${s.articles.length} articles; give --out DIR to write them (standard output takes one).`);
    for (const a of s.articles) io.out(stripText(a.article.text));
    return reportProblems(s.problems, io);
  }
  const outDir = path.resolve(io.cwd, values.out);
  for (const { article } of s.articles) {
    const rel = path.isAbsolute(article.path) ? path.basename(article.path) : article.path;
    const dest = path.join(outDir, rel);
    if (path.resolve(dest) === article.abs) { s.problems.push(`strip: ${article.path} would overwrite itself; choose another --out`); continue; }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, article.exact ? encode(stripText(article.text), article.encoding) : article.bytes);
    if (!article.exact) s.problems.push(`${article.path} is not valid UTF-8 or UTF-16; copied unchanged`);
  }
  return reportProblems(s.problems, io);
}

function runMergeSarif(argv: string[], io: IO): number {
  const { values, positionals } = parse(argv, { help: COMMON.help });
  if (values.help) { io.out(USAGE); return 0; }
  if (!positionals.length) throw new UsageError('merge-sarif needs SARIF files to merge.');
  const logs: SarifLog[] = [];
  for (const file of positionals) {
    let log: SarifLog;
    try {
      log = JSON.parse(fs.readFileSync(path.resolve(io.cwd, file), 'utf8'));
    } catch (e) {
      io.err(`claimcheck: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs)) { io.err(`claimcheck: ${file} is not a SARIF 2.1.0 log\n`); return 2; }
    logs.push(log);
  }
  io.out(JSON.stringify(mergeSarif(logs), null, 1) + '\n');
  return 0;
}

if (require.main === module) {
  void Promise.resolve(run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s))).then(code => { process.exitCode = code; });
}
