/** What the tests that load a register both ways (fast YAML reader on and off) share. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Register } from '../../server/out/engine/index.js';
import { setFastYaml } from '../../server/out/engine/yaml/read.js';

/** A RegisterHost over files held in memory, under /ws/. */
export const memoryHost = (files: Record<string, string>) => ({
  read: (p: string) => files[p],
  resolve: (from: string, rel: string) => path.posix.join(path.posix.dirname(from), rel),
  allowed: (p: string) => p.startsWith('/ws/'),
});

/** A register's model and findings, as text (Maps as entries, -0 and NaN kept apart). */
export function registerSummary(reg: Register): string {
  return JSON.stringify(reg, (_, v) => (v instanceof Map ? [...v] : typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v));
}

/** Runs `f` with the fast YAML reader on or off, then restores the setting. */
export function withFastYaml<T>(on: boolean, f: () => T): T {
  const was = setFastYaml(on);
  try {
    return f();
  } finally {
    setFastYaml(was);
  }
}

/** Where two renderings first differ, with some context, labelled. */
export function firstDifference(a: string, b: string, labels: [string, string], context = 120): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${labels[0]}: …${a.slice(Math.max(0, i - context), i + context)}\n${labels[1]}: …${b.slice(Math.max(0, i - context), i + context)}`;
}

/** The files under `dir` (sorted, recursively, without node_modules and dot folders) whose name `keep` accepts. */
export function walkFiles(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) walkFiles(p, keep, out);
    else if (e.isFile() && keep(e.name)) out.push(p);
  }
  return out;
}
