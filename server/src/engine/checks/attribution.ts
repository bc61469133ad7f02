/**
 * attribution-mismatch: the passage attributes its words to someone other than the claim's
 * speaker (named, by office at the claim's date, or by pronoun); also any quote whose words are a
 * registered quote, attributed to someone else, even without a claim block.
 * quote-mismatch: quoted words in an annotated passage that are the claim's quote, altered.
 */
import type { Attribution } from '../prose/attribution';
import { quotes } from '../prose/quotes';
import { relateQuote } from '../prose/similarity';
import type { Claim } from '../register/model';
import { DocumentContext, nameIn } from './context';

function who(ctx: DocumentContext, ids: string[]): string {
  return ids.map(id => nameIn(ctx.register, id, ctx.article.lang) ?? id).join(' / ');
}

/** Attributions already reported: a pronoun that refers back to one of them is the same error, said once. */
const reported = new WeakSet<Attribution>();

function rootReported(a: Attribution): boolean {
  for (let x = a.antecedent; x; x = x.antecedent) if (reported.has(x)) return true;
  return false;
}

function reportAttribution(ctx: DocumentContext, a: Attribution, claim: Claim): void {
  if (rootReported(a)) return;
  reported.add(a);
  const start = a.speakerStart ?? a.start, end = a.speakerEnd ?? a.end;
  const right = nameIn(ctx.register, claim.speaker!, ctx.article.lang) ?? claim.speaker!;
  ctx.report({
    code: 'attribution-mismatch', severity: 'error', start, end, ref: claim.id,
    message: `These words are attributed to ${who(ctx, a.speakers)}${a.via === 'office' ? ' (the office holder at that date)' : a.via === 'pronoun' ? ' (by the pronoun)' : ''}, but claim "${claim.id}" was said by ${right}.`,
    messageId: 'attribution-mismatch', args: { speakers: who(ctx, a.speakers), via: a.via, claim: claim.id, speaker: right },
    fix: a.via === 'name' && a.speakerStart !== undefined ? { title: `Change to "${right}"`, start, end, newText: right } : undefined,
  });
}

export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) { const k = key(t); const l = out.get(k); if (l) l.push(t); else out.set(k, [t]); }
  return out;
}

export function checkAttribution(ctx: DocumentContext): void {
  const byBlock = groupBy(ctx.attributions().filter(a => a.speakers.length), a => a.block);
  let registeredQuotes: Claim[] | undefined;
  for (const { block } of ctx.prose) {
    const mine = byBlock.get(block) ?? [];
    const claims = ctx.claimsOf(block);
    const ignored = ctx.ignoredIn(block);
    const spoken = claims?.filter(c => c.speaker) ?? [];
    if (spoken.length && !ignored.has('attribution-mismatch')) {
      const ok = (a: Attribution) => a.speakers.some(s => spoken.some(c => c.speaker === s));
      if (mine.length && !mine.some(ok)) for (const a of mine) reportAttribution(ctx, a, spoken[0]);
      continue;
    }
    if (spoken.length || ignored.has('attribution-mismatch')) continue;
    // Without a linked speaker: a quote that is a registered quote, attributed to someone else.
    for (const a of mine) {
      if (!a.quote) continue;
      registeredQuotes ??= [...ctx.register.claims.values()].filter(c => c.speaker && c.quote.size);
      const words = ctx.article.text.slice(a.quote.start, a.quote.end);
      for (const c of registeredQuotes) {
        if (a.speakers.includes(c.speaker!)) continue;
        if ([...c.quote.values()].some(q => { const r = relateQuote(words, q); return r === 'same' || r === 'part'; })) {
          reportAttribution(ctx, a, c);
          break;
        }
      }
    }
  }
}

export function checkQuotes(ctx: DocumentContext): void {
  for (const { block, text } of ctx.prose) {
    const claims = ctx.claimsOf(block)?.filter(c => c.quote.size);
    if (!claims?.length || ctx.ignoredIn(block).has('quote-mismatch')) continue;
    for (const q of quotes(text)) {
      const words = text.slice(q.start, q.end);
      const relations = claims.flatMap(c => [...c.quote.values()].map(reg => ({ c, reg, r: relateQuote(words, reg) })));
      if (relations.some(x => x.r === 'same' || x.r === 'part')) continue;
      const altered = relations.find(x => x.r === 'altered');
      if (!altered) continue;
      ctx.report({
        code: 'quote-mismatch', severity: 'warning', start: block.start + q.start, end: block.start + q.end, ref: altered.c.id,
        message: `The quoted words differ from those registered for claim "${altered.c.id}": "${altered.reg}".`,
        messageId: 'quote-mismatch', args: { claim: altered.c.id, quote: altered.reg },
      });
    }
  }
}
