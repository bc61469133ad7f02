/**
 * The CLI's view of the file system: reads articles byte-exactly and finds and loads each one's
 * register (front matter `register:`, else --register or the config file, else discovery), one
 * RegisterCache per workspace root so every register is loaded once per run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { frontMatterRegister, Register } from '../engine/index';
import { chooseRegister, discoverRegister, isInside, RegisterCache, repositoryRoot } from '../node/registers';
import { configuredRegister } from './config';
import { decode, Encoding, notText } from './encoding';
import { displayPath } from './files';

export interface ArticleText {
  abs: string;
  /** As shown to users: relative to the working directory, with "/". */
  path: string;
  bytes: Buffer;
  text: string;
  encoding: Encoding;
  /** Whether re-encoding the text gives the same bytes (false for invalid UTF-8: never rewritten). */
  exact: boolean;
}

/** What the usual read errors mean, for messages. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file (or a broken symbolic link)', EACCES: 'permission denied', EPERM: 'not permitted',
  ELOOP: 'a loop of symbolic links', EISDIR: 'a folder, not a file', EMFILE: 'too many open files', EIO: 'an input/output error',
};

export class Workspace {
  private readonly caches = new Map<string, RegisterCache>();
  private readonly owner = new Map<string, RegisterCache>();

  /** `registers`: --register (one) or the config file's list, absolute. */
  constructor(readonly cwd: string, private readonly registers: readonly string[]) {}

  read(abs: string): ArticleText | { error: string } {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { error: code && READ_ERRORS[code] ? `${READ_ERRORS[code]} (${code})` : code ?? (e as Error).message };
    }
    let decoded: ReturnType<typeof decode>;
    try { decoded = decode(bytes); } catch (e) { return { error: `too large to read as text (${(bytes.length / 2 ** 20).toFixed(0)} MB: ${(e as Error).message})` }; }
    const why = notText(bytes, decoded);
    if (why) return { error: why };
    return { abs, path: this.show(abs), bytes, ...decoded };
  }

  show(abs: string): string { return displayPath(abs, this.cwd); }

  /** The workspace root of a file: its repository, else the working directory or its folder. */
  rootOf(abs: string): string {
    const dir = path.dirname(abs);
    let root = this.roots.get(dir);
    if (root === undefined) this.roots.set(dir, (root = repositoryRoot(dir) ?? null));
    return root ?? (isInside(this.cwd, abs) ? this.cwd : dir);
  }

  registerPathFor(abs: string, text: string): string | undefined {
    const configured = configuredRegister(this.registers, abs);
    const frontMatter = frontMatterRegister(text);
    if (frontMatter || configured) return chooseRegister(abs, this.rootOf(abs), { frontMatter, configured });
    // Discovery depends on the folder alone: once per folder (a run sees one state of the tree).
    const dir = path.dirname(abs), root = this.rootOf(abs);
    const key = `${dir}\0${root}`;
    let found = this.discovered.get(key);
    if (found === undefined) this.discovered.set(key, (found = discoverRegister(abs, root) ?? null));
    return found ?? undefined;
  }
  /** Per folder: its repository root (null: none), and the register discovered from it (null: none). */
  private readonly roots = new Map<string, string | null>();
  private readonly discovered = new Map<string, string | null>();

  /** Loads (once) the register whose root file is `file`. */
  register(file: string): Register {
    const abs = path.resolve(file);
    let cache = this.owner.get(abs);
    if (!cache) {
      let root = this.rootOf(abs);
      if (!isInside(root, abs)) root = path.dirname(abs);
      cache = this.caches.get(root);
      if (!cache) {
        const r = root;
        cache = new RegisterCache(() => r);
        this.caches.set(root, cache);
      }
      this.owner.set(abs, cache);
    }
    return cache.get(abs);
  }

  /** Every register loaded so far. */
  loaded(): Register[] {
    return [...this.caches.values()].flatMap(c => c.all());
  }

  /** The text of a register file, as the engine read it (for positions). */
  registerText(file: string): string {
    try { return decode(fs.readFileSync(file)).text; } catch { return ''; }
  }
}
