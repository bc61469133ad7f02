/**
 * Checking a large tree on every core: worker threads check articles (each loads the registers it
 * needs once) and send back the findings; everything else (fixes, cache, output) stays in the
 * main thread. Small runs stay in one thread: starting workers and loading registers again costs
 * more than it saves.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, Finding } from '../engine/index';

export interface Task { abs: string; text: string; register?: string }

/** Articles and bytes from which workers pay off (measured with `npm run bench`). */
export const PARALLEL_MIN_FILES = 300;
export const PARALLEL_MIN_BYTES = 2_000_000;
/** Cores from which workers are used by default (CLAIMCHECK_WORKERS=N forces N). */
export const MIN_CORES = 4;

export function workerCount(files: number, bytes: number, env: NodeJS.ProcessEnv): number {
  const forced = Number(env.CLAIMCHECK_WORKERS);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, files);
  if (files < PARALLEL_MIN_FILES || bytes < PARALLEL_MIN_BYTES) return 0;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  // On 2 cores the workers lost to one thread in every bench run (2 000 articles: 2.6 s vs 2.0 s):
  // each loads the register again and the main thread still reads and writes. From 4 cores up.
  return cores >= MIN_CORES ? Math.min(cores, 8) : 0;
}

/** Findings per article path, computed by `n` workers. */
export async function checkInWorkers(tasks: Task[], n: number, cwd: string, registers: string[], options: CheckOptions): Promise<Map<string, Finding[]>> {
  const out = new Map<string, Finding[]>();
  // Interleave by size so every worker gets a similar share.
  const sorted = [...tasks].sort((a, b) => b.text.length - a.text.length);
  const shares: Task[][] = Array.from({ length: n }, () => []);
  sorted.forEach((t, i) => shares[i % n].push(t));
  await Promise.all(shares.filter(s => s.length).map(share => new Promise<void>((resolve, reject) => {
    const w = new Worker(path.join(__dirname, 'worker.js'), { workerData: { tasks: share, cwd, registers, options } });
    w.on('message', (m: { abs: string; findings: Finding[] }) => out.set(m.abs, m.findings));
    w.on('error', reject);
    w.on('exit', code => (code === 0 ? resolve() : reject(new Error(`a checking worker exited with code ${code}`))));
  })));
  return out;
}
