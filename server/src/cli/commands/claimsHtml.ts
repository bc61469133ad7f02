/**
 * The claims report as one self-contained HTML file (inline CSS, no scripts, fonts or images from
 * elsewhere). Register text keeps its direction: Arabic (and other right-to-left) statements and
 * quotes are marked lang="ar" dir="rtl", other free text dir="auto", ids and paths dir="ltr".
 */
import type { ClaimRow, ClaimsReport, Citing } from './claimsReport';

const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'sd', 'ug', 'yi', 'dv']);
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A piece of register text in its language and direction. */
function langText(lang: string, text: string, tag = 'span'): string {
  const rtl = RTL_LANGS.has(lang.split('-')[0]) || (lang === '*' && RTL_SCRIPT.test(text));
  const l = lang === '*' ? '' : ` lang="${esc(lang)}"`;
  return `<${tag}${l} dir="${rtl ? 'rtl' : 'auto'}">${esc(text)}</${tag}>`;
}

function free(text: string): string {
  return `<span dir="${RTL_SCRIPT.test(text) ? 'rtl' : 'auto'}">${esc(text)}</span>`;
}

const code = (s: string) => `<code dir="ltr">${esc(s)}</code>`;
const where = (c: Citing) => c.url ? `<a href="${esc(c.url)}" dir="ltr">${esc(c.path)}:${c.line}</a>` : code(`${c.path}:${c.line}`);
const status = (s: string) => `<span class="status ${esc(s)}">${esc(s)}</span>`;

function said(c: ClaimRow): string {
  const parts = Object.entries(c.statement).map(([l, t]) => langText(l, t, 'p'));
  if (!parts.length && Object.keys(c.quote).length) {
    if (c.speaker) parts.push(`<p>${free(c.speaker.name)}:</p>`);
    parts.push(...Object.entries(c.quote).map(([l, t]) => langText(l, quoted(l, t), 'p')));
  }
  return parts.join('');
}

/** Quotation marks of the language: «…» for Arabic script (mirrored by the bidi algorithm as Arabic expects), “…” otherwise. */
export function quoted(lang: string, text: string): string {
  return RTL_LANGS.has(lang.split('-')[0]) || (lang === '*' && RTL_SCRIPT.test(text)) ? `«${text}»` : `“${text}”`;
}

export function claimsHtml(r: ClaimsReport): string {
  const rows = new Map(r.claims.map(c => [`${c.register}\u0000${c.id}`, c]));
  const row = (x: { register: string; id: string }) => rows.get(`${x.register}\u0000${x.id}`)!;
  const table = (head: string[], body: string[][]) => body.length
    ? `<table><thead><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body.map(cells => `<tr>${cells.map(c => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
    : '<p class="none">None.</p>';
  const review = (c: ClaimRow) => c.reviewed ? `${c.reviewed.on ? code(c.reviewed.on) : ''}${c.reviewed.by ? ` ${free(c.reviewed.by)}` : ''}` : '<em>never</em>';

  const sections = [
    `<section id="flagged"><h2>Articles citing false, disputed or retracted claims</h2>${table(['Article', 'Claim', 'Status', 'Statement or quote'], r.flagged.map(f => [where(f), code(f.claim), status(f.status), said(row({ register: f.register, id: f.claim }))]))}</section>`,
    `<section id="stale"><h2>Stale reviews</h2><p>A review is stale after ${r.staleDays} days (as of ${code(r.today)}).</p>${table(['Claim', 'Status', 'Last review', 'Days since'], r.stale.map(s => { const c = row(s); return [code(c.id), status(c.status), review(c), c.reviewAge === undefined ? '—' : String(c.reviewAge)]; }))}</section>`,
    `<section id="uncited"><h2>Claims cited by no article</h2>${table(['Claim', 'Status', 'Statement or quote'], r.uncited.map(u => { const c = row(u); return [code(c.id), status(c.status), said(c)]; }))}</section>`,
    `<section id="claims"><h2>All claims</h2>${table(['Claim', 'Status', 'Statement or quote', 'Last review', 'Cited by'], r.claims.map(c => [code(c.id), status(c.status), said(c), review(c), c.citedBy.map(where).join('<br>') || '—']))}</section>`,
  ];
  const registers = r.registers.map(x => `${code(x.path)} (${x.claims} claims)`).join(', ') || 'No register found.';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck">
<title>Claims register report — ${esc(r.today)}</title>
<style>
body { font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: start; }
th { background: #f6f8fa; } td p { margin: 0 0 .3rem; } [dir="rtl"] { font-size: 1.08em; }
code { font-size: .9em; } .none { color: #57606a; }
.status { border-radius: 1em; padding: 0 .5em; font-size: .85em; white-space: nowrap; }
.verified { background: #dafbe1; } .unverified { background: #eaeef2; } .disputed { background: #fff8c5; } .false, .retracted { background: #ffebe9; color: #82071e; font-weight: 600; }
</style>
</head>
<body>
<h1>Claims register report</h1>
<p>${registers} · as of ${code(r.today)}</p>
${sections.join('\n')}
</body>
</html>
`;
}
