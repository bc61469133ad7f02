/** The block's own `speaker` and `quote` against the claims it names. */
import { fold } from '../text/fold';
import { EntryContext, nameIn } from './context';

export function normaliseQuote(s: string): string {
  return fold(s).text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function checkBlockFacts(ctx: EntryContext): void {
  const { entry, register, article } = ctx;
  if (!entry.speaker && !entry.quote) return; // most blocks give only a ref
  const spoken = ctx.claims.filter(c => c.speaker);
  if (entry.speaker && register.entities.has(entry.speaker.value) && spoken.length && !spoken.some(c => c.speaker === entry.speaker!.value)) {
    const c = spoken[0];
    ctx.report({
      code: 'attribution-mismatch', severity: 'error', start: entry.speaker.start, end: entry.speaker.end, ref: c.id,
      message: `Block speaker "${entry.speaker.value}" does not match claim "${c.id}", said by ${nameIn(register, c.speaker!, article.lang) ?? c.speaker}.`,
      messageId: 'block-speaker-mismatch', args: { value: entry.speaker.value, claim: c.id, speaker: nameIn(register, c.speaker!, article.lang) ?? c.speaker! },
      fix: { title: `Set speaker to ${c.speaker}`, start: entry.speaker.start, end: entry.speaker.end, newText: c.speaker! },
    });
  }
  if (entry.quote) {
    const quotes = ctx.claims.flatMap(c => [...c.quote.values()].map(q => ({ c, q: normaliseQuote(q) })));
    const mine = normaliseQuote(entry.quote.value);
    if (quotes.length && !quotes.some(({ q }) => q === mine || q.includes(mine) && mine.length >= 12)) {
      const c = quotes[0].c;
      ctx.report({
        code: 'quote-mismatch', severity: 'warning', start: entry.quote.start, end: entry.quote.end, ref: c.id,
        message: `Block quote differs from the words registered for claim "${c.id}".`,
        messageId: 'block-quote-mismatch', args: { claim: c.id },
      });
    }
  }
}
