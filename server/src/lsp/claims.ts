/**
 * `claimcheck/claims` (a Claimcheck request, see client/src/protocol.ts): the claims of the
 * workspace's registers — or of the register governing one document — each with its status,
 * statement, date, where it is defined and every claim-block ref citing it in the workspace's
 * articles (open or on disk). One pass over the articles.
 */
import type { Location } from 'vscode-languageserver/node';
import { LineIndex, Register } from '../engine/index';
import { toRange } from './convert';
import { pick } from './entries';
import type { Services } from './services';
import { entryOccurrences, unquoted } from './targets';

export const CLAIMS_METHOD = 'claimcheck/claims';

export interface ClaimsParams { uri?: string }
export interface ClaimInfo {
  id: string;
  status?: string;
  statement?: string;
  date?: string;
  location: Location;
  citations: Location[];
}

export async function listClaims(s: Services, params: ClaimsParams | undefined): Promise<{ claims: ClaimInfo[] }> {
  let lang: string | undefined;
  const registers: Register[] = [];
  const add = (reg: Register | undefined) => { if (reg && !registers.some(r => r.root === reg.root)) registers.push(reg); };
  if (params?.uri) {
    const view = await s.view(params.uri);
    if (view?.kind === 'article') lang = view.item.article.lang;
    add(view?.register);
  } else {
    for (const file of s.index.registerFiles()) add(s.registers.load(file));
  }
  const articles = s.index.articles();
  const articleRegisters = new Map<string, Register | undefined>();
  for (const a of articles) {
    const reg = await s.registerOf(a);
    articleRegisters.set(a.uri, reg);
    if (!params?.uri) add(reg);
  }

  // Every ref in the workspace, by the entry it resolves to.
  const citations = new Map<string, Location[]>();
  for (const a of articles) {
    const reg = articleRegisters.get(a.uri);
    if (!reg) continue;
    for (const { entry } of a.entries) {
      for (const occ of entryOccurrences(a.text, entry)) {
        const at = occ.kind === 'claim' ? reg.claims.get(occ.id)?.at : undefined;
        if (!at) continue;
        const key = `${at.file}\0${at.start}`;
        const list = citations.get(key) ?? [];
        list.push({ uri: a.uri, range: toRange(a.article.lines, occ.start, occ.end) });
        citations.set(key, list);
      }
    }
  }

  const claims: ClaimInfo[] = [];
  const seen = new Set<string>();
  for (const reg of registers) {
    const lines = new Map<string, { text: string; index: LineIndex }>();
    for (const claim of reg.claims.values()) {
      const key = `${claim.at.file}\0${claim.at.start}`;
      if (seen.has(key)) continue; // a file included by two registers
      seen.add(key);
      let file = lines.get(claim.at.file);
      if (!file) { const text = s.registerText(reg, claim.at.file); file = { text, index: new LineIndex(text) }; lines.set(claim.at.file, file); }
      const { start, end } = unquoted(file.text, claim.at.start, claim.at.end);
      const statement = pick(claim.statement, lang ?? '') ?? pick(claim.quote, lang ?? '');
      claims.push({
        id: claim.id,
        status: claim.status,
        ...(statement ? { statement } : {}),
        ...(claim.dateText ? { date: claim.dateText } : {}),
        location: { uri: s.files.uri(claim.at.file), range: toRange(file.index, start, end) },
        citations: citations.get(key) ?? [],
      });
    }
  }
  return { claims };
}
