/**
 * Where a register entry is used across the workspace: claim blocks and prose names in every
 * article (open or on disk) whose register resolves the id to the same entry, and references
 * inside the register's own files. One pass over the articles; each is parsed once (WorkspaceIndex).
 */
import { LineIndex, Register } from '../engine/index';
import type { Services } from './services';
import { definitionOf, entryOccurrences, Kind, mentions, Occurrence, registerOccurrences, sameEntry } from './targets';

export interface FileUsages { uri: string; text: string; lines: LineIndex; article: boolean; occurrences: Occurrence[] }

export interface UsageOptions {
  /** Names in the prose (entities and roles). */
  mentions: boolean;
  /** The entry's key in the register. */
  definition: boolean;
}

export async function usages(s: Services, register: Register, kind: Kind, id: string, options: UsageOptions): Promise<FileUsages[]> {
  const def = definitionOf(register, kind, id);
  if (!def) return [];
  const out: FileUsages[] = [];
  const matches = (o: Occurrence) => o.kind === kind && o.id === id;
  for (const item of s.index.articles()) {
    const reg = await s.registerOf(item);
    if (!reg || !sameEntry(definitionOf(reg, kind, id), def)) continue;
    const found = item.entries.flatMap(e => entryOccurrences(item.text, e.entry)).filter(matches);
    if (options.mentions && kind !== 'claim') for (const m of mentions(item.article, reg)) if (matches(m)) found.push(m);
    if (found.length) out.push({ uri: item.uri, text: item.text, lines: item.article.lines, article: true, occurrences: found.sort((a, b) => a.start - b.start) });
  }
  for (const file of register.files) {
    const text = s.registerText(register, file);
    const found = registerOccurrences(register, file, text)
      .filter(o => matches(o) && (o.use === 'register' || (options.definition && o.use === 'definition')));
    if (found.length) out.push({ uri: s.files.uri(file), text, lines: new LineIndex(text), article: false, occurrences: found });
  }
  return out;
}

/** How many workspace articles cite each claim of `register` (resolved to the same entry). */
export async function citationCounts(s: Services, register: Register): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const item of s.index.articles()) {
    const reg = await s.registerOf(item);
    if (!reg) continue;
    const cited = new Set<string>();
    for (const { entry } of item.entries) {
      for (const r of entry.refs) {
        if (!cited.has(r.value) && sameEntry(reg.claims.get(r.value)?.at, register.claims.get(r.value)?.at)) cited.add(r.value);
      }
    }
    for (const id of cited) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
