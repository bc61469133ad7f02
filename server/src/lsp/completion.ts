/**
 * Completion inside claim blocks and register files. In a claim block: claim ids after `ref:`
 * (also inside `[ ]` and `- ` lists), ranked by word overlap with the annotated passage; entity
 * ids after `speaker:` and `place:` (places only); check codes after `ignore:`; the block keys at
 * the start of a line. In a register: statuses after `status:`, entity ids after `speaker:`,
 * `place:` and `participants:`, role ids after `role:`.
 */
import {
  CompletionItem, CompletionItemKind, CompletionList, CompletionParams, MarkupKind, Range,
} from 'vscode-languageserver/node';
import { CODES, Register, STATUSES } from '../engine/index';
import { toRange } from './convert';
import { claimMarkdown, nameOf, pick } from './entries';
import { texts } from './i18n';
import { claimBlockAt, maskMarkup } from './passages';
import type { ArticleView, Services, View } from './services';
import { claimScore, words } from './words';

export const BLOCK_KEYS = ['ref', 'date', 'place', 'speaker', 'quote', 'ignore'];

interface Context { key?: string; start: number; needsSpace: boolean }

export async function completion(s: Services, params: CompletionParams): Promise<CompletionList | null> {
  const view = await s.view(params.textDocument.uri);
  if (!view) return null;
  const offset = view.lines.offsetAt(params.position);
  const lineStart = view.lines.lineStart(view.lines.lineOf(offset));
  if (view.kind === 'article') {
    const block = claimBlockAt(view.item.article.claimBlocks, view.text, offset);
    if (!block) return null;
    const ctx = context(view.text, Math.max(lineStart, block.map(0)), offset, block.map(0));
    if (!ctx) return null;
    const range = toRange(view.lines, ctx.start, offset);
    if (ctx.key === undefined) return list(BLOCK_KEYS.map((k, i) => ({ label: k, kind: CompletionItemKind.Property, sortText: String(i), textEdit: { range, newText: `${k}: ` } })));
    const reg = view.register;
    switch (ctx.key) {
      case 'ref': return reg ? list(claimItems(view, reg, block.passage && view.text.slice(block.passage.start, block.passage.end), range, ctx)) : null;
      case 'speaker': return reg ? list(entityItems(view, reg, range, ctx, () => true)) : null;
      case 'place': return reg ? list(entityItems(view, reg, range, ctx, type => type === 'place')) : null;
      case 'ignore': return list(CODES.map(c => item(c, CompletionItemKind.EnumMember, range, ctx)));
      default: return null;
    }
  }
  const ctx = context(view.text, lineStart, offset, 0);
  if (!ctx?.key) return null;
  const range = toRange(view.lines, ctx.start, offset);
  const reg = view.register;
  switch (ctx.key) {
    case 'status': return list(STATUSES.map(st => ({ ...item(st, CompletionItemKind.EnumMember, range, ctx), detail: texts(view.ui).statuses[st] })));
    case 'speaker': case 'participants': return list(entityItems(view, reg, range, ctx, () => true));
    case 'place': return list(entityItems(view, reg, range, ctx, type => type === 'place'));
    case 'role': return list([...reg.roles.values()].map(r => ({ ...item(r.id, CompletionItemKind.Class, range, ctx), detail: nameOf(reg, r.id, view.ui) })));
    default: return null;
  }
}

const list = (items: CompletionItem[]): CompletionList => ({ isIncomplete: false, items });

function item(id: string, kind: CompletionItemKind, range: Range, ctx: Context): CompletionItem {
  return { label: id, kind, filterText: id, textEdit: { range, newText: (ctx.needsSpace ? ' ' : '') + id } };
}

function claimItems(view: ArticleView, reg: Register, passage: string | undefined, range: Range, ctx: Context): CompletionItem[] {
  const lang = view.item.article.lang;
  const passageWords = passage ? words(maskMarkup(passage)) : [];
  return [...reg.claims.values()].map(c => {
    const score = claimScore(passageWords, c);
    const summary = pick(c.statement, lang) ?? pick(c.quote, lang);
    return {
      ...item(c.id, CompletionItemKind.Reference, range, ctx),
      detail: summary ?? texts(view.labels).statuses[c.status],
      documentation: { kind: MarkupKind.Markdown, value: claimMarkdown(reg, c, lang, view.labels) },
      sortText: `${String(1000 - Math.round(score * 1000)).padStart(4, '0')}-${c.id}`,
    };
  });
}

function entityItems(view: View, reg: Register, range: Range, ctx: Context, accept: (type: string) => boolean): CompletionItem[] {
  const lang = view.kind === 'article' ? view.item.article.lang : view.ui;
  return [...reg.entities.values()].filter(e => accept(e.type)).map(e => ({
    ...item(e.id, CompletionItemKind.Value, range, ctx),
    detail: `${nameOf(reg, e.id, lang)} — ${texts(view.labels).types[e.type] ?? e.type}`,
  }));
}

const KEY_VALUE = /(?:^|[\s{,])([A-Za-z_]+)[ \t]*:([ \t]*)(?:\[(?:[^\]]*,)?[ \t]*)?$/;
const KEY_ONLY = /^([ \t]*)(?:-[ \t]+)?([A-Za-z_]+)[ \t]*:[ \t]*$/;

/**
 * What is being typed at `offset`: the value of which key (or a key, when undefined), from where.
 * `from` is where the line's YAML starts; `top` where the YAML starts (lists are looked up to there).
 */
function context(text: string, from: number, offset: number, top: number): Context | undefined {
  const prefix = text.slice(from, offset);
  const word = /[A-Za-z0-9_.-]*$/.exec(prefix)![0];
  const before = prefix.slice(0, prefix.length - word.length);
  const start = offset - word.length;
  const kv = KEY_VALUE.exec(before);
  if (kv) return { key: kv[1], start, needsSpace: before.endsWith(':') };
  const dash = /^([ \t]*)-[ \t]+$/.exec(before);
  if (dash) {
    const parent = listParent(text, from, top, dash[1].length);
    if (parent) return { key: parent, start, needsSpace: false };
  }
  return /^[ \t]*(?:-[ \t]+)?$/.test(before) ? { start, needsSpace: false } : undefined;
}

/** The key a `- ` list item belongs to: the nearest line above ending in `key:` at or left of the dash. */
function listParent(text: string, lineStart: number, top: number, column: number): string | undefined {
  let end = lineStart - 1;
  while (end > top) {
    const start = Math.max(top, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (!line.trim() || new RegExp(`^[ \\t]{${column}}-[ \\t]`).test(line)) continue;
    const m = KEY_ONLY.exec(line);
    return m && m[1].length <= column ? m[2] : undefined;
  }
  return undefined;
}
