import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from './repo';

export interface CliRun { status: number | null; stdout: string; stderr: string }

/** Runs the built `claimcheck` bin as a child process. */
export function claimcheck(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'claimcheck.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 0-based line/UTF-16 character of the first occurrence of `needle` in `text` (independent of the engine). */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
