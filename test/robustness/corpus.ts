/** The benchmark corpus generator (bench/generate.mjs, an ES module), typed for the tests. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/repo';

export interface BenchCorpus {
  /** A register of about n entries (YAML text) and the model the articles cite from. */
  makeRegister(n: number, seed?: number): { yaml: string; model: unknown };
  /** An article of about `bytes` UTF-8 bytes in `lang`, citing the register. */
  makeArticle(bytes: number, lang: 'ar' | 'en', seed: number, model: unknown, errorRate?: number): string;
}

let loaded: Promise<BenchCorpus> | undefined;

export function benchCorpus(): Promise<BenchCorpus> {
  // A real dynamic import (tsc keeps import() under module node16), so the ES module loads from CommonJS.
  return (loaded ??= import(pathToFileURL(path.join(REPO, 'bench', 'generate.mjs')).href) as Promise<BenchCorpus>);
}
