/** Applying WorkspaceEdits the way a client would, so tests check the text an action produces. */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Workspace } from './workspace';

/** `text` with LSP edits applied (positions in UTF-16 code units, lines split at \n, \r\n or \r). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** Every file a WorkspaceEdit's `changes` touch, by URI, with the edits applied to its text on disk. */
export function applyAll(ws: Workspace, edit: WorkspaceEdit, read: (rel: string) => string = rel => ws.read(rel)): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) out[uri] = applyEdits(read(relative(ws, uri)), edits);
  return out;
}

/** The workspace-relative path of a file URI. */
export function relative(ws: Workspace, uri: string): string {
  return decodeURIComponent(uri.slice(ws.uri('').length));
}
