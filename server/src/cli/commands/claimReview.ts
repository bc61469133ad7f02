/**
 * `claimcheck export --claimreview`: schema.org ClaimReview JSON-LD for every reviewed claim
 * (status other than `unverified`, with `reviewed:`). The rating is on a 1–5 scale with a textual
 * `alternateName`: verified → True (5), disputed → Mixed (3), false → False (1), retracted →
 * Retracted (1). The reviewing desk is the author; the claim's speaker is the author of the
 * reviewed Claim, and the articles citing it (front matter `url`, else their path) its appearances.
 */
import type { Claim, Register } from '../../engine/index';
import type { Scan } from '../scan';
import { firstName } from './claimsReport';

export const RATINGS: Record<string, { value: number; name: string }> = {
  verified: { value: 5, name: 'True' },
  disputed: { value: 3, name: 'Mixed' },
  false: { value: 1, name: 'False' },
  retracted: { value: 1, name: 'Retracted' },
};

export interface ClaimReviewOptions { lang?: string }

export function claimReviews(s: Scan, opts: ClaimReviewOptions = {}): { '@context': string; '@graph': object[] } {
  const appearances = new Map<string, Array<{ '@type': 'CreativeWork'; url: string; name?: string }>>();
  const key = (reg: Register, id: string) => `${reg.root}\u0000${id}`;
  for (const a of s.articles) {
    if (!a.register) continue;
    const url = typeof a.meta.url === 'string' && a.meta.url ? a.meta.url : a.article.path.split('/').map(encodeURIComponent).join('/');
    const name = typeof a.meta.title === 'string' ? a.meta.title : undefined;
    for (const id of new Set(a.cited.refs.map(r => r.id))) {
      const list = appearances.get(key(a.register, id)) ?? [];
      if (!list.some(x => x.url === url)) list.push({ '@type': 'CreativeWork', url, ...(name ? { name } : {}) });
      appearances.set(key(a.register, id), list);
    }
  }
  const graph: object[] = [];
  for (const reg of s.registers) {
    for (const c of [...reg.claims.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const review = claimReview(reg, c, appearances.get(key(reg, c.id)) ?? [], opts.lang);
      if (review) graph.push(review);
    }
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

function pick(m: Map<string, string>, lang?: string): [string, string] | undefined {
  if (lang && m.has(lang)) return [lang, m.get(lang)!];
  if (m.has('en')) return ['en', m.get('en')!];
  const first = [...m.entries()][0];
  return first;
}

function claimReview(reg: Register, c: Claim, appearance: object[], lang?: string): object | undefined {
  const rating = RATINGS[c.status];
  if (!rating || !c.reviewed || (!c.reviewed.by && !c.reviewed.on)) return undefined;
  const said = pick(c.statement, lang) ?? pick(c.quote, lang);
  if (!said) return undefined;
  const [inLanguage, claimReviewed] = said;
  const speaker = c.speaker ? reg.entities.get(c.speaker) : undefined;
  const speakerName = speaker && firstName(speaker.names, inLanguage);
  const author = speaker && speakerName
    ? { '@type': speaker.type === 'person' ? 'Person' : speaker.type === 'organization' ? 'Organization' : 'Thing', name: speakerName }
    : undefined;
  const claimDate = c.dateText && /^\d{4}-\d{2}-\d{2}$/.test(c.dateText) ? c.dateText : undefined;
  return {
    '@type': 'ClaimReview',
    identifier: c.id,
    claimReviewed,
    ...(inLanguage !== '*' ? { inLanguage } : {}),
    ...(c.reviewed.onText ? { datePublished: c.reviewed.onText } : {}),
    ...(c.reviewed.by ? { author: { '@type': 'Organization', name: c.reviewed.by } } : {}),
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...(claimDate ? { datePublished: claimDate } : {}),
      ...(appearance.length ? { appearance } : {}),
    },
  };
}
