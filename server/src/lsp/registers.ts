/**
 * Registers as the editor sees them: which register each open article uses (front matter
 * `register:`, else the setting relative to the article's workspace folder, else discovery up to
 * that folder), loaded through the shared RegisterCache with open buffers overlaying the disk, and
 * the set of registers in use, whose files get diagnostics of their own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, parseFrontMatter, Register, RegisterHost } from '../engine/index';
import { chooseRegister, REGISTER_NAMES, RegisterCache } from '../node/registers';
import type { WorkspaceFolders } from './folders';
import { uriToPath } from './uri';

/** A RegisterCache that keeps the text each register was read from, so offsets convert against the same text. */
class TextKeepingCache extends RegisterCache {
  private reading?: Map<string, string>;
  private readonly texts = new WeakMap<Register, Map<string, string>>();

  override host(): RegisterHost {
    const host = super.host();
    return { ...host, read: file => { const text = host.read(file); if (text !== undefined) this.reading?.set(file, text); return text; } };
  }

  override get(file: string): Register {
    this.reading = new Map();
    try {
      const reg = super.get(file);
      if (!this.texts.has(reg)) this.texts.set(reg, this.reading);
      return reg;
    } finally {
      this.reading = undefined;
    }
  }

  textOf(reg: Register, file: string): string | undefined { return this.texts.get(reg)?.get(file); }
}

export interface ArticleRegister {
  register?: Register;
  /** Why the chosen register could not be used (a `no-register` finding in the article). */
  problem?: Finding;
}

export class EditorRegisters {
  /** One cache per root that bounds `include:` (the register's workspace folder). */
  private readonly caches = new Map<string, TextKeepingCache>();
  /** Register root file in use, by the URI of the open document using it. */
  private readonly used = new Map<string, string>();

  constructor(private readonly folders: WorkspaceFolders, private readonly openText: (file: string) => string | undefined) {}

  /** The register an open article uses, remembered as in use (its files get diagnostics). */
  forArticle(uri: string, text: string, configured: string | undefined): ArticleRegister {
    const found = this.lookup(uri, text, configured);
    if (found.root) this.used.set(uri, found.root); else this.used.delete(uri);
    return { register: found.register, problem: found.problem };
  }

  /** The register an article uses, without marking it in use (articles on disk, editor features). */
  lookup(uri: string, text: string, configured: string | undefined): ArticleRegister & { root?: string } {
    const file = uriToPath(uri);
    const folder = file ? this.folders.containing(file) : this.folders.first;
    const fm = parseFrontMatter(text).fm;
    const setting = configured ? path.resolve(folder ?? this.folders.first ?? (file ? path.dirname(file) : process.cwd()), configured) : undefined;
    let chosen: string | undefined;
    if (file) chosen = chooseRegister(file, folder ?? path.dirname(file), { frontMatter: fm?.register, configured: setting });
    else chosen = setting;
    if (!chosen) return {};
    if (!this.exists(chosen)) {
      const fromFrontMatter = !!(file && fm?.register);
      return { problem: missing(text, chosen, fromFrontMatter ? fm : undefined) };
    }
    return { root: chosen, register: this.cacheFor(chosen).get(chosen) };
  }

  /** A register file loaded as a register root (a claims.yaml opened on its own). */
  load(root: string): Register | undefined {
    return this.exists(root) ? this.cacheFor(root).get(root) : undefined;
  }

  /** A loaded register that read `file`, preferring the one rooted at it. */
  reading(file: string): Register | undefined {
    let found: Register | undefined;
    for (const c of this.caches.values()) {
      for (const reg of c.using(file)) {
        if (reg.root === file) return reg;
        found ??= reg;
      }
    }
    return found;
  }

  /** A register file open in the editor shows its diagnostics even when no open article uses it. */
  track(uri: string, root: string): void { this.used.set(uri, root); }
  untrack(uri: string): void { this.used.delete(uri); }

  /** Whether a change to `file` can change a register: it is read by one, or is named like one. */
  affects(file: string): boolean {
    return REGISTER_NAMES.includes(path.basename(file)) || [...this.caches.values()].some(c => c.using(file).length > 0);
  }

  invalidate(file: string): void { for (const c of this.caches.values()) c.invalidate(file); }

  clear(): void { for (const c of this.caches.values()) c.clear(); }

  /** The registers open documents use, (re)loaded as needed. */
  inUse(): Register[] {
    const roots = new Set(this.used.values());
    return [...roots].filter(r => this.exists(r)).map(r => this.cacheFor(r).get(r));
  }

  /** The text a register's file was read from. */
  textOf(reg: Register, file: string): string | undefined {
    for (const c of this.caches.values()) { const t = c.textOf(reg, file); if (t !== undefined) return t; }
    return undefined;
  }

  private cacheFor(file: string): TextKeepingCache {
    const root = this.folders.containing(file) ?? path.dirname(file);
    let cache = this.caches.get(root);
    if (!cache) {
      cache = new TextKeepingCache(() => root, this.openText);
      this.caches.set(root, cache);
    }
    return cache;
  }

  private exists(file: string): boolean {
    if (this.openText(file) !== undefined) return true;
    try { return fs.statSync(file).isFile(); } catch { return false; }
  }
}

/** A `no-register` finding for a register path that names no file: on the front matter value, else at the start. */
function missing(text: string, file: string, fm: { start: number; end: number } | undefined): Finding {
  let start = 0, end = 0;
  if (fm) {
    const m = /^register[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(text.slice(fm.start, fm.end));
    if (m) { start = fm.start + m.index + m[0].indexOf(m[1], m[0].indexOf(':') + 1); end = start + m[1].length; }
  }
  const where = fm ? 'front matter `register:`' : 'claimcheck.register setting';
  return {
    code: 'no-register', severity: 'warning', start, end,
    message: `The register named by the ${where} does not exist: ${file}. Claim blocks are not checked.`,
    messageId: 'register-not-found', args: { where: fm ? 'front-matter' : 'setting', file },
  };
}
