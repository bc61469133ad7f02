/**
 * `claimcheck report`: the register seen from the articles. Every claim with its status, last
 * review and the articles citing it; the articles that cite false, disputed or retracted claims;
 * claims whose review is older than the policy (or that were never reviewed); claims no article
 * cites. Rendered as JSON (this model), Markdown or HTML (claimsHtml.ts).
 */
import type { Claim, Register } from '../../engine/index';
import type { Scan } from '../scan';
import type { Workspace } from '../workspace';
import { quoted } from './claimsHtml';

export const DEFAULT_STALE_DAYS = 365;
export const FLAGGED = ['false', 'retracted', 'disputed'];

export interface Citing { path: string; line: number; url?: string }

export interface ClaimRow {
  register: string;
  id: string;
  status: string;
  statement: Record<string, string>;
  quote: Record<string, string>;
  speaker?: { id: string; name: string };
  date?: string;
  reviewed?: { by?: string; on?: string };
  /** Days since the last review, when it has a date. */
  reviewAge?: number;
  stale: boolean;
  citedBy: Citing[];
}

export interface ClaimsReport {
  version: 1;
  today: string;
  staleDays: number;
  registers: Array<{ path: string; claims: number }>;
  claims: ClaimRow[];
  /** Articles citing false, retracted or disputed claims. */
  flagged: Array<Citing & { register: string; claim: string; status: string }>;
  /** Claims (register path + id) whose review is older than staleDays, or never dated. */
  stale: Array<{ register: string; id: string }>;
  uncited: Array<{ register: string; id: string }>;
}

export function buildClaimsReport(ws: Workspace, s: Scan, today: number, staleDays: number): ClaimsReport {
  const citing = new Map<string, Citing[]>(); // register root + id -> citations
  const key = (reg: Register, id: string) => `${reg.root}\u0000${id}`;
  for (const a of s.articles) {
    if (!a.register) continue;
    const url = typeof a.meta.url === 'string' ? a.meta.url : undefined;
    for (const r of a.cited.refs) {
      if (!a.register.claims.has(r.id)) continue;
      const list = citing.get(key(a.register, r.id)) ?? [];
      if (!list.some(c => c.path === a.article.path && c.line === r.line)) list.push({ path: a.article.path, line: r.line, ...(url ? { url } : {}) });
      citing.set(key(a.register, r.id), list);
    }
  }
  const report: ClaimsReport = { version: 1, today: iso(today), staleDays, registers: [], claims: [], flagged: [], stale: [], uncited: [] };
  const registers = [...s.registers].sort((a, b) => (a.root < b.root ? -1 : 1));
  for (const reg of registers) {
    const regPath = ws.show(reg.root);
    report.registers.push({ path: regPath, claims: reg.claims.size });
    for (const c of [...reg.claims.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const row = claimRow(reg, regPath, c, citing.get(key(reg, c.id)) ?? [], today, staleDays);
      report.claims.push(row);
      if (row.stale) report.stale.push({ register: regPath, id: c.id });
      if (!row.citedBy.length) report.uncited.push({ register: regPath, id: c.id });
      if (FLAGGED.includes(c.status)) for (const ct of row.citedBy) report.flagged.push({ ...ct, register: regPath, claim: c.id, status: c.status });
    }
  }
  report.flagged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return report;
}

function claimRow(reg: Register, regPath: string, c: Claim, citedBy: Citing[], today: number, staleDays: number): ClaimRow {
  const on = c.reviewed?.on;
  const reviewAge = on ? today - on.hi : undefined;
  const speaker = c.speaker ? reg.entities.get(c.speaker) : undefined;
  return {
    register: regPath,
    id: c.id,
    status: c.status,
    statement: Object.fromEntries(c.statement),
    quote: Object.fromEntries(c.quote),
    ...(c.speaker ? { speaker: { id: c.speaker, name: speaker ? firstName(speaker.names) ?? c.speaker : c.speaker } } : {}),
    ...(c.dateText ? { date: c.dateText } : {}),
    ...(c.reviewed ? { reviewed: { ...(c.reviewed.by ? { by: c.reviewed.by } : {}), ...(c.reviewed.onText ? { on: c.reviewed.onText } : {}) } } : {}),
    ...(reviewAge !== undefined ? { reviewAge } : {}),
    stale: reviewAge === undefined || reviewAge > staleDays,
    citedBy: citedBy.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
  };
}

export function firstName(names: Map<string, string[]>, lang?: string): string | undefined {
  if (lang && names.get(lang)?.length) return names.get(lang)![0];
  for (const l of ['en', '*', ...names.keys()]) if (names.get(l)?.length) return names.get(l)![0];
  return undefined;
}

export function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// ---- Markdown ----

export function claimsMarkdown(r: ClaimsReport): string {
  const out: string[] = ['# Claims register report', ''];
  out.push(`${r.registers.map(x => `\`${x.path}\` (${x.claims} claims)`).join(', ') || 'No register found.'} · as of ${r.today} · a review is stale after ${r.staleDays} days`, '');
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
  const text = (m: Record<string, string>, quote = false) => Object.entries(m).map(([l, v]) => cell(quote ? quoted(l, v) : v)).join(' / ');
  const where = (c: Citing) => `\`${c.path}:${c.line}\``;

  out.push('## Articles citing false, disputed or retracted claims', '');
  if (r.flagged.length) {
    out.push('| Article | Claim | Status |', '|---|---|---|');
    for (const f of r.flagged) out.push(`| ${where(f)} | \`${f.claim}\` | **${f.status}** |`);
  } else out.push('None.');
  out.push('', '## Stale reviews', '');
  const rows = new Map(r.claims.map(c => [`${c.register}\u0000${c.id}`, c]));
  if (r.stale.length) {
    out.push('| Claim | Status | Last review | By | Days since |', '|---|---|---|---|---|');
    for (const s of r.stale) {
      const c = rows.get(`${s.register}\u0000${s.id}`)!;
      out.push(`| \`${c.id}\` | ${c.status} | ${c.reviewed?.on ?? 'never'} | ${cell(c.reviewed?.by ?? '')} | ${c.reviewAge ?? ''} |`);
    }
  } else out.push('None.');
  out.push('', '## Claims cited by no article', '');
  if (r.uncited.length) for (const u of r.uncited) out.push(`- \`${u.id}\` (${rows.get(`${u.register}\u0000${u.id}`)!.status})`);
  else out.push('None.');
  out.push('', '## All claims', '', '| Claim | Status | Statement or quote | Last review | Cited by |', '|---|---|---|---|---|');
  for (const c of r.claims) {
    const said = Object.keys(c.statement).length ? text(c.statement) : Object.keys(c.quote).length ? `${c.speaker ? cell(c.speaker.name) + ': ' : ''}${text(c.quote, true)}` : '';
    const review = c.reviewed ? `${c.reviewed.on ?? ''}${c.reviewed.by ? ` (${cell(c.reviewed.by)})` : ''}` : 'never';
    out.push(`| \`${c.id}\` | ${c.status} | ${said} | ${review} | ${c.citedBy.map(where).join(', ') || '—'} |`);
  }
  out.push('');
  return out.join('\n');
}
