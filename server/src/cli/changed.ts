/**
 * `--changed-since REF`: the files git reports as changed since REF (committed, staged, unstaged or
 * untracked), and the register entries that changed: each register is loaded again as it was at
 * REF (`git show REF:path`, includes too) and compared with the current one entry by entry,
 * ignoring where entries are written.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Entity, foldKey, loadRegister, Register, Role } from '../engine/index';
import { isInside } from '../node/registers';
import { hashOf } from './dependencies';

export class GitError extends Error {}

export class Git {
  readonly top: string;
  constructor(private readonly cwd: string, readonly ref: string) {
    this.top = fs.realpathSync(this.git(['rev-parse', '--show-toplevel']).trim());
    try { this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]); } catch { throw new GitError(`--changed-since: "${ref}" is not a commit in this repository.`); }
  }

  private git(args: string[]): string {
    try {
      return execFileSync('git', args, { cwd: this.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new GitError(`git ${args[0]}: ${(err.stderr || err.message).trim().split('\n')[0]}`);
    }
  }

  /** Absolute real paths of every file changed since REF, including untracked ones. */
  changedFiles(): Set<string> {
    const list = (args: string[]) => this.git(args).split('\0').filter(Boolean).map(p => path.join(this.top, p));
    return new Set([
      ...list(['diff', '--name-only', '--no-renames', '-z', this.ref, '--']),
      ...list(['ls-files', '--others', '--exclude-standard', '-z']),
    ]);
  }

  /** A file's text at REF, or undefined when it did not exist there. */
  showAtRef(abs: string): string | undefined {
    const real = realpath(abs);
    if (!isInside(this.top, real)) return undefined;
    const rel = path.relative(this.top, real).split(path.sep).join('/');
    try {
      return execFileSync('git', ['show', `${this.ref}:${rel}`], { cwd: this.top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    } catch {
      return undefined;
    }
  }

  /** The register rooted at `root` as it was at REF (files read with git show). */
  registerAtRef(root: string, allowedRoot: string): Register {
    return loadRegister(root, {
      read: f => this.showAtRef(f),
      resolve: (from, rel) => path.resolve(path.dirname(from), rel),
      allowed: f => isInside(allowedRoot, path.resolve(f)),
    });
  }
}

function realpath(p: string): string {
  try { return fs.realpathSync(p); } catch { return path.resolve(p); }
}

export interface RegisterChanges {
  claims: Set<string>;
  entities: Set<string>;
  roles: Set<string>;
  /** Folded names (old and new) of the changed entities and roles, to find articles that mention them. */
  names: string[];
}

/** Entries added, removed or changed between two versions of a register. */
export function diffRegisters(before: Register, after: Register): RegisterChanges {
  const changed = <T>(a: Map<string, T>, b: Map<string, T>) => {
    const out = new Set<string>();
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(id), y = b.get(id);
      if (!x || !y || hashOf(x) !== hashOf(y)) out.add(id);
    }
    return out;
  };
  const claims = changed(before.claims, after.claims);
  const entities = changed(before.entities, after.entities);
  const roles = changed(before.roles, after.roles);
  const names = new Set<string>();
  const addNames = (e: Entity | Role | undefined) => { for (const list of e?.names.values() ?? []) for (const n of list) if (n.trim().length >= 3) names.add(foldKey(n)); };
  for (const id of entities) { addNames(before.entities.get(id)); addNames(after.entities.get(id)); }
  for (const id of roles) { addNames(before.roles.get(id)); addNames(after.roles.get(id)); }
  return { claims, entities, roles, names: [...names] };
}

/** Whether an article is affected by register changes: it cites a changed claim, names a changed entity or role, or cites a claim that refers to one. */
export function affected(changes: RegisterChanges, register: Register, text: string, cited: { refs: Array<{ id: string }>; entities: string[] }): boolean {
  if (cited.refs.some(r => changes.claims.has(r.id))) return true;
  if (cited.entities.some(e => changes.entities.has(e))) return true;
  for (const r of cited.refs) {
    const c = register.claims.get(r.id);
    if (c?.refs.some(x => changes.entities.has(x.id) || changes.roles.has(x.id))) return true;
  }
  if (!changes.names.length) return false;
  const folded = foldKey(text);
  return changes.names.some(n => folded.includes(n));
}
