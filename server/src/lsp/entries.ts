/**
 * Register entries as Markdown, for hover: a claim with its statement, date, place, speaker, quote,
 * status, last review and sources; an entity with its names and offices; a role with its holders.
 * Labels in the given locale; statement and quote in the content language, falling back to any.
 */
import { Claim, DateSpan, describe, Register } from '../engine/index';
import { Locale, texts } from './i18n';

/** Markdown-escaped text. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

/** The value for a language, else the language-neutral one, else any. */
export function pick<T>(map: ReadonlyMap<string, T>, lang: string): T | undefined {
  return map.get(lang) ?? map.get('*') ?? map.values().next().value;
}

/** An entity's name in a language (falling back to any), else its id. */
export function nameOf(reg: Register, id: string, lang: string): string {
  const names = reg.entities.get(id)?.names ?? reg.roles.get(id)?.names;
  return (names && pick(names, lang)?.[0]) ?? id;
}

const field = (label: string, value: string) => `**${label}:** ${value}`;
const named = (reg: Register, id: string, lang: string) => {
  const name = nameOf(reg, id, lang);
  return name === id ? `\`${id}\`` : `${md(name)} (\`${id}\`)`;
};

export function claimMarkdown(reg: Register, claim: Claim, lang: string, locale: Locale): string {
  const t = texts(locale);
  const lines = [`**\`${claim.id}\`** — ${t.claim}`];
  const statement = pick(claim.statement, lang);
  if (statement) lines.push(field(t.statement, md(statement)));
  if (claim.dateText) lines.push(field(t.date, md(claim.dateText)));
  if (claim.place) lines.push(field(t.place, named(reg, claim.place, lang)));
  if (claim.speaker) lines.push(field(t.speaker, named(reg, claim.speaker, lang)));
  const quote = pick(claim.quote, lang);
  if (quote) lines.push(field(t.quote, locale === 'ar' ? `«${md(quote)}»` : `“${md(quote)}”`));
  if (claim.participants.length) lines.push(field(t.participants, claim.participants.map(p => named(reg, p, lang)).join(locale === 'ar' ? '، ' : ', ')));
  lines.push(field(t.status, md(t.statuses[claim.status] ?? claim.status)));
  if (claim.reviewed) {
    const review = [claim.reviewed.by, claim.reviewed.onText].filter((s): s is string => !!s).map(md).join(locale === 'ar' ? '، ' : ', ');
    if (review) lines.push(field(t.lastReview, review));
  }
  const sources = claim.sources.map(s => s.name && s.url ? `[${md(s.name)}](${s.url})` : s.name ? md(s.name) : s.url ? `<${s.url}>` : '').filter(Boolean);
  if (sources.length) lines.push(field(t.sources, sources.join('; ')));
  if (claim.note) lines.push(field(t.note, md(claim.note)));
  return lines.join('\n\n');
}

const span = (from: DateSpan | undefined, to: DateSpan | undefined, now: string) => `${from ? describe(from) : '…'} – ${to ? describe(to) : now}`;

export function entityMarkdown(reg: Register, id: string, lang: string, locale: Locale): string {
  const t = texts(locale);
  const e = reg.entities.get(id);
  if (!e) return `\`${id}\``;
  const lines = [`**${md(nameOf(reg, id, lang))}** (\`${id}\`) — ${t.types[e.type] ?? e.type}`];
  const names = [...e.names].map(([l, list]) => `${l === '*' ? '' : `${l}: `}${list.map(md).join(', ')}`);
  if (names.length) lines.push(field(t.names, names.join(' · ')));
  for (const term of e.roles) {
    lines.push(`- ${named(reg, term.role, lang)}: ${span(term.from, term.to, t.now)}`);
  }
  if (e.roles.length) lines.splice(lines.length - e.roles.length, 0, `**${t.roles}:**`);
  return lines.join('\n\n');
}

export function roleMarkdown(reg: Register, id: string, lang: string, locale: Locale): string {
  const t = texts(locale);
  const role = reg.roles.get(id);
  if (!role) return `\`${id}\``;
  const lines = [`**${md(nameOf(reg, id, lang))}** (\`${id}\`) — ${t.role}`];
  const holders: string[] = [];
  for (const e of reg.entities.values()) {
    for (const term of e.roles) if (term.role === id) holders.push(`- ${named(reg, e.id, lang)}: ${span(term.from, term.to, t.now)}`);
  }
  if (holders.length) lines.push(`**${t.holders}:**`, ...holders);
  return lines.join('\n\n');
}
