/** date-mismatch: dates in the block and in the annotated passage against the claims' dates. */
import { DateSpan, describe, overlaps, ymd } from '../dates/calendar';
import { agrees, DateMention, datesOf } from '../dates/find';
import { quotesOf } from '../prose/quotes';
import type { Span } from '../prose/sentences';
import { quoteWords, registeredWords, relateQuoteWords } from '../prose/similarity';
import type { Claim } from '../register/model';
import { EntryContext, PassageContext, textLangs } from './context';

/** The claim whose date is nearest to a span, to name in the message. */
function nearestClaim(claims: Claim[], lo: number, hi: number): Claim {
  let best = claims[0], bestD = Infinity;
  for (const c of claims) {
    const d = Math.max(0, c.date!.lo - hi, lo - c.date!.hi);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩', PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Rewrites the one four-digit year in `text` to `year`, in the digits the writer used. */
function withYear(text: string, year: number): string | undefined {
  const m = text.match(/[0-9٠-٩۰-۹]{4}/g);
  if (!m || m.length !== 1) return undefined;
  const digits = m[0];
  const script = EASTERN.includes(digits[0]) ? EASTERN : PERSIAN.includes(digits[0]) ? PERSIAN : '0123456789';
  return text.replace(digits, String(year).split('').map(d => script[+d]).join(''));
}

/** The block's own `date:` against the claims it names. */
export function checkBlockDate(ctx: EntryContext): void {
  if (!ctx.entry.date?.span) return; // most blocks give only a ref
  const dated = ctx.claims.filter(c => c.date);
  const { entry } = ctx;
  if (dated.length && entry.date?.span && !dated.some(c => overlaps(c.date!, entry.date!.span!))) {
    const c = nearestClaim(dated, entry.date.span.lo, entry.date.span.hi);
    ctx.report({
      code: 'date-mismatch', severity: 'error', start: entry.date.start, end: entry.date.end, ref: c.id,
      message: `Block date ${entry.date.value} does not match claim "${c.id}" (${c.dateText}).`,
      messageId: 'block-date-mismatch', args: { value: entry.date.value, claim: c.id, date: c.dateText ?? '' },
      fix: { title: `Set date to ${c.dateText}`, start: entry.date.start, end: entry.date.end, newText: c.dateText! },
    });
  }
}

/** Dates written in the passage against every claim its blocks name. */
export function checkPassageDates(ctx: PassageContext): void {
  const dated = ctx.claims.filter(c => c.date);
  if (!dated.length) return;
  const { passage, passageFacts } = ctx;
  const mentions = datesOf(passageFacts, textLangs(passageFacts, ctx.article.lang));
  // When the passage writes the claim's date, a date far from it, or a period, is background ("the
  // first handover since independence in 1960"), not the claim's date written wrong: a slip is near
  // the right date.
  let statesClaimDate: boolean | undefined;
  let faithful: Span[] | undefined;
  for (const m of mentions) {
    if (m.inName || dated.some(c => agrees(m, c.date!))) continue;
    // A date inside quoted words that are a linked claim's registered quote is what the speaker
    // said ("«سيجتمع العالم في السعودية عام 2034»"), right by the register, not the claim's date.
    faithful ??= faithfulQuotes(ctx);
    if (faithful.some(q => q.start <= m.start && m.end <= q.end)) continue;
    if (!m.yearless && m.spans.length && (farFrom(m, dated) || isPeriod(m)) && (statesClaimDate ??= mentions.some(x => !x.inName && dated.some(c => agrees(x, c.date!))))) continue;
    reportMention(ctx, m, dated, passage.start);
  }
}

/** The quotes in the passage whose words are, or are part of, a registered quote of its claims. */
function faithfulQuotes(ctx: PassageContext): Span[] {
  const registered = ctx.claims.flatMap(c => [...c.quote.values()]);
  if (!registered.length) return [];
  return quotesOf(ctx.passageFacts).filter(q => {
    const words = quoteWords(ctx.passageText.slice(q.start, q.end));
    return registered.some(r => { const rel = relateQuoteWords(words, registeredWords(r)); return rel === 'same' || rel === 'part'; });
  });
}

/**
 * A period ("from 2012 to 2017", "2012–2017", "since 2012"): with the claim's date written, the
 * time something lasted ("returning him to the post he held from 2012 to 2017"), not its date.
 */
function isPeriod(m: DateMention): boolean {
  return m.calendar === 'gregorian' && m.spans.every(s => s.precision === 'span');
}

/** Years between a date and the claims' dates from which a date is background, not a slip. */
const BACKGROUND_YEARS = 5;

function farFrom(m: DateMention, dated: Claim[]): boolean {
  const gap = BACKGROUND_YEARS * 366;
  return m.spans.every(s => dated.every(c => s.hi < c.date!.lo - gap || s.lo > c.date!.hi + gap));
}

function reportMention(ctx: PassageContext, m: DateMention, dated: Claim[], base: number): void {
  const lo = m.spans.length ? Math.min(...m.spans.map(s => s.lo)) : dated[0].date!.lo;
  const hi = m.spans.length ? Math.max(...m.spans.map(s => s.hi)) : dated[0].date!.hi;
  const c = nearestClaim(dated, lo, hi);
  const original = ctx.article.text.slice(base + m.start, base + m.end);
  const claimDate: DateSpan = c.date!;
  const sameYear = ymd(claimDate.lo).y === ymd(claimDate.hi).y;
  const fixed = sameYear && m.calendar === 'gregorian' && !m.yearless ? withYear(original, ymd(claimDate.lo).y) : undefined;
  const gregorian = m.calendar === 'hijri' ? describe({ ...m.spans[0], precision: 'span' }) : undefined;
  const hijri = gregorian ? ` (Hijri; ${gregorian} in the Gregorian calendar)` : '';
  ctx.report({
    code: 'date-mismatch', severity: 'error', start: base + m.start, end: base + m.end, ref: c.id,
    message: `"${original}"${hijri} does not match the date of claim "${c.id}" (${c.dateText}).`,
    messageId: gregorian ? 'date-mismatch-hijri' : 'date-mismatch', args: { written: original, claim: c.id, date: c.dateText ?? '', ...(gregorian ? { gregorian } : {}) },
    fix: fixed && fixed !== original ? { title: `Change to "${fixed}"`, start: base + m.start, end: base + m.end, newText: fixed } : undefined,
  });
}
