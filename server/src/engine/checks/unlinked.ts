/** unlinked-claim (hint): a sentence with a date or an attribution that no claim block covers. */
import { findDates } from '../dates/find';
import { findRelativeDates } from '../dates/relative';
import { sentences } from '../prose/sentences';
import { ARABIC_SCRIPT } from '../text/fold';
import { groupBy } from './attribution';
import type { DocumentContext } from './context';

export function checkUnlinked(ctx: DocumentContext): void {
  const byBlock = groupBy(ctx.attributions(), a => a.block);
  const published = ctx.article.frontMatter?.published;
  for (const { block, text } of ctx.prose) {
    if (block.kind === 'heading' || ctx.claimsOf(block)) continue;
    const langs = new Set<'ar' | 'en'>();
    if (ARABIC_SCRIPT.test(text)) langs.add('ar');
    if (/[A-Za-z]{3}/.test(text)) langs.add('en');
    const dates = findDates(text, langs);
    const relative = published ? findRelativeDates(text, langs, published) : [];
    const spoken = byBlock.get(block) ?? [];
    for (const s of sentences(text)) {
      const has = dates.some(d => d.start >= s.start && d.start < s.end)
        || relative.some(d => d.start >= s.start && d.start < s.end)
        || spoken.some(a => a.start - block.start >= s.start && a.start - block.start < s.end);
      if (!has) continue;
      ctx.report({
        code: 'unlinked-claim', severity: 'hint', start: block.start + s.start, end: block.start + s.end,
        message: 'This sentence states a date or an attribution that no claim block links to the register.', messageId: 'unlinked-claim',
      });
    }
  }
}
