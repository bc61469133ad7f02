/**
 * place-mismatch: the block's `place`, and places the passage locates the claim in ("in Vienna",
 * "في فيينا", "بفيينا") when the claim's own place is not named anywhere in the passage. Place names
 * inside a longer registered name (a role such as "US ambassador in Moscow") do not count.
 */
import { nameIndex } from '../register/names';
import { fold } from '../text/fold';
import { EntryContext, nameIn, PassageContext } from './context';

// Where something happened: "in", "at", "في", "بـ". Not "from" or "to" (where people came from
// or went), which name other places than the event's.
// A venue or kind of place may stand between: "at the stadium in", "in the city of Aleppo", "في استاد
// لوسيل", "في مدينة حلب", "في العاصمة دمشق" (folded text: ة is ه, ى is ي).
const EN_LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village|capital|region|province|district|camp)(?:\s+of|,)?\s+)?$/u;
const AR_LOCATIVE = /(?:^|[^\p{L}])(?:[وف])?(?:في|داخل|قرب|عند|خارج)\s+(?:(?:ال)?(?:استاد|ملعب|قاعه|قصر|فندق|مطار|مدينه|منطقه|عاصمه|ميناء|مرفا|جامعه|مقر|مستشفي|محافظه|ولايه|اقليم|بلده|قريه|مخيم)\s+)?$/u;

/** "from X" is the venue after "announced", "spoke"…, the origin after a verb of motion. */
const FROM = /(?:^|[^\p{L}])(?:from|[وف]?من)\s+(?:the\s+)?$/u;
const MOTION = /(?:^|[^\p{L}])(?:fl(?:y|ew|ying|own)|travel\S*|arriv\S*|came|com(?:e|es|ing)|return\S*|depart\S*|fled|flee\S*|moved|delegat\S*|envoys?|visitors?|refugees?|[وف]?(?:قادم\S*|عاد|عادت|عائد\S*|وصل|وصلت|غادر\S*|فر|فرت|نزح\S*|وفد|وفود|الوافد\S*|جاء|جاءت|قدم|قدمت|لاجئ\S*|نازح\S*))(?:\s+\S+){0,5}\s*$/u;

function isLocated(text: string, start: number): boolean {
  const before = fold(text.slice(Math.max(0, start - 24), start)).text;
  if (EN_LOCATIVE.test(before) || AR_LOCATIVE.test(before)) return true;
  if (FROM.test(before)) {
    const clause = fold(text.slice(Math.max(0, start - 70), start)).text.replace(/\s*(?:from|[وف]?من)\s+(?:the\s+)?$/u, '');
    return !MOTION.test(clause);
  }
  // Attached preposition: "بواشنطن", "وفي"-less "ببغداد"; the name index leaves proclitics outside the hit.
  return /(?:^|[^\p{L}])[وف]?ب$/u.test(before);
}

/** The block's own `place:` against the claims it names. */
export function checkBlockPlace(ctx: EntryContext): void {
  const { register, entry } = ctx;
  if (!entry.place) return; // most blocks give only a ref
  const placed = ctx.claims.filter(c => c.place);
  if (!placed.length) return;
  const ids = new Set(placed.map(c => c.place!));
  const first = placed[0];
  if (entry.place && register.entities.has(entry.place.value) && !ids.has(entry.place.value)) {
    ctx.report({
      code: 'place-mismatch', severity: 'error', start: entry.place.start, end: entry.place.end, ref: first.id,
      message: `Block place "${entry.place.value}" does not match claim "${first.id}" (${first.place}).`,
      messageId: 'block-place-mismatch', args: { value: entry.place.value, claim: first.id, place: first.place! },
      fix: { title: `Set place to ${first.place}`, start: entry.place.start, end: entry.place.end, newText: first.place! },
    });
  }
}

/** Places the passage locates its claims in, when none of the claims' own places is named. */
export function checkPassagePlaces(ctx: PassageContext): void {
  const { register, article, passage } = ctx;
  const placed = ctx.claims.filter(c => c.place);
  if (!placed.length) return;
  const ids = new Set(placed.map(c => c.place!));
  const first = placed[0];
  const hits = nameIndex(register).findIn(ctx.passageFacts)
    .filter(h => h.entry.kind === 'entity' && register.entities.get(h.entry.id)?.type === 'place');
  if (hits.some(h => ids.has(h.entry.id))) return;
  for (const h of hits) {
    if (!isLocated(ctx.passageText, h.start)) continue;
    const right = nameIn(register, first.place!, article.lang) ?? first.place!;
    ctx.report({
      code: 'place-mismatch', severity: 'error', start: passage.start + h.start, end: passage.start + h.end, ref: first.id,
      message: `"${h.entry.name}" does not match the place of claim "${first.id}" (${right}).`,
      messageId: 'place-mismatch', args: { written: h.entry.name, claim: first.id, place: right },
      fix: { title: `Change to "${right}"`, start: passage.start + h.start, end: passage.start + h.end, newText: right },
    });
  }
}
