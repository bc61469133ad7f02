/**
 * Rename a claim, entity or role id: its key in the register, every reference to it in the
 * register's files (speaker, place, participants, role) and every claim block in the workspace's
 * articles that names it. Names in the prose are words, not ids, and stay as they are.
 */
import {
  LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';
import { toRange } from './convert';
import { texts } from './i18n';
import type { Services, View } from './services';
import { definitionOf, Occurrence, occurrenceAt, occurrencesOf } from './targets';
import { usages } from './usages';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function target(view: View, offset: number): Occurrence {
  const t = texts(view.ui);
  const occ = occurrenceAt(occurrencesOf(view), offset);
  if (occ?.use === 'mention') throw new ResponseError(LSPErrorCodes.RequestFailed, t.renameMention);
  if (!occ || !view.register || !definitionOf(view.register, occ.kind, occ.id)) throw new ResponseError(LSPErrorCodes.RequestFailed, t.renameNothing);
  return occ;
}

export async function prepareRename(s: Services, params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> {
  const view = await s.view(params.textDocument.uri);
  if (!view) return null;
  const occ = target(view, view.lines.offsetAt(params.position));
  return { range: toRange(view.lines, occ.start, occ.end), placeholder: occ.id };
}

export async function rename(s: Services, params: RenameParams): Promise<WorkspaceEdit | null> {
  const view = await s.view(params.textDocument.uri);
  if (!view?.register) return null;
  const occ = target(view, view.lines.offsetAt(params.position));
  const t = texts(view.ui);
  const name = params.newName.trim();
  if (!KEBAB.test(name)) throw new ResponseError(LSPErrorCodes.RequestFailed, t.renameNotKebab(params.newName));
  if (name === occ.id) return { changes: {} };
  if (definitionOf(view.register, occ.kind, name)) throw new ResponseError(LSPErrorCodes.RequestFailed, t.renameTaken(occ.kind, name));
  const changes: Record<string, TextEdit[]> = {};
  for (const f of await usages(s, view.register, occ.kind, occ.id, { mentions: false, definition: true })) {
    changes[f.uri] = f.occurrences.map(o => TextEdit.replace(toRange(f.lines, o.start, o.end), name));
  }
  return { changes };
}
