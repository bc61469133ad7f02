/**
 * The file-system edge shared by the CLI and the language server: finding an article's register
 * (front matter `register:`, a configured path, else the nearest claims.yaml walking up to the
 * workspace or repository root), reading it through the engine's RegisterHost, and caching it
 * until one of its files changes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRegister, Register, RegisterHost } from '../engine/index';

export const REGISTER_NAMES = ['claims.yaml', 'claims.yml', 'claims.json'];

/** Whether `p` is `root` or inside it (both absolute). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The nearest folder at or above `start` holding .git, else undefined. */
export function repositoryRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Walks up from the article's folder to `root` (inclusive) and returns the first register file found. */
export function discoverRegister(articlePath: string, root: string): string | undefined {
  let dir = path.dirname(path.resolve(articlePath));
  const top = path.resolve(root);
  for (;;) {
    for (const name of REGISTER_NAMES) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
    if (dir === top || !isInside(top, dir)) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface RegisterChoice {
  /** Front matter `register:` (relative to the article). */
  frontMatter?: string;
  /** A configured path (CLI --register or the editor setting), already absolute. */
  configured?: string;
}

export function chooseRegister(articlePath: string, root: string, choice: RegisterChoice): string | undefined {
  if (choice.frontMatter) return path.resolve(path.dirname(path.resolve(articlePath)), choice.frontMatter);
  if (choice.configured) return choice.configured;
  return discoverRegister(articlePath, root);
}

/**
 * Loaded registers by root file. `overlay` supplies the text of files open in an editor, which
 * wins over the disk. `invalidate(file)` drops every register that read `file`.
 */
export class RegisterCache {
  private readonly loaded = new Map<string, Register>();
  constructor(private readonly root: () => string, private readonly overlay: (file: string) => string | undefined = () => undefined) {}

  host(): RegisterHost {
    return {
      read: file => {
        const open = this.overlay(file);
        if (open !== undefined) return open;
        try {
          const st = fs.statSync(file);
          if (!st.isFile()) return undefined;
          return fs.readFileSync(file, 'utf8');
        } catch {
          return undefined;
        }
      },
      resolve: (from, rel) => path.resolve(path.dirname(from), rel),
      identity: file => { try { return fs.realpathSync(file); } catch { return path.resolve(file); } },
      allowed: file => {
        const root = this.root();
        if (!isInside(root, path.resolve(file))) return false;
        try { return isInside(fs.realpathSync(root), fs.realpathSync(file)); } catch { return true; }
      },
    };
  }

  get(file: string): Register {
    const key = path.resolve(file);
    let reg = this.loaded.get(key);
    if (!reg) {
      reg = loadRegister(key, this.host());
      this.loaded.set(key, reg);
    }
    return reg;
  }

  /** Registers that read `file` (a register root or an included file). */
  using(file: string): Register[] {
    const key = path.resolve(file);
    return [...this.loaded.values()].filter(r => r.files.includes(key));
  }

  /** Drops registers that read `file`; returns them. A new register file drops nothing but is found next time. */
  invalidate(file: string): Register[] {
    const hit = this.using(file);
    for (const r of hit) this.loaded.delete(r.root);
    return hit;
  }

  clear(): void { this.loaded.clear(); }

  all(): Register[] { return [...this.loaded.values()]; }
}
