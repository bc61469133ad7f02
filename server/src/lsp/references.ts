/**
 * Find references: from a claim, entity or role id (its key in the register, a reference to it,
 * a claim block's ref, speaker or place, or a name in the prose) to every use across the
 * workspace — claim blocks citing it, names of the entity in the prose, references in the register.
 */
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import { toRange } from './convert';
import type { Services } from './services';
import { occurrenceAt, occurrencesOf } from './targets';
import { usages } from './usages';

export async function references(s: Services, params: ReferenceParams): Promise<Location[] | null> {
  const view = await s.view(params.textDocument.uri);
  const register = view?.register;
  if (!view || !register) return null;
  const occ = occurrenceAt(occurrencesOf(view), view.lines.offsetAt(params.position));
  if (!occ) return null;
  const found = await usages(s, register, occ.kind, occ.id, { mentions: true, definition: params.context.includeDeclaration });
  return found.flatMap(f => f.occurrences.map(o => ({ uri: f.uri, range: toRange(f.lines, o.start, o.end) })));
}
