/**
 * `--cache [FILE]`: results per article keyed by a content hash of the article, the register
 * entries it depends on (see dependencies.ts), the options that change findings and the tool
 * version. File times are never used, so a fresh clone or a restored CI cache hits as well as a
 * warm working copy, and touching a file does not miss.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, Register } from '../engine/index';
import { writeFileAtomic } from './atomic';
import { claimHash, sharedHash } from './dependencies';

export const CACHE_NAME = '.claimcheck-cache.json';
/** 2: findings carry messageId and args (older entries could only be shown in English). */
const FORMAT = 2;

interface Entry { key: string; findings: Finding[] }

export class ResultCache {
  private entries = new Map<string, Entry>();
  private dirty = false;

  constructor(readonly file: string, private readonly salt: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (data && data.format === FORMAT && data.salt === salt && data.files && typeof data.files === 'object') {
        for (const [k, v] of Object.entries(data.files as Record<string, Entry>)) {
          if (v && typeof v.key === 'string' && Array.isArray(v.findings)) this.entries.set(k, v);
        }
      }
    } catch { /* no cache yet, or unreadable: start empty */ }
  }

  /** `salt`: what applies to every entry (tool version, severity settings). */
  static salt(version: string, severity: Record<string, string>): string {
    return JSON.stringify({ version, severity: Object.entries(severity).sort() });
  }

  private name(abs: string): string {
    return path.relative(path.dirname(this.file), abs).split(path.sep).join('/');
  }

  keyOf(text: string, register: Register | undefined, cited: readonly string[]): string {
    const h = createHash('sha256');
    h.update(text);
    h.update('\u0000');
    if (register) {
      h.update(this.name(register.root));
      h.update(sharedHash(register));
      for (const id of [...new Set(cited)].sort()) h.update(`\u0000${id}=${claimHash(register.claims.get(id))}`);
    }
    return h.digest('hex');
  }

  get(abs: string, key: string): Finding[] | undefined {
    const e = this.entries.get(this.name(abs));
    return e && e.key === key ? e.findings : undefined;
  }

  set(abs: string, key: string, findings: Finding[]): void {
    const name = this.name(abs);
    if (this.entries.get(name)?.key === key) return;
    this.entries.set(name, { key, findings });
    this.dirty = true;
  }

  /** Writes the cache (atomically), dropping entries of files that no longer exist. */
  save(): void {
    const dir = path.dirname(this.file);
    for (const name of [...this.entries.keys()]) {
      if (!fs.existsSync(path.join(dir, name))) { this.entries.delete(name); this.dirty = true; }
    }
    if (!this.dirty) return;
    const files = Object.fromEntries([...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    const data = Buffer.from(JSON.stringify({ format: FORMAT, salt: this.salt, files }) + '\n');
    if (fs.existsSync(this.file)) writeFileAtomic(this.file, data);
    else fs.writeFileSync(this.file, data);
    this.dirty = false;
  }
}
