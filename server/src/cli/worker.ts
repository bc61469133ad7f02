/** A worker thread of parallel.ts: checks its share of articles and posts each article's findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkArticle, CheckOptions } from '../engine/index';
import type { Task } from './parallel';
import { Workspace } from './workspace';

const { tasks, cwd, registers, options } = workerData as { tasks: Task[]; cwd: string; registers: string[]; options: CheckOptions };
const ws = new Workspace(cwd, registers);
for (const t of tasks) {
  const register = t.register ? ws.register(t.register) : undefined;
  parentPort!.postMessage({ abs: t.abs, findings: checkArticle(t.text, register, options).findings });
}
