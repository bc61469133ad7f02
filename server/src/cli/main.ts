/** The `claimcheck` command: checks articles against the register, prints findings, sets the exit status. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { atLeast, checkArticle, CODES, parseFrontMatter, Severity, SeveritySetting } from '../engine/index';
import { chooseRegister, isInside, RegisterCache, repositoryRoot } from '../node/registers';
import { collectArticles, displayPath } from './files';
import { formatJson } from './format/json';
import { formatSummary, formatText } from './format/text';
import { ReportFile, summarise, toDiagnostics } from './report';

const USAGE = `Usage: claimcheck [paths...] [options]

Checks Markdown articles (*.md, *.markdown; folders are searched) against the claims register.

Options:
  --register FILE            the register (default: front matter "register:", else the nearest
                             claims.yaml walking up from each article to the repository root)
  --format text|json         output format (default: text)
  --level error|warning|info|hint
                             lowest severity reported (default: warning)
  --max-warnings N           exit 1 when more than N warnings are reported
  --severity CODE=LEVEL      change a check's severity (LEVEL: error, warning, info, hint, off);
                             repeatable
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no error reported (and warnings within --max-warnings), 1 findings that fail,
2 usage error or a file that could not be read.
`;

const LEVELS = ['error', 'warning', 'info', 'hint'];
const FORMATS = ['text', 'json'];
const LATER = { fix: '--fix', shard: '--shard' } as const;

class UsageError extends Error {}

interface Options {
  paths: string[];
  register?: string;
  format: string;
  level: Severity;
  maxWarnings?: number;
  severity: Record<string, SeveritySetting>;
}

function parse(argv: string[]): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      register: { type: 'string' },
      format: { type: 'string', default: 'text' },
      level: { type: 'string', default: 'warning' },
      'max-warnings': { type: 'string' },
      severity: { type: 'string', multiple: true, default: [] },
      fix: { type: 'boolean' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  for (const [k, flag] of Object.entries(LATER)) {
    if (values[k as keyof typeof LATER] !== undefined) throw new UsageError(`${flag} is not available in this version of claimcheck yet.`);
  }
  const format = values.format!;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`);
  const level = values.level!;
  if (!LEVELS.includes(level)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')} (got "${level}").`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number ≥ 0 (got "${values['max-warnings']}").`);
  }
  const severity: Record<string, SeveritySetting> = {};
  for (const s of values.severity as string[]) {
    const [code, lvl] = s.split('=');
    if (!(CODES as readonly string[]).includes(code)) throw new UsageError(`--severity: unknown check code "${code}".`);
    if (![...LEVELS, 'off'].includes(lvl)) throw new UsageError(`--severity ${code}=…: level must be error, warning, info, hint or off.`);
    severity[code] = lvl as SeveritySetting;
  }
  return { paths: positionals.length ? positionals : ['.'], register: values.register, format, level: level as Severity, maxWarnings, severity };
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(argv);
  } catch (e) {
    err(`claimcheck: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') { out(USAGE); return 0; }
  if (opts === 'version') { out(`${readVersion()}\n`); return 0; }

  const cwd = process.cwd();
  let status = 0;
  let configured: string | undefined;
  if (opts.register) {
    configured = path.resolve(opts.register);
    if (!fs.existsSync(configured)) { err(`claimcheck: register not found: ${opts.register}\n`); return 2; }
  }
  const { files, missing } = collectArticles(opts.paths);
  for (const m of missing) { err(`claimcheck: cannot read ${m}: no such file or folder\n`); status = 2; }

  const caches = new Map<string, RegisterCache>();
  const cacheFor = (root: string) => {
    let c = caches.get(root);
    if (!c) { c = new RegisterCache(() => root); caches.set(root, c); }
    return c;
  };
  const usedRegisters = new Map<string, { root: string; cache: RegisterCache }>();
  const reported: ReportFile[] = [];

  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      err(`claimcheck: cannot read ${displayPath(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      status = 2;
      continue;
    }
    const root = repositoryRoot(path.dirname(file)) ?? (isInside(cwd, file) ? cwd : path.dirname(file));
    const registerPath = chooseRegister(file, root, { frontMatter: parseFrontMatter(text).fm?.register, configured });
    const cache = cacheFor(configured ? path.dirname(configured) : root);
    let register;
    if (registerPath) {
      register = cache.get(registerPath);
      usedRegisters.set(register.root, { root, cache });
    }
    const { findings } = checkArticle(text, register, { severity: opts.severity });
    reported.push({ path: displayPath(file, cwd), diagnostics: toDiagnostics(text, atLeast(findings, opts.level)) });
  }

  // Findings in the register files themselves, once per file.
  const seen = new Set<string>();
  for (const { cache } of usedRegisters.values()) {
    for (const reg of cache.all()) {
      for (const file of reg.files) {
        if (seen.has(file)) continue;
        seen.add(file);
        const text = cache.host().read(file) ?? '';
        const findings = (reg.findings.get(file) ?? []).filter(f => opts.severity[f.code] !== 'off')
          .map(f => (opts.severity[f.code] ? { ...f, severity: opts.severity[f.code] as Severity } : f));
        reported.push({ path: displayPath(file, cwd), diagnostics: toDiagnostics(text, atLeast(findings, opts.level)) });
      }
    }
  }

  const report = summarise(reported);
  if (opts.format === 'json') out(formatJson(report));
  else {
    out(formatText(report));
    err(formatSummary(report));
  }
  if (status) return status;
  if (report.summary.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && report.summary.warnings > opts.maxWarnings) return 1;
  return 0;
}

function readVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
}
