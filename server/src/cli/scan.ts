/**
 * Reading a set of articles for the register-wide commands (report, export, strip): the articles
 * under the given paths that the config selects, each with its register and what it cites.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Register } from '../engine/index';
import { discoverRegister } from '../node/registers';
import { citationsOf, Cited } from './citations';
import { Config, selected } from './config';
import { collectArticles } from './files';
import { ArticleText, Workspace } from './workspace';

export interface ScannedArticle {
  article: ArticleText;
  register?: Register;
  cited: Cited;
  /** The front matter as data (url, title, …); {} when there is none or it is not valid YAML. */
  meta: Record<string, unknown>;
}

export interface Scan {
  articles: ScannedArticle[];
  /** Registers to report on: those of the articles, the configured ones, else the one found from the working directory. */
  registers: Register[];
  problems: string[];
}

export function scan(ws: Workspace, paths: string[], config: Config, configured: readonly string[], withCitations = true): Scan {
  const { files, missing } = collectArticles(paths);
  const problems = missing.map(m => `cannot read ${m}: no such file or folder`);
  const articles: ScannedArticle[] = [];
  const registers = new Map<string, Register>();
  for (const file of files) {
    if (!selected(config, file)) continue;
    const a = ws.read(file);
    if ('error' in a) { problems.push(`cannot read ${ws.show(file)}: ${a.error}`); continue; }
    const regPath = ws.registerPathFor(file, a.text);
    const register = regPath && fs.existsSync(regPath) ? ws.register(regPath) : undefined;
    if (register) registers.set(register.root, register);
    articles.push({ article: a, register, cited: withCitations ? citationsOf(a.text) : { refs: [], entities: [] }, meta: frontMatterData(a.text) });
  }
  for (const r of configured) if (fs.existsSync(r)) { const reg = ws.register(r); registers.set(reg.root, reg); }
  if (!registers.size) {
    const found = discoverRegister(path.join(ws.cwd, 'article.md'), ws.rootOf(path.join(ws.cwd, 'article.md')));
    if (found) { const reg = ws.register(found); registers.set(reg.root, reg); }
  }
  return { articles, registers: [...registers.values()], problems };
}

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function frontMatterData(text: string): Record<string, unknown> {
  const m = FRONT.exec(text);
  if (!m || m.index !== 0) return {};
  try {
    const data = parseYaml(m[1]);
    return data && typeof data === 'object' && !Array.isArray(data) ? data as Record<string, unknown> : {};
  } catch {
    return {};
  }
}
