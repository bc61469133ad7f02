import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The package version (part of every cache key). */
export function toolVersion(): string {
  if (cached) return cached;
  try {
    cached = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version as string;
  } catch {
    cached = 'unknown';
  }
  return cached;
}
