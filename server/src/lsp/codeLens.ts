/**
 * Code lens over each claim block, one per claim it names: "<status> · reviewed <date> · cited by
 * N articles" (N counted over the workspace's articles, open or not), in the article's language.
 * Lenses are labels: their command is empty, so clicking does nothing in any client.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { toRange } from './convert';
import { texts } from './i18n';
import type { Services } from './services';
import { citationCounts } from './usages';

export async function codeLenses(s: Services, params: CodeLensParams): Promise<CodeLens[]> {
  const view = await s.view(params.textDocument.uri);
  if (view?.kind !== 'article') return [];
  const reg = view.register;
  const t = texts(view.labels);
  const counts = reg ? await citationCounts(s, reg) : new Map<string, number>();
  const lenses: CodeLens[] = [];
  for (const block of view.item.article.claimBlocks) {
    const range = toRange(view.lines, block.start, block.start);
    const entries = view.item.entries.filter(e => e.block === block).map(e => e.entry);
    const refs = entries.flatMap(e => e.refs.map(r => r.value));
    const label = (title: string) => lenses.push({ range, command: { title, command: '' } });
    for (const id of refs) {
      const claim = reg?.claims.get(id);
      if (!claim) continue;
      const text = t.lens(t.statuses[claim.status] ?? claim.status, claim.reviewed?.onText, counts.get(id) ?? 0);
      label(refs.length > 1 ? `${id}: ${text}` : text);
    }
    if (entries.some(e => !e.hasRef)) label(t.notInRegister);
  }
  return lenses;
}
