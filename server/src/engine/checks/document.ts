/**
 * The checks that read every prose block of an article (name variants, attribution, quotes,
 * offices, unlinked claims), run as one pass over the blocks in document order.
 *
 * What a block's findings depend on besides its own text is explicit (ProseContext): the claims
 * linked to it (with their date and the codes they silence), the article's register, language and
 * publication date, the speaker in focus when the block starts (pronouns refer back to it:
 * FocusState), and which of its capitalised words the article writes in lower case elsewhere (then
 * they are ordinary words, not names). So a document's memo (BlockFindings, kept by an editor for
 * each open document) can keep every block's findings with those inputs, and a re-check after an
 * edit checks again only the blocks whose text or inputs changed: the edited ones, the blocks whose
 * claim links changed, and, when an edit changed the focus, the blocks after it that may refer to
 * it (a speech verb that can take a pronoun subject) until one sets the focus again. The rest is
 * the last check's findings, moved by what the edit inserted or deleted before them.
 */
import type { Article, Block, ClaimBlock } from '../markdown/article';
import { BlockEntry, Located, readClaimBlock } from '../markdown/claimBlock';
import { attributeBlock } from '../prose/attribution';
import type { Claim, Register } from '../register/model';
import type { TextFacts } from '../text/facts';
import { Generations } from '../text/memo';
import type { CheckOptions, Finding } from '../types';
import type { DateSpan } from '../dates/calendar';
import { checkBlockAttribution, checkBlockQuotes, focusOf, focusState, FocusState, sameFocus } from './attribution';
import type { DocumentContext, ProseContext } from './context';
import { BlockReading, capitalisedKeys, checkBlockNames, lowerCaseAmong, readNames } from './names';
import { checkBlockRoles } from './roles';
import { checkBlockUnlinked } from './unlinked';

/** The checks of one block after name variants (which need the article's lower-case words too), in order. */
const BLOCK_CHECKS: Array<(ctx: ProseContext) => void> = [checkBlockAttribution, checkBlockQuotes, checkBlockRoles, checkBlockUnlinked];

/** The document checks of an article. With a memo, begun for this check (BlockFindings.begin), blocks checked before are not checked again. */
export function checkDocument(doc: DocumentContext, memo?: BlockFindings): void {
  const { article, register, prose } = doc;
  // Every block's inputs, and the capitalised words of the blocks that look for name variants.
  const inputs: Input[] = new Array(prose.length);
  const asked = new Set<string>();
  for (let k = 0; k < prose.length; k++) {
    const { block, facts } = prose[k];
    const ignored = doc.ignoredIn(block);
    const input: Input = { kind: block.kind, claims: doc.claimsOf(block), ignored, at: doc.dateFor(block), names: !ignored.has('name-variant'), capitalised: undefined, reading: undefined };
    if (input.names) {
      input.capitalised = memo?.capitalised(facts);
      if (!input.capitalised) {
        input.reading = readNames(facts, register);
        input.capitalised = capitalisedKeys(input.reading);
      }
      for (const key of input.capitalised) asked.add(key);
    }
    inputs[k] = input;
  }
  const lower = lowerCaseAmong(asked, prose.map(p => p.facts));

  let focus: FocusState | undefined;
  for (let k = 0; k < prose.length; k++) {
    const { block, text, facts } = prose[k];
    const input = inputs[k];
    const lowerMask = memo && input.capitalised?.length ? input.capitalised.map(key => lower.has(key) ? '1' : '0').join('') : '';
    const done = memo?.find(facts, input, focus, lowerMask);
    if (done) {
      memo!.reuse(facts, done);
      for (const f of done.findings) doc.report(moved(f, block.start));
      if (done.setsFocus) focus = done.focusOut;
      continue;
    }
    const found: Finding[] = [];
    const r = attributeBlock(prose[k], register, input.at, focusOf(focus));
    const ctx: ProseContext = {
      article, register, block, text, facts, claims: input.claims, ignored: input.ignored, at: input.at,
      attributions: r.attributions, report: f => found.push(f),
    };
    if (input.names) checkBlockNames(ctx, input.reading ?? readNames(facts, register), lower);
    for (const check of BLOCK_CHECKS) check(ctx);
    const focusOut = r.setsFocus ? focusState(r.focus) : focus;
    for (const f of found) doc.report(f);
    if (memo) {
      input.reading = undefined; // not kept: only the keys of its capitalised words are
      memo.keep(facts, {
        input, lowerMask, findings: found.map(f => moved(f, -block.start)),
        focusIn: focus, readsFocus: r.readsFocus, setsFocus: r.setsFocus, focusOut,
      });
    }
    focus = focusOut;
  }
}

/** What a block's findings depend on besides its text and the focus it starts with. */
interface Input {
  kind: Block['kind'];
  claims: Claim[] | undefined;
  ignored: ReadonlySet<string>;
  at: DateSpan | undefined;
  /** Whether name variants are looked for; then the keys of its capitalised words (and its reading, when made). */
  names: boolean;
  capitalised: string[] | undefined;
  reading: BlockReading | undefined;
}

/** A block checked: its inputs, its findings (offsets from the block's start) and the focus it ends with. */
interface Done {
  input: Input;
  lowerMask: string;
  findings: Finding[];
  /** The focus it started with, whether its findings depend on it, whether it set another, and the one it ended with. */
  focusIn: FocusState | undefined;
  readsFocus: boolean;
  setsFocus: boolean;
  focusOut: FocusState | undefined;
}

/** A copy of a finding with its offsets (and its fix's, in the same text) moved by `by`. */
export function moved(f: Finding, by: number): Finding {
  const out = { ...f, start: f.start + by, end: f.end + by };
  if (f.fix && !f.fix.path) out.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  return out;
}

/**
 * One document's checked blocks and passages, kept from one check to the next by their facts
 * (text/facts.ts: the document memo gives a block's text the same facts object as long as the
 * text is unchanged), and its claim blocks by their text. Valid for one register, language,
 * publication date and review policy; begin() with another starts afresh. An editor keeps one per
 * open document (in its DocumentMemo).
 */
export class BlockFindings {
  private readonly blocks = new Kept<Done>();
  private readonly passages = new Kept<PassageDone>();
  /** Claim blocks by their text (a block's reading and entry checks do not depend on where it is). */
  private claimBlocks = new Generations<ClaimBlockRead>();
  private register?: Register;
  private lang?: string;
  private published?: string;
  private review?: string;
  /** In the last check: how many prose blocks were checked, and how many had their findings from the one before. */
  checked = 0;
  reused = 0;

  /** At the start of a check. */
  begin(register: Register | undefined, article: Article, options: CheckOptions): void {
    this.checked = this.reused = 0;
    const published = article.frontMatter?.publishedText;
    const review = options.review ? `${options.review.today}/${options.review.maxAgeDays}` : '';
    if (register === this.register && article.lang === this.lang && published === this.published && review === this.review) return;
    this.register = register;
    this.lang = article.lang;
    this.published = published;
    this.review = review;
    this.blocks.clear();
    this.passages.clear();
    this.claimBlocks = new Generations();
  }

  /**
   * A claim block read (markdown/claimBlock.ts), from the memo when a block with the same text was
   * read before: its entries and findings, with offsets where the block is now, and the memo's
   * record of it (offsets from the block's start), which keeps its entry checks' findings too
   * (check.ts) once made.
   */
  claimBlock(article: Article, block: ClaimBlock): { entries: BlockEntry[]; findings: Finding[]; read: ClaimBlockRead } {
    let made: { entries: BlockEntry[]; findings: Finding[] } | undefined;
    const read = this.claimBlocks.get(article.text.slice(block.start, block.end), () => {
      made = readClaimBlock(block);
      return { entries: made.entries.map(e => movedEntry(e, -block.start)), findings: made.findings.map(f => moved(f, -block.start)) };
    });
    if (made) return { ...made, read };
    return { entries: read.entries.map(e => movedEntry(e, block.start)), findings: read.findings.map(f => moved(f, block.start)), read };
  }

  /** The keys of the capitalised words of a text checked before (they depend on the text and register only). */
  capitalised(facts: TextFacts): string[] | undefined {
    return this.blocks.any(facts)?.input.capitalised;
  }

  /** The last check's block with these facts, inputs and focus, if they are the same. */
  find(facts: TextFacts, input: Input, focusIn: FocusState | undefined, lowerMask: string): Done | undefined {
    return this.blocks.find(facts, d => d.lowerMask === lowerMask && sameInput(d.input, input) && (!d.readsFocus || sameFocus(d.focusIn, focusIn)));
  }

  /** Keeps a block this check checked. */
  keep(facts: TextFacts, done: Done): void {
    this.checked++;
    this.blocks.add(facts, done);
  }

  /** Keeps a block whose findings this check took from the last one (find). */
  reuse(facts: TextFacts, done: Done): void {
    this.reused++;
    this.blocks.add(facts, done);
  }

  /**
   * The findings of the passage checks (check.ts) the last time this passage was checked with
   * these claims and silenced codes (offsets from the passage's start). Not without a publication
   * date: then the passages share one "relative dates are not checked" notice.
   */
  passage(facts: TextFacts, passage: Block, claims: readonly Claim[], ignored: ReadonlySet<string>): Finding[] | undefined {
    if (this.published === undefined) return undefined;
    const d = this.passages.find(facts, p => p.kind === passage.kind && sameClaims(p.claims, claims) && sameSet(p.ignored, ignored));
    if (d) this.passages.add(facts, d);
    return d?.findings;
  }

  keepPassage(facts: TextFacts, passage: Block, claims: readonly Claim[], ignored: ReadonlySet<string>, findings: readonly Finding[]): void {
    if (this.published === undefined) return;
    this.passages.add(facts, { kind: passage.kind, claims, ignored, findings: findings.map(f => moved(f, -passage.start)) });
  }

  /** At the end of a check: keeps what this check used, drops what only an older one did. */
  rotate(): void {
    this.blocks.rotate();
    this.passages.rotate();
    this.claimBlocks.rotate();
  }
}

/** A claim block as the memo keeps it: offsets from the block's start. */
export interface ClaimBlockRead {
  entries: BlockEntry[];
  findings: Finding[];
  /** The findings of its entries' checks (check.ts ENTRY_CHECKS), once made. */
  checked?: Finding[];
}

function movedEntry(e: BlockEntry, by: number): BlockEntry {
  const at = <L extends Located>(l: L): L => ({ ...l, start: l.start + by, end: l.end + by });
  const out: BlockEntry = { ...e, refs: e.refs.map(at), start: e.start + by, end: e.end + by };
  if (e.date) out.date = at(e.date);
  if (e.place) out.place = at(e.place);
  if (e.speaker) out.speaker = at(e.speaker);
  if (e.quote) out.quote = at(e.quote);
  return out;
}

interface PassageDone { kind: Block['kind']; claims: readonly Claim[]; ignored: ReadonlySet<string>; findings: Finding[] }

/**
 * Results kept by the facts of the text they were made from, for the last check and this one (like
 * Generations in text/memo.ts, so a document holds at most two checks' worth). A text can be
 * written more than once (a heading, a dateline, a stock paragraph): this check's n-th result for
 * a text is looked for among the last check's n-th and its neighbours (one such block inserted or
 * deleted before it), so a search is constant per block.
 */
class Kept<D> {
  private last = new Map<TextFacts, D[]>();
  private current = new Map<TextFacts, D[]>();

  find(facts: TextFacts, same: (d: D) => boolean): D | undefined {
    const before = this.last.get(facts);
    if (!before) return undefined;
    const n = this.current.get(facts)?.length ?? 0;
    for (let k = n; k >= n - 1 && k >= 0; k--) if (k < before.length && same(before[k])) return before[k];
    return n + 1 < before.length && same(before[n + 1]) ? before[n + 1] : undefined;
  }

  /** Any result for the text, from this check or the last. */
  any(facts: TextFacts): D | undefined {
    return (this.current.get(facts) ?? this.last.get(facts))?.[0];
  }

  /** Adds this check's next result for the text (made or found), in document order. */
  add(facts: TextFacts, d: D): void {
    const list = this.current.get(facts);
    if (list) list.push(d); else this.current.set(facts, [d]);
  }

  rotate(): void {
    this.last = this.current;
    this.current = new Map();
  }

  clear(): void {
    this.last = new Map();
    this.current = new Map();
  }
}

function sameInput(a: Input, b: Input): boolean {
  return a.kind === b.kind && a.names === b.names && sameClaims(a.claims, b.claims) && sameSet(a.ignored, b.ignored) && sameSpan(a.at, b.at);
}
function sameClaims(a: readonly Claim[] | undefined, b: readonly Claim[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
function sameSpan(a: DateSpan | undefined, b: DateSpan | undefined): boolean {
  if (!a || !b) return a === b;
  return a.lo === b.lo && a.hi === b.hi && a.precision === b.precision;
}
