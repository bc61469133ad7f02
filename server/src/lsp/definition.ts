/**
 * Go to definition: from a claim block's ref, speaker or place, a registered name in the prose, or
 * a reference inside a register file, to the entry's key in the register file that defines it
 * (an `include:`d file as much as the root).
 */
import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import type { Services } from './services';
import { definitionOf, occurrenceAt, occurrencesOf } from './targets';

export async function definition(s: Services, params: DefinitionParams): Promise<Location | null> {
  const view = await s.view(params.textDocument.uri);
  const register = view?.register;
  if (!view || !register) return null;
  const occ = occurrenceAt(occurrencesOf(view), view.lines.offsetAt(params.position));
  const at = occ && definitionOf(register, occ.kind, occ.id);
  return at ? s.location(register, at) : null;
}
