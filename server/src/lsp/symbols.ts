/**
 * Document symbols. In an article: each claim block, spanning its passage and the block, with the
 * claims it names as children. In a register file: entities, roles and claims as three sections
 * with their entries (type, names, status and statement as details).
 */
import { DocumentSymbol, DocumentSymbolParams, SymbolKind } from 'vscode-languageserver/node';
import { isMap, isScalar, parseDocument, Scalar, YAMLMap } from 'yaml';
import { toRange } from './convert';
import { nameOf, pick } from './entries';
import { texts } from './i18n';
import type { ArticleView, RegisterView, Services } from './services';
import { entryOccurrences } from './targets';

export async function documentSymbols(s: Services, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const view = await s.view(params.textDocument.uri);
  if (!view) return [];
  return view.kind === 'article' ? articleSymbols(view) : registerSymbols(view);
}

function articleSymbols(view: ArticleView): DocumentSymbol[] {
  const { text, lines, register } = view;
  const t = texts(view.labels);
  const out: DocumentSymbol[] = [];
  for (const block of view.item.article.claimBlocks) {
    const refs = view.item.entries.filter(e => e.block === block).flatMap(e => entryOccurrences(text, e.entry)).filter(o => o.use === 'ref');
    const passage = block.passage;
    const start = Math.min(passage?.start ?? block.start, block.start);
    const excerpt = passage ? text.slice(passage.start, passage.end).replace(/\s+/g, ' ').trim() : '';
    out.push({
      name: refs.length ? refs.map(r => r.id).join(', ') : t.unregisteredClaim,
      detail: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt,
      kind: SymbolKind.Object,
      range: toRange(lines, start, block.end),
      selectionRange: passage ? toRange(lines, passage.start, passage.end) : toRange(lines, block.start, block.end),
      children: refs.map(r => {
        const claim = register?.claims.get(r.id);
        return {
          name: r.id, kind: SymbolKind.Constant,
          ...(claim ? { detail: t.statuses[claim.status] ?? claim.status } : {}),
          range: toRange(lines, r.start, r.end), selectionRange: toRange(lines, r.start, r.end),
        };
      }),
    });
  }
  return out;
}

const SECTIONS: Record<string, SymbolKind> = { entities: SymbolKind.Class, roles: SymbolKind.Interface, claims: SymbolKind.Constant };

function registerSymbols(view: RegisterView): DocumentSymbol[] {
  const { text, lines, register } = view;
  const t = texts(view.labels);
  const doc = parseDocument(text, { uniqueKeys: false });
  if (!isMap(doc.contents)) return [];
  const out: DocumentSymbol[] = [];
  for (const pair of (doc.contents as YAMLMap).items) {
    const key = pair.key as Scalar | null;
    if (!isScalar(key) || !key.range || typeof key.value !== 'string' || !(key.value in SECTIONS)) continue;
    const section = key.value;
    const children: DocumentSymbol[] = [];
    if (isMap(pair.value)) {
      for (const entry of (pair.value as YAMLMap).items) {
        const k = entry.key as Scalar | null;
        if (!isScalar(k) || !k.range) continue;
        const id = String(k.value);
        const end = (entry.value as { range?: [number, number, number] } | null)?.range?.[1] ?? k.range[1];
        children.push({
          name: id, kind: SECTIONS[section], detail: detail(section, id),
          range: toRange(lines, k.range[0], Math.max(end, k.range[1])), selectionRange: toRange(lines, k.range[0], k.range[1]),
        });
      }
    }
    const end = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? key.range[1];
    out.push({
      name: section, kind: SymbolKind.Namespace,
      range: toRange(lines, key.range[0], Math.max(end, key.range[1])), selectionRange: toRange(lines, key.range[0], key.range[1]), children,
    });
  }
  return out;

  function detail(section: string, id: string): string {
    if (section === 'entities') {
      const e = register.entities.get(id);
      return e ? `${t.types[e.type] ?? e.type} · ${nameOf(register, id, view.ui)}` : '';
    }
    if (section === 'roles') return register.roles.has(id) ? nameOf(register, id, view.ui) : '';
    const c = register.claims.get(id);
    if (!c) return '';
    const summary = pick(c.statement, view.ui) ?? pick(c.quote, view.ui);
    return [t.statuses[c.status] ?? c.status, summary].filter(Boolean).join(' · ');
  }
}
