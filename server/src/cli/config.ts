/**
 * The configuration file `.claimcheck.yaml`, found by walking up from the working directory to the
 * repository root (only the working directory outside a repository). Paths in it are relative to
 * its folder. Command-line flags override it; it overrides the defaults. The JSON Schema is
 * schemas/claimcheck-config.schema.json; this reader enforces the same rules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CODES, MessageLocale, Severity, SeveritySetting } from '../engine/index';
import { repositoryRoot } from '../node/registers';
import { GlobSet } from './glob';

export const CONFIG_NAMES = ['.claimcheck.yaml', '.claimcheck.yml'];
export const LEVELS: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const LOCALES: readonly MessageLocale[] = ['en', 'ar'];
/** Every key of the file (schemas/claimcheck-config.schema.json lists the same). */
export const CONFIG_KEYS = ['$schema', 'register', 'severity', 'level', 'staleReviewDays', 'include', 'exclude', 'locale'];

export interface Config {
  /** The file read, absolute; undefined when there is none. */
  file?: string;
  /** Folder that relative paths and globs are resolved against. */
  dir: string;
  /** Register files, absolute. */
  registers: string[];
  severity: Record<string, SeveritySetting>;
  level?: Severity;
  staleReviewDays?: number;
  /** Language of the messages. */
  locale?: MessageLocale;
  include: GlobSet;
  exclude: GlobSet;
}

export class ConfigError extends Error {}

export function emptyConfig(dir: string): Config {
  return { dir, registers: [], severity: {}, include: new GlobSet([]), exclude: new GlobSet([]) };
}

export function findConfig(cwd: string): string | undefined {
  const top = repositoryRoot(cwd) ?? path.resolve(cwd);
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
    if (dir === top) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(file: string): Config {
  const shown = path.basename(file);
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (e) {
    throw new ConfigError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const fail = (msg: string): never => { throw new ConfigError(`${shown}: ${msg}`); };
  const config = emptyConfig(path.dirname(file));
  config.file = file;
  if (raw === null || raw === undefined) return config;
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('must be a mapping of keys');
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!CONFIG_KEYS.includes(key)) fail(`unknown key "${key}" (expected one of: ${CONFIG_KEYS.slice(1).join(', ')})`);
  }
  const strings = (key: string): string[] | undefined => {
    const v = obj[key];
    if (v === undefined) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every(s => typeof s === 'string' && s.length > 0)) fail(`${key} must be a string or a list of strings`);
    return list as string[];
  };
  config.registers = (strings('register') ?? []).map(r => path.resolve(config.dir, r));
  config.include = new GlobSet(strings('include') ?? []);
  config.exclude = new GlobSet(strings('exclude') ?? []);
  if (obj.level !== undefined) {
    if (!LEVELS.includes(obj.level as Severity)) fail(`level must be one of ${LEVELS.join(', ')}`);
    config.level = obj.level as Severity;
  }
  if (obj.locale !== undefined) {
    if (!LOCALES.includes(obj.locale as MessageLocale)) fail(`locale must be one of ${LOCALES.join(', ')}`);
    config.locale = obj.locale as MessageLocale;
  }
  if (obj.staleReviewDays !== undefined) {
    const n = obj.staleReviewDays;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail('staleReviewDays must be a whole number ≥ 0');
    config.staleReviewDays = n as number;
  }
  if (obj.severity !== undefined) {
    const sev = obj.severity;
    if (typeof sev !== 'object' || sev === null || Array.isArray(sev)) fail('severity must map check codes to levels');
    for (const [code, lvl] of Object.entries(sev as Record<string, unknown>)) {
      if (!(CODES as readonly string[]).includes(code)) fail(`severity: unknown check code "${code}"`);
      if (![...LEVELS, 'off'].includes(lvl as string)) fail(`severity.${code} must be error, warning, info, hint or off`);
      config.severity[code] = lvl as SeveritySetting;
    }
  }
  return config;
}

/** Whether an article (absolute path) passes the config's include/exclude globs. */
export function selected(config: Config, file: string): boolean {
  const rel = path.relative(config.dir, file).split(path.sep).join('/');
  if (!config.include.empty && !config.include.matches(rel)) return false;
  return !config.exclude.matches(rel);
}

/**
 * The register configured for an article: of the listed registers, the one in the deepest folder
 * that contains the article, else the first.
 */
export function configuredRegister(registers: readonly string[], article: string): string | undefined {
  let best: string | undefined;
  let depth = -1;
  for (const r of registers) {
    const dir = path.dirname(r);
    const rel = path.relative(dir, article);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const d = dir.split(path.sep).length;
    if (d > depth) { best = r; depth = d; }
  }
  return best ?? registers[0];
}
