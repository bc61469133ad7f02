/**
 * attribution-mismatch: the passage attributes its words to someone other than the claim's
 * speaker (named, by office at the claim's date, or by pronoun); also any quote whose words are a
 * registered quote, attributed to someone else, even without a claim block.
 * quote-mismatch: quoted words in an annotated passage that are the claim's quote, altered.
 */
import type { Attribution, Focus } from '../prose/attribution';
import { quotesOf } from '../prose/quotes';
import { QuoteForm, quoteWords, registeredWords, relateQuoteWords } from '../prose/similarity';
import type { Claim, Register } from '../register/model';
import { nameIn, ProseContext } from './context';

function who(ctx: ProseContext, ids: string[]): string {
  return ids.map(id => nameIn(ctx.register, id, ctx.article.lang) ?? id).join(' / ');
}

/** Attributions already reported: a pronoun that refers back to one of them is the same error, said once. */
const reported = new WeakSet<Attribution>();

function rootReported(a: Attribution): boolean {
  for (let x = a.antecedent; x; x = x.antecedent) if (reported.has(x)) return true;
  return false;
}

/**
 * The focus as the next block needs it (checks/document.ts carries it from block to block): who
 * pronouns refer to, and whether the attribution that named them was reported (or referred back
 * to one that was), so that a pronoun continuing it is not reported again. 0: the focus came from
 * a sentence's subject, not an attribution; 1: an attribution not reported; 2: one reported.
 */
export interface FocusState { speakers: string[]; att: 0 | 1 | 2 }

export function focusState(focus: Focus | undefined): FocusState | undefined {
  if (!focus) return undefined;
  return { speakers: focus.speakers, att: !focus.att ? 0 : reported.has(focus.att) || rootReported(focus.att) ? 2 : 1 };
}

/** The focus a block starts with, from the state the block before it ended with. */
export function focusOf(state: FocusState | undefined): Focus | undefined {
  if (!state) return undefined;
  return state.att === 0 ? { speakers: state.speakers } : { speakers: state.speakers, att: state.att === 2 ? REPORTED : OPEN };
}
const stub = (): Attribution => ({ block: { kind: 'paragraph', start: 0, end: 0 }, start: 0, end: 0, speakers: [], via: 'name' });
/** The attributions of earlier blocks a pronoun refers back to, as far as reporting it goes. */
const OPEN = stub(), REPORTED = stub();
reported.add(REPORTED);

export function sameFocus(a: FocusState | undefined, b: FocusState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.att === b.att && a.speakers.length === b.speakers.length && a.speakers.every((s, i) => s === b.speakers[i]);
}

function reportAttribution(ctx: ProseContext, a: Attribution, claim: Claim): void {
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

const isOrganisation = (register: Register, id: string) => register.entities.get(id)?.type === 'organization';

/**
 * Whether words attributed to `a` may be compared with a claim said by `speaker`: not when `a`
 * names only organisations and the claim's speaker is a person ("the World Health Organization
 * declared" for its director-general's declaration; "وأعلن الاتحاد الدولي لكرة القدم" for its
 * president's words): an organisation speaks through its officials, and the register does not say
 * who speaks for which.
 */
function comparable(register: Register, a: Attribution, speaker: string): boolean {
  return isOrganisation(register, speaker) || !a.speakers.every(id => isOrganisation(register, id));
}

export function checkBlockAttribution(ctx: ProseContext): void {
  const { claims, ignored, register } = ctx;
  const spoken = claims?.filter(c => c.speaker) ?? [];
  const mine = ctx.attributions.filter(a => a.speakers.length && (!spoken.length || spoken.some(c => comparable(register, a, c.speaker!))));
  if (!mine.length) return;
  if (spoken.length && !ignored.has('attribution-mismatch')) {
    const ok = (a: Attribution) => a.speakers.some(s => spoken.some(c => c.speaker === s));
    if (!mine.some(ok)) for (const a of mine) reportAttribution(ctx, a, spoken[0]);
    return;
  }
  if (spoken.length || ignored.has('attribution-mismatch')) return;
  // Without a linked speaker: a quote that is a registered quote, attributed to someone else.
  for (const a of mine) {
    if (!a.quote) continue;
    const index = quoteIndex(ctx.register);
    const words = quoteWords(ctx.article.text.slice(a.quote.start, a.quote.end));
    // The first registered claim, in register order, whose quote these words are or are part of.
    for (const k of index.mayHold(words)) {
      const c = index.claims[k];
      if (a.speakers.includes(c.speaker!) || !comparable(register, a, c.speaker!)) continue;
      if ([...c.quote.values()].some(q => { const r = relateQuoteWords(words, registeredWords(q)); return r === 'same' || r === 'part'; })) {
        reportAttribution(ctx, a, c);
        break;
      }
    }
  }
}

/**
 * The register's claims with a speaker and a quote, in register order, and their quotes' words.
 * Words read in an article are a registered quote, or part of one (relateQuoteWords: 'same' or
 * 'part'), only when all their words are in it (the same words; every excerpt found in it) or all
 * its words are in them (the quote found within them). So a quote is compared only with the claims
 * that have such a quote, found by counting shared words, not with the whole register. Built once
 * per register, when first needed.
 */
class QuoteIndex {
  readonly claims: Claim[];
  /** Every quote of those claims: its claim (index into `claims`) and its number of distinct words. */
  private readonly quotes: Array<{ claim: number; words: number }> = [];
  /** Word -> the quotes (indices into `quotes`) that have it. */
  private readonly byWord = new Map<string, number[]>();
  private readonly shared: Int32Array;

  constructor(register: Register) {
    this.claims = [...register.claims.values()].filter(c => c.speaker && c.quote.size);
    this.claims.forEach((c, claim) => {
      for (const q of c.quote.values()) {
        const words = new Set(registeredWords(q).tokens);
        const at = this.quotes.push({ claim, words: words.size }) - 1;
        for (const t of words) {
          const list = this.byWord.get(t);
          if (list) list.push(at); else this.byWord.set(t, [at]);
        }
      }
    });
    this.shared = new Int32Array(this.quotes.length);
  }

  /** The claims (indices into `claims`, ascending) with a quote that holds all of `words` or is held in them. */
  mayHold(words: QuoteForm): number[] {
    const distinct = new Set(words.tokens);
    const touched: number[] = [];
    for (const t of distinct) {
      for (const q of this.byWord.get(t) ?? []) {
        if (this.shared[q]++ === 0) touched.push(q);
      }
    }
    const claims = new Set<number>();
    for (const q of touched) {
      const n = this.shared[q];
      this.shared[q] = 0;
      if (n === distinct.size || n === this.quotes[q].words) claims.add(this.quotes[q].claim);
    }
    return [...claims].sort((a, b) => a - b);
  }
}
const quoteIndexes = new WeakMap<Register, QuoteIndex>();
function quoteIndex(register: Register): QuoteIndex {
  let index = quoteIndexes.get(register);
  if (!index) { index = new QuoteIndex(register); quoteIndexes.set(register, index); }
  return index;
}

export function checkBlockQuotes(ctx: ProseContext): void {
  const { block, text, facts } = ctx;
  const claims = ctx.claims?.filter(c => c.quote.size);
  if (!claims?.length || ctx.ignored.has('quote-mismatch')) return;
  for (const q of quotesOf(facts)) {
    const written = quoteWords(text.slice(q.start, q.end));
    // Silent when the words are any registered quote or part of one; else the first one altered.
    let altered: { c: Claim; reg: string } | undefined;
    let faithful = false;
    compare: for (const c of claims) {
      for (const reg of c.quote.values()) {
        const r = relateQuoteWords(written, registeredWords(reg));
        if (r === 'same' || r === 'part') { faithful = true; break compare; }
        if (r === 'altered') altered ??= { c, reg };
      }
    }
    if (faithful || !altered) continue;
    ctx.report({
      code: 'quote-mismatch', severity: 'warning', start: block.start + q.start, end: block.start + q.end, ref: altered.c.id,
      message: `The quoted words differ from those registered for claim "${altered.c.id}": "${altered.reg}".`,
      messageId: 'quote-mismatch', args: { claim: altered.c.id, quote: altered.reg },
    });
  }
}
