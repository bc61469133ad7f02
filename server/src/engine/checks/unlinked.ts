/** unlinked-claim (hint): a sentence with a date or an attribution that no claim block covers. */
import { datesOf } from '../dates/find';
import { relativeDatesOf } from '../dates/relative';
import { sentenceAt, sentencesOf } from '../prose/sentences';
import { ProseContext, textLangs } from './context';

export function checkBlockUnlinked(ctx: ProseContext): void {
  const { block, facts } = ctx;
  if (block.kind === 'heading' || ctx.claims) return;
  const published = ctx.article.frontMatter?.published;
  const langs = textLangs(facts);
  const dates = datesOf(facts, langs);
  const relative = published ? relativeDatesOf(facts, langs, published) : [];
  // The sentences holding a date or an attribution, each found by a binary search (linear in a long paragraph).
  const sents = sentencesOf(facts);
  const has = new Set<number>([...dates.map(d => d.start), ...relative.map(d => d.start), ...ctx.attributions.map(a => a.start - block.start)].map(o => sentenceAt(sents, o)));
  for (const [i, s] of sents.entries()) {
    if (!has.has(i)) continue;
    ctx.report({
      code: 'unlinked-claim', severity: 'hint', start: block.start + s.start, end: block.start + s.end,
      message: 'This sentence states a date or an attribution that no claim block links to the register.', messageId: 'unlinked-claim',
    });
  }
}
