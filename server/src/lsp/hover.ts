/**
 * Hover: the register entry behind what is under the cursor — a claim block's ref (the claim),
 * its speaker or place, a registered name in the prose (the entity or role), a date in an
 * annotated passage (whether it agrees with each claim's date), and in a register file an entry's
 * key or a reference to another entry.
 */
import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { agrees, Claim, findDates, Register } from '../engine/index';
import { toRange } from './convert';
import { claimMarkdown, entityMarkdown, roleMarkdown } from './entries';
import { Locale, texts } from './i18n';
import { maskMarkup, passageClaims } from './passages';
import type { ArticleView, Services, View } from './services';
import { Occurrence, occurrenceAt, occurrencesOf } from './targets';

export async function hover(s: Services, params: HoverParams): Promise<Hover | null> {
  const view = await s.view(params.textDocument.uri);
  if (!view) return null;
  const offset = view.lines.offsetAt(params.position);
  const lang = contentLang(view);
  const { register } = view;
  if (!register) return null;
  const occ = occurrenceAt(occurrencesOf(view), offset);
  if (occ) return answer(view, occ, describeId(register, occ, lang, view.labels));
  return view.kind === 'article' ? dateHover(view, register, offset, lang) : null;
}

/** The language statements and quotes are shown in: the article's, or the UI's in a register. */
export function contentLang(view: View): string {
  return view.kind === 'article' ? view.item.article.lang : view.ui;
}

function describeId(reg: Register, occ: Occurrence, lang: string, locale: Locale): string | undefined {
  if (occ.kind === 'claim') {
    const claim = reg.claims.get(occ.id);
    return claim && claimMarkdown(reg, claim, lang, locale);
  }
  if (occ.kind === 'entity') return reg.entities.has(occ.id) ? entityMarkdown(reg, occ.id, lang, locale) : undefined;
  return reg.roles.has(occ.id) ? roleMarkdown(reg, occ.id, lang, locale) : undefined;
}

function answer(view: View, occ: { start: number; end: number }, value: string | undefined): Hover | null {
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(view.lines, occ.start, occ.end) };
}

/** A date written in a passage that claim blocks annotate: agreement with each dated claim, then the claims. */
function dateHover(view: ArticleView, register: Register, offset: number, lang: string): Hover | null {
  const { text } = view;
  for (const { passage, claims } of passageClaims(view.item, register)) {
    if (offset < passage.start || offset > passage.end) continue;
    const dated = claims.filter((c): c is Claim & { dateText: string } => !!c.date && !!c.dateText);
    if (!dated.length) continue;
    const body = maskMarkup(text.slice(passage.start, passage.end));
    const langs = new Set<'ar' | 'en'>();
    if (/[\u0600-\u06FF]/.test(body) || lang === 'ar') langs.add('ar');
    if (lang === 'en' || /[A-Za-z]{3}/.test(body)) langs.add('en');
    const m = findDates(body, langs).find(d => passage.start + d.start <= offset && offset <= passage.start + d.end);
    if (!m) continue;
    const t = texts(view.labels);
    const written = text.slice(passage.start + m.start, passage.start + m.end);
    const verdicts = dated.map(c => (agrees(m, c.date!) ? t.dateAgrees : t.dateDiffers)(written, c.id, c.dateText));
    const entries = dated.map(c => claimMarkdown(register, c, lang, view.labels));
    return answer(view, { start: passage.start + m.start, end: passage.start + m.end }, [...verdicts, ...entries].join('\n\n---\n\n'));
  }
  return null;
}
