/**
 * `--shard I/N`: a stable partition of the files by a hash of their path relative to the repository
 * root, so each file lands in the same shard on every machine and every run, whatever the order or
 * the working directory.
 */
import { createHash } from 'node:crypto';

export interface Shard { index: number; count: number }

/** Parses "I/N" (1 ≤ I ≤ N); returns an error message for anything else. */
export function parseShard(s: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return `--shard must be I/N, e.g. 1/3 (got "${s}").`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${s}: I must be between 1 and N.`;
  return { index, count };
}

/** 1-based shard of a "/"-separated relative path. */
export function shardOf(relPath: string, count: number): number {
  const h = createHash('sha256').update(relPath.normalize('NFC')).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(relPath: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(relPath, shard.count) === shard.index;
}
