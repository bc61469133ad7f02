/**
 * relative-date-mismatch and elapsed-mismatch in annotated passages: relative dates ("last
 * Sunday", "يوم الأحد الماضي") and elapsed spans ("more than 20 years ago") resolved against the
 * article's `published` day, against the dates of the claims the passage states. A mention agrees
 * when any of its readings overlaps any claim's date; one that does not is another event's when the
 * passage dates the claim rightly elsewhere. Without `published` nothing can be resolved:
 * one info finding says so, at the first relative expression in a passage with dated claims.
 */
import { DateSpan, isoOfDay, monthSpan, overlaps, yearSpan, ymd } from '../dates/calendar';
import { agrees as agreesDate, datesOf } from '../dates/find';
import { OPEN_PAST, relativeDatesOf, RelativeMention, weekdayReadings, WEEKDAY_NAMES } from '../dates/relative';
import type { Claim } from '../register/model';
import { foldKey } from '../text/fold';
import type { Fix } from '../types';
import { PassageContext, textLangs } from './context';
import { sentenceAt, sentencesOf } from '../prose/sentences';

/** An anniversary or a commemoration named in a sentence. */
const ANNIVERSARY = /(?:^|[^\p{L}])(?:[وفبل]|وب|ول|فب)?(?:ال|لل)?ذكر(?:ى|ي|اه|اها)(?![\p{L}])|anniversar|commemorat/iu;

/** Articles already told that `published` is missing (one info finding per article). */
const toldNoPublished = new WeakSet<object>();

function passageLangs(ctx: PassageContext): ReadonlySet<'ar' | 'en'> {
  return textLangs(ctx.passageFacts, ctx.article.lang);
}

export function checkRelativeDates(ctx: PassageContext): void {
  const dated = ctx.claims.filter(c => c.date);
  if (!dated.length) return;
  const langs = passageLangs(ctx);
  const base = ctx.passage.start;
  const published = ctx.article.frontMatter?.published;
  if (!published) {
    if (toldNoPublished.has(ctx.article)) return;
    const first = relativeDatesOf(ctx.passageFacts, langs, { lo: 0, hi: 0, precision: 'day' })[0];
    if (!first) return;
    toldNoPublished.add(ctx.article);
    ctx.report({
      code: 'relative-date-mismatch', severity: 'info', start: base + first.start, end: base + first.end,
      message: 'No `published` date in the front matter: relative dates are not checked.', messageId: 'relative-no-published',
    });
    return;
  }
  const publishedText = isoOfDay(published.lo);
  const sents = sentencesOf(ctx.passageFacts);
  const mentions = relativeDatesOf(ctx.passageFacts, langs, published);
  const agrees = (m: RelativeMention) => m.spans.some(s => dated.some(c => overlaps(s, c.date!)));
  // When the passage dates the claim rightly elsewhere ("took office on Monday, succeeding X, who
  // died last month"; "on 15 May … a post he first won more than a decade ago"), a relative date
  // that disagrees is another event's, not the claim's date written wrong.
  let statesClaimDate: boolean | undefined;
  // A day and month without a year ("يوم 22 فيفري", the anniversary) does not date the claim's year.
  const claimDated = () => mentions.some(agrees) || datesOf(ctx.passageFacts, langs).some(d => !d.inName && !d.yearless && dated.some(c => agreesDate(d, c.date!)));
  for (const m of mentions) {
    if (agrees(m)) continue;
    if (statesClaimDate ??= claimDated()) continue;
    // "تحيي الجزائر اليوم ذكرى انطلاق الحراك", "on Tuesday, Moroccans mark the 25th anniversary":
    // the day named is the commemoration's, not the event's (an elapsed span there still is the event's).
    if (m.kind === 'relative') {
      const sent = sents[sentenceAt(sents, m.start)];
      if (sent && ANNIVERSARY.test(ctx.passageText.slice(sent.start, sent.end))) continue;
    }
    const c = nearestClaim(dated, m.spans);
    const written = ctx.article.text.slice(base + m.start, base + m.end);
    const dateText = c.dateText ?? describeSpan(c.date!);
    const date = `claim "${c.id}" is dated ${dateText}`;
    const args = { written, published: publishedText, claim: c.id, date: dateText };
    if (m.kind === 'relative') {
      ctx.report({
        code: 'relative-date-mismatch', severity: 'error', start: base + m.start, end: base + m.end, ref: c.id,
        message: `"${written}" is ${m.spans.map(describeSpan).join(' or ')} (published ${publishedText}), but ${date}.`,
        messageId: 'relative-date-mismatch', args: { ...args, readings: m.spans.map(describeSpan).join(' / ') },
        fix: weekdayFix(ctx, m, c, published.lo),
      });
    } else {
      ctx.report({
        code: 'elapsed-mismatch', severity: 'warning', start: base + m.start, end: base + m.end, ref: c.id,
        message: `"${written}" puts the event ${describeElapsed(m.spans)} (published ${publishedText}), but ${date}.`,
        messageId: 'elapsed-mismatch', args: { ...args, ...elapsedArgs(m.spans) },
      });
    }
  }
}

/** The claim whose date is nearest to the mention's readings, to name in the message. */
function nearestClaim(claims: Claim[], spans: DateSpan[]): Claim {
  let best = claims[0], bestD = Infinity;
  for (const c of claims) {
    for (const s of spans) {
      const d = Math.max(0, c.date!.lo - s.hi, s.lo - c.date!.hi);
      if (d < bestD) { bestD = d; best = c; }
    }
  }
  return best;
}

/** A reading as a day, a calendar month or year, or FROM/TO. */
function describeSpan(s: DateSpan): string {
  if (s.lo === s.hi) return isoOfDay(s.lo);
  const a = ymd(s.lo);
  const month = monthSpan(a.y, a.m), year = yearSpan(a.y);
  if (s.lo === year.lo && s.hi === year.hi) return String(a.y);
  if (s.lo === month.lo && s.hi === month.hi) return `${a.y}-${String(a.m).padStart(2, '0')}`;
  return `${isoOfDay(s.lo)}/${isoOfDay(s.hi)}`;
}

/** The elapsed span as args: `before` (open past) or `from` and `to`. */
function elapsedArgs(spans: DateSpan[]): Record<string, string> {
  const lo = Math.min(...spans.map(s => s.lo)), hi = Math.max(...spans.map(s => s.hi));
  return lo <= OPEN_PAST ? { before: isoOfDay(hi + 1) } : { from: isoOfDay(lo), to: isoOfDay(hi) };
}

function describeElapsed(spans: DateSpan[]): string {
  const lo = Math.min(...spans.map(s => s.lo)), hi = Math.max(...spans.map(s => s.hi));
  if (lo <= OPEN_PAST) return `before ${isoOfDay(hi + 1)}`;
  return `between ${isoOfDay(lo)} and ${isoOfDay(hi)}`;
}

/**
 * "last Tuesday" for a claim dated last Sunday: offer the weekday that fits, when the claim is
 * one day and the same wording with another weekday reads it (Arabic: only where the adjective
 * would still agree in gender, "الجمعة الماضية" / "الأحد الماضي").
 */
function weekdayFix(ctx: PassageContext, m: RelativeMention, c: Claim, p: number): Fix | undefined {
  const w = m.weekday;
  const d = c.date!;
  if (!w || d.lo !== d.hi) return undefined;
  const target = (((d.lo + 4) % 7) + 7) % 7;
  if (target === w.day) return undefined;
  if (!weekdayReadings(p, target, w.rule, w.future, w.night).some(s => s.lo <= d.lo && d.lo <= s.hi)) return undefined;
  const base = ctx.passage.start;
  const old = ctx.article.text.slice(base + w.start, base + w.end);
  let name = WEEKDAY_NAMES[w.lang][target];
  if (w.lang === 'ar') {
    const friday = foldKey('الجمعة');
    if (w.gendered && (foldKey(old) === friday) !== (foldKey(name) === friday)) return undefined;
  } else if (old === old.toUpperCase()) {
    name = name.toUpperCase();
  }
  return { title: `Change to "${name}"`, start: base + w.start, end: base + w.end, newText: name };
}
