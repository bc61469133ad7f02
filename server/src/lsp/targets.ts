/**
 * Where ids are written, in articles and register files: the ids hover, definition, references
 * and rename work on. An occurrence is a range of text naming a claim, an entity or a role, and
 * how it names it (a definition key, a claim block's ref, speaker or place, a name in the prose,
 * or a reference inside the register). Ranges leave YAML quotes out.
 */
import type { Article, BlockEntry, ClaimBlock, Register, Where } from '../engine/index';
import { nameIndex } from '../engine/index';
import type { View } from './services';

export type Kind = 'claim' | 'entity' | 'role';
export type Use = 'definition' | 'ref' | 'block' | 'mention' | 'register';

export interface Occurrence { kind: Kind; id: string; use: Use; start: number; end: number; key?: string }

/** The definition of an id in a register. */
export function definitionOf(reg: Register, kind: Kind, id: string): Where | undefined {
  const map = kind === 'claim' ? reg.claims : kind === 'entity' ? reg.entities : reg.roles;
  return map.get(id)?.at;
}

/** Whether two registers define an id at the same place (the same entry, seen from two articles). */
export function sameEntry(a: Where | undefined, b: Where | undefined): boolean {
  return !!a && !!b && a.file === b.file && a.start === b.start;
}

/** A YAML scalar's range without its quotes. */
export function unquoted(text: string, start: number, end: number): { start: number; end: number } {
  const q = text[start];
  if (end - start >= 2 && (q === '"' || q === "'") && text[end - 1] === q) return { start: start + 1, end: end - 1 };
  return { start, end };
}

const LEAF = new Set(['paragraph', 'heading', 'table']);

/** Ids in one claim-block entry: its refs (claims) and its speaker and place (entities). */
export function entryOccurrences(text: string, entry: BlockEntry): Occurrence[] {
  const out: Occurrence[] = [];
  for (const r of entry.refs) out.push({ kind: 'claim', id: r.value, use: 'ref', key: 'ref', ...unquoted(text, r.start, r.end) });
  for (const key of ['speaker', 'place'] as const) {
    const v = entry[key];
    if (v) out.push({ kind: 'entity', id: v.value, use: 'block', key, ...unquoted(text, v.start, v.end) });
  }
  return out;
}

/** Registered names in the prose of an article (entities and role titles). */
export function mentions(article: Article, register: Register): Occurrence[] {
  const out: Occurrence[] = [];
  const index = nameIndex(register);
  for (const b of article.blocks) {
    if (!LEAF.has(b.kind)) continue;
    for (const h of index.find(article.text, b.start, b.end)) {
      out.push({ kind: h.entry.kind, id: h.entry.id, use: 'mention', start: h.start, end: h.end });
    }
  }
  return out;
}

/** Every id written in an article: claim blocks, and (with a register) names in the prose. */
export function articleOccurrences(
  article: Article, entries: ReadonlyArray<{ block: ClaimBlock; entry: BlockEntry }>, register: Register | undefined,
): Occurrence[] {
  const out = entries.flatMap(e => entryOccurrences(article.text, e.entry));
  if (register) for (const m of mentions(article, register)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** Every id written in one file of a register: entry keys, and speaker, place, participants and role references. */
export function registerOccurrences(reg: Register, file: string, text: string): Occurrence[] {
  const out: Occurrence[] = [];
  const push = (kind: Kind, id: string, use: Use, at: Where, key?: string) => {
    if (at.file === file) out.push({ kind, id, use, ...(key ? { key } : {}), ...unquoted(text, at.start, at.end) });
  };
  for (const c of reg.claims.values()) {
    push('claim', c.id, 'definition', c.at);
    for (const r of c.refs) push('entity', r.id, 'register', r.at, r.key);
  }
  for (const e of reg.entities.values()) {
    push('entity', e.id, 'definition', e.at);
    for (const t of e.roles) if (t.roleAt) push('role', t.role, 'register', t.roleAt, 'role');
  }
  for (const r of reg.roles.values()) push('role', r.id, 'definition', r.at);
  return out.sort((a, b) => a.start - b.start);
}

/** The occurrence under an offset (a cursor right after an id still counts). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find(o => o.start <= offset && offset < o.end) ?? occurrences.find(o => o.end === offset);
}

/** The ids written in the document a request is about. */
export function occurrencesOf(view: View): Occurrence[] {
  return view.kind === 'register'
    ? registerOccurrences(view.register, view.file, view.text)
    : articleOccurrences(view.item.article, view.item.entries, view.register);
}
