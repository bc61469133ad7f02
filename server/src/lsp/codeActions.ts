/**
 * Code actions, each a plain WorkspaceEdit so every LSP client can apply it: the fix a
 * diagnostic carries; "Disable CODE for the next line"; for `unregistered`, adding the claim to
 * the register as unverified and linking the block to it; for `unlinked-claim`, linking the
 * sentence to the claim it most likely states; and fixing every fixable finding of a code (or,
 * as source.fixAll, of every code) in the file.
 */
import {
  CodeAction, CodeActionKind, CodeActionParams, Diagnostic, Range, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';
import { Block, ClaimBlock, LineIndex, Register } from '../engine/index';
import { viewDiagnostics } from './analysis';
import { DiagnosticData, FixData, SOURCE, toRange } from './convert';
import { texts, Texts } from './i18n';
import { newId } from './ids';
import { claimBlockAt, maskMarkup } from './passages';
import { appendClaim } from './registerEdits';
import type { ArticleView, Services } from './services';
import { claimScore, words } from './words';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.claimcheck`;
/** Least word overlap for "Link to claim" to offer a claim. */
const LINK_THRESHOLD = 0.3;

export async function codeActions(s: Services, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const view = await s.view(uri);
  if (!view) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
  const t = texts(view.ui);
  const ours = params.context.diagnostics.filter(d => d.source === SOURCE);
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of ours) {
      const fix = (d.data as DiagnosticData | undefined)?.fix;
      if (fix) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edits(uri, [fix]) });
      if (view.kind !== 'article') continue;
      if (d.code === 'unregistered' && view.register) push(actions, addToRegister(s, view, view.register, d, t));
      if (d.code === 'unlinked-claim' && view.register) push(actions, linkToClaim(view, view.register, d, t));
      const once = `${d.range.start.line}\0${String(d.code)}`;
      if (!disabled.has(once)) { disabled.add(once); push(actions, disableNextLine(view, d, t)); }
    }
  }
  const fixableCodes = [...new Set(ours.filter(d => (d.data as DiagnosticData | undefined)?.fix).map(d => String(d.code)))];
  const fixAll = only?.some(k => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) ?? false;
  if ((fixableCodes.length && wants(CodeActionKind.QuickFix)) || fixAll) {
    const all = (await viewDiagnostics(s, view)).filter(d => (d.data as DiagnosticData | undefined)?.fix);
    for (const code of wants(CodeActionKind.QuickFix) ? fixableCodes : []) {
      const same = all.filter(d => d.code === code);
      if (same.length < 2) continue;
      actions.push({ title: t.fixAll(code), kind: CodeActionKind.QuickFix, diagnostics: same, edit: edits(uri, same.map(fixOf)) });
    }
    if (fixAll && all.length) actions.push({ title: t.fixAllInFile, kind: FIX_ALL_KIND, diagnostics: all, edit: edits(uri, all.map(fixOf)) });
  }
  return actions;
}

const push = (list: CodeAction[], action: CodeAction | undefined) => { if (action) list.push(action); };
const fixOf = (d: Diagnostic) => (d.data as DiagnosticData).fix!;

/** One WorkspaceEdit from fixes (in this file or another), dropping any that overlap an earlier one. */
function edits(uri: string, fixes: FixData[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  for (const f of fixes) {
    const list = (changes[f.uri ?? uri] ??= []);
    if (list.some(e => before(f.range.start, e.range.end) && before(e.range.start, f.range.end))) continue;
    list.push({ range: f.range, newText: f.newText });
  }
  return { changes };
}

/** `<!-- claimcheck-disable-next-line CODE -->` on its own line above, with that line's indentation (joined to one already there). */
function disableNextLine(view: ArticleView, d: Diagnostic, t: Texts): CodeAction | undefined {
  const { text, lines, item } = view;
  const offset = lines.offsetAt(d.range.start);
  const fm = item.article.frontMatter;
  if (fm && offset < fm.end) return undefined;
  if (item.article.claimBlocks.some(b => offset >= b.start && offset <= b.end)) return undefined;
  const code = String(d.code);
  const line = d.range.start.line;
  const lineText = text.slice(lines.lineStart(line), lines.lineEnd(line));
  const indent = /^[ \t]*/.exec(lineText)![0];
  const title = t.disableNextLine(code);
  const prevText = line > 0 ? text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)) : '';
  const prev = /^([ \t]*)<!--\s*claimcheck-disable-next-line\b([^>]*?)\s*-->[ \t]*$/.exec(prevText);
  if (prev && prev[2].trim()) {
    const codes = prev[2].trim().split(/[\s,]+/);
    if (codes.includes(code)) return undefined;
    const range = toRange(lines, lines.lineStart(line - 1), lines.lineEnd(line - 1));
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [view.uri]: [TextEdit.replace(range, `${prev[1]}<!-- claimcheck-disable-next-line ${[...codes, code].join(' ')} -->`)] } } };
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [view.uri]: [TextEdit.insert(at, `${indent}<!-- claimcheck-disable-next-line ${code} -->${eol}`)] } } };
}

/** The first sentence of a passage, as plain words (list markers, heading and quote marks dropped). */
export function firstSentence(passage: string): string {
  const plain = maskMarkup(passage).replace(/^[ \t]*(?:[-*+>#]+|\d+[.)])[ \t]+/gm, '').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?؟…](?=\s|$)/.exec(plain);
  return (m ? m[0] : plain).slice(0, 400).trim();
}

/** For a block without `ref`: a new unverified claim in the register, and `ref:` in the block. */
function addToRegister(s: Services, view: ArticleView, reg: Register, d: Diagnostic, t: Texts): CodeAction | undefined {
  const offset = view.lines.offsetAt(d.range.start);
  const found = view.item.entries.find(e => e.entry.start === offset) ?? view.item.entries.find(e => e.entry.start <= offset && offset < e.entry.end);
  if (!found || found.entry.hasRef) return undefined;
  const { block, entry } = found;
  const sentence = block.passage ? firstSentence(view.text.slice(block.passage.start, block.passage.end)) : '';
  if (!sentence) return undefined;
  const id = newId(sentence, x => reg.claims.has(x));
  const lang = view.item.article.lang;
  const fields = [`statement: { ${lang}: ${JSON.stringify(sentence)} }`];
  if (entry.date?.span) fields.push(`date: ${entry.date.value}`);
  for (const key of ['place', 'speaker'] as const) if (entry[key] && reg.entities.has(entry[key]!.value)) fields.push(`${key}: ${entry[key]!.value}`);
  fields.push('status: unverified');
  const registerText = s.registerText(reg, reg.root);
  const insertion = appendClaim(registerText, id, fields);
  if (!insertion) return undefined;
  const registerEdit = TextEdit.replace(toRange(new LineIndex(registerText), insertion.offset, insertion.end ?? insertion.offset), insertion.newText);
  return {
    title: t.addToRegister, kind: CodeActionKind.QuickFix, diagnostics: [d],
    edit: { changes: { [s.files.uri(reg.root)]: [registerEdit], [view.uri]: [insertRef(view, block, entry.start, id)] } },
  };
}

/** `ref: <id>` as the first key of a claim-block entry, on its own line at the entry's indentation. */
function insertRef(view: ArticleView, block: ClaimBlock, entryStart: number, id: string): TextEdit {
  const { text, lines } = view;
  const at = lines.positionAt(entryStart);
  if (text[entryStart] === '{') return TextEdit.insert(lines.positionAt(entryStart + 1), ` ref: ${id},`);
  const lineStart = lines.lineStart(at.line);
  // On the first line of a comment block the YAML starts after "claim": indent relative to that.
  const yamlStart = block.map(0);
  const indent = block.form === 'comment' && lineStart < yamlStart
    ? ' '.repeat(entryStart - yamlStart)
    : text.slice(lineStart, entryStart).replace(/[^\t]/g, ' ');
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return TextEdit.insert(at, `ref: ${id}${eol}${indent}`);
}

/** For a sentence no block links: a ```claim block with the best-matching claim after its paragraph. */
function linkToClaim(view: ArticleView, reg: Register, d: Diagnostic, t: Texts): CodeAction | undefined {
  const { text, lines, item } = view;
  const start = lines.offsetAt(d.range.start), end = lines.offsetAt(d.range.end);
  const sentence = words(text.slice(start, end));
  let best: { id: string; score: number } | undefined;
  for (const c of reg.claims.values()) {
    const score = claimScore(sentence, c);
    if (score >= LINK_THRESHOLD && (!best || score > best.score)) best = { id: c.id, score };
  }
  if (!best) return undefined;
  const contains = (b: Block) => b.start <= start && start < Math.max(b.end, b.start + 1);
  const holders = item.article.blocks.filter(contains);
  const leaf = holders.filter(b => b.kind === 'paragraph' || b.kind === 'table' || b.kind === 'heading').sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  if (!leaf) return undefined;
  const quote = holders.filter(b => b.kind === 'blockquote').sort((a, b) => a.start - b.start)[0];
  const inList = holders.some(b => b.kind === 'list_item');
  const after = quote ?? leaf;
  const indent = !quote && inList ? ' '.repeat(leaf.start - lines.lineStart(lines.lineOf(leaf.start))) : '';
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const block = [`${eol}${eol}${indent}\`\`\`claim`, `${indent}ref: ${best.id}`, `${indent}\`\`\``].join(eol);
  return {
    title: t.linkToClaim(best.id), kind: CodeActionKind.QuickFix, diagnostics: [d],
    edit: { changes: { [view.uri]: [TextEdit.insert(lines.positionAt(after.end), block)] } },
  };
}
