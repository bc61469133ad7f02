/**
 * What a check result depends on in the register, as hashes that ignore positions: the cache keys
 * articles by them and --changed-since compares a register at REF with the current one through
 * them. An article depends on the claims it cites and on the register's shared vocabulary (every
 * entity and role, the set of claim ids — for unknown-ref suggestions — and every quoted claim,
 * which attribution checks read in any article).
 */
import { createHash } from 'node:crypto';
import type { Claim, Register } from '../engine/index';

/** A JSON-able form of a register entry: Maps as sorted objects, positions dropped. */
export function canonical(value: unknown): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)).map(([k, v]) => [String(k), canonical(v)]));
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      if (k === 'at' || k === 'roleAt') continue;
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

export function claimHash(c: Claim | undefined): string {
  return c ? hashOf(c) : 'missing';
}

const shared = new WeakMap<Register, string>();

/** Hash of the part of a register every article depends on. */
export function sharedHash(reg: Register): string {
  let h = shared.get(reg);
  if (!h) {
    const quoted = [...reg.claims.values()].filter(c => c.speaker && c.quote.size).map(c => [c.id, canonical(c)]);
    h = hashOf({ entities: reg.entities, roles: reg.roles, ids: [...reg.claims.keys()].sort(), quoted });
    shared.set(reg, h);
  }
  return h;
}
