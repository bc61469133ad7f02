/** Checks one article against a register: the engine's main entry point. Pure: text in, findings out. */
import { checkBlockFacts } from './checks/blockFacts';
import { DocumentContext, EntryContext, maskMarkup, PassageContext } from './checks/context';
import { BlockFindings, checkDocument, ClaimBlockRead, moved } from './checks/document';
import { PASSAGE_CHECKS_MORE } from './checks/registry';
import { checkBlockDate, checkPassageDates } from './checks/dates';
import { checkBlockPlace, checkPassagePlaces } from './checks/places';
import { checkRefs, checkReviews } from './checks/refs';
import { Article, Block, ClaimBlock, parseArticle } from './markdown/article';
import type { DateSpan } from './dates/calendar';
import { Attribution, findAttributions, findOffices, Office } from './prose/attribution';
import { BlockEntry, readClaimBlock } from './markdown/claimBlock';
import type { Claim, Register } from './register/model';
import { factsOf, TextFacts } from './text/facts';
import type { CheckOptions, Finding } from './types';
import type { DocumentMemo } from './reuse';

export interface ArticleResult {
  article: Article;
  findings: Finding[];
}

/** Checks of one claim-block entry (its ids and its own keys). */
const ENTRY_CHECKS = [checkRefs, checkReviews, checkBlockDate, checkBlockPlace, checkBlockFacts];
/** Checks of an annotated passage against all the claims its blocks name. */
const PASSAGE_CHECKS = [checkPassageDates, checkPassagePlaces, ...PASSAGE_CHECKS_MORE];

export interface Passages {
  /** Each annotated passage with the claims its blocks name and the codes they silence. */
  groups: Map<Block, { claims: Set<Claim>; ignore: Set<string> }>;
  /**
   * Every claim-block entry, with the block it is in and the claims it names (a block's entries one
   * after another), and what a document's memo keeps of the block (ClaimBlockRead) when there is one.
   */
  entries: Array<{ block: ClaimBlock; entry: BlockEntry; claims: Claim[]; read?: ClaimBlockRead }>;
  /** yaml-syntax and schema findings of the blocks. */
  findings: Finding[];
}

/**
 * Reads every claim block and groups them by the passage they annotate. With a document's memo
 * (begun for this check), a block whose text was read before is not read again.
 */
export function collectPassages(article: Article, register: Register | undefined, kept?: BlockFindings): Passages {
  const out: Passages = { groups: new Map(), entries: [], findings: [] };
  for (const block of article.claimBlocks) {
    const { entries, findings, read } = kept?.claimBlock(article, block) ?? { ...readClaimBlock(block), read: undefined };
    for (const f of findings) out.findings.push(f);
    const group = block.passage && (out.groups.get(block.passage) ?? { claims: new Set<Claim>(), ignore: new Set<string>() });
    if (block.passage && group) out.groups.set(block.passage, group);
    for (const entry of entries) {
      const claims = register ? claimsOf(register, entry) : [];
      out.entries.push({ block, entry, claims, read });
      if (group) {
        for (const c of claims) group.claims.add(c);
        for (const code of entry.ignore) group.ignore.add(code);
      }
    }
  }
  return out;
}

/** A block's text with its markup blanked, and the facts read from it. */
export interface BlockText { text: string; facts: TextFacts }

/**
 * The masked text and facts of each block of an article, made once per block: a paragraph that a
 * claim block annotates is read by the passage checks and again by the document checks.
 */
export class BlockTexts {
  private readonly made = new Map<Block, BlockText>();
  constructor(private readonly article: Article, private readonly memo?: DocumentMemo) {}

  of(block: Block): BlockText {
    let t = this.made.get(block);
    if (!t) {
      const text = maskMarkup(this.article.text.slice(block.start, block.end));
      t = { text, facts: this.memo ? this.memo.facts.get(text, newFacts) : factsOf(text) };
      this.made.set(block, t);
    }
    return t;
  }

  /** Once the checks are done: the facts stay cached with what was found, without their working copies (TextFacts.release). */
  release(): void {
    for (const t of this.made.values()) t.facts.release();
  }
}

/** The whole-article view that document checks (and extraction) read. */
export function documentContext(article: Article, register: Register, passages: Passages, report: (f: Finding) => void, texts = new BlockTexts(article)): DocumentContext {
  const prose = article.blocks.filter(b => LEAF.has(b.kind)).map(block => { const t = texts.of(block); return { block, text: t.text, facts: t.facts }; });
  const groupOf = annotatingGroups(passages.groups, prose.map(p => p.block));
  const claimLists = new Map<Block, Claim[]>();
  const claimsIn = (b: Block) => {
    const g = groupOf.get(b);
    if (!g) return undefined;
    let list = claimLists.get(b);
    if (!list) { list = [...g.claims]; claimLists.set(b, list); }
    return list;
  };
  const dateFor = (b: Block): DateSpan | undefined => {
    // The span of the claims' dates (the one date itself when there is one), else publication.
    let span: DateSpan | undefined;
    for (const c of claimsIn(b) ?? NO_CLAIMS) {
      if (!c.date) continue;
      span = span ? { lo: Math.min(span.lo, c.date.lo), hi: Math.max(span.hi, c.date.hi), precision: 'span' } : c.date;
    }
    return span ?? article.frontMatter?.published;
  };
  let attributions: Attribution[] | undefined;
  let offices: Office[] | undefined;
  return {
    article, register, prose,
    claimsOf: claimsIn,
    ignoredIn: b => groupOf.get(b)?.ignore ?? NONE,
    dateFor,
    attributions: () => (attributions ??= findAttributions({ prose, register, dateFor })),
    offices: () => (offices ??= findOffices(prose, register)),
    report,
  };
}

/**
 * Checks an article. `memo`, one per document kept between its checks (an editor's open
 * document), makes a re-check after an edit re-parse and re-read only what the edit changed.
 */
export function checkArticle(text: string, register: Register | undefined, options: CheckOptions = {}, memo?: DocumentMemo): ArticleResult {
  const result = checkWith(text, register, options, memo);
  memo?.rotate();
  return result;
}

function checkWith(text: string, register: Register | undefined, options: CheckOptions, memo: DocumentMemo | undefined): ArticleResult {
  const article = parseArticle(text, memo);
  const kept = memo?.blocks;
  kept?.begin(register, article, options);
  const passages = collectPassages(article, register, kept);
  const findings: Finding[] = [...article.findings, ...passages.findings];

  if (!register) {
    const first = passages.entries[0];
    if (first) {
      findings.push({
        code: 'no-register', severity: 'warning', start: first.block.start, end: first.block.end,
        message: 'No claims register found for this article (claims.yaml in its folder or a parent, `register:` in front matter, or the claimcheck.register setting); claim blocks are not checked.',
        messageId: 'no-register',
      });
    }
    return { article, findings: finish(article, findings, options) };
  }

  // The entry checks, a claim block at a time: a block checked before (same text, register and
  // review policy) gives its findings back from the memo.
  const { entries } = passages;
  for (let i = 0, j = 0; i < entries.length; i = j) {
    const { block, read } = entries[i];
    for (j = i + 1; j < entries.length && entries[j].block === block; j++);
    if (read?.checked) {
      for (const f of read.checked) findings.push(moved(f, block.start));
      continue;
    }
    const found: Finding[] = [];
    for (let k = i; k < j; k++) {
      const { entry, claims } = entries[k];
      const ignored = entry.ignore.length ? new Set(entry.ignore) : NONE;
      const ctx: EntryContext = { article, register, block, entry, claims, options, report: f => { if (!ignored.has(f.code)) found.push(f); } };
      for (const check of ENTRY_CHECKS) check(ctx);
    }
    for (const f of found) findings.push(f);
    if (read) read.checked = found.map(f => moved(f, -block.start));
  }
  const texts = new BlockTexts(article, memo);
  for (const [passage, group] of passages.groups) {
    if (!group.claims.size) continue;
    const { text: passageText, facts: passageFacts } = texts.of(passage);
    const claims = [...group.claims];
    const done = kept?.passage(passageFacts, passage, claims, group.ignore);
    if (done) {
      for (const f of done) findings.push(moved(f, passage.start));
      continue;
    }
    const found: Finding[] = [];
    const ctx: PassageContext = {
      article, register, passage, claims, passageText, passageFacts,
      report: f => { if (!group.ignore.has(f.code)) found.push(f); },
    };
    for (const check of PASSAGE_CHECKS) check(ctx);
    for (const f of found) findings.push(f);
    kept?.keepPassage(passageFacts, passage, claims, group.ignore, found);
  }
  const doc = documentContext(article, register, passages, f => findings.push(f), texts);
  checkDocument(doc, memo?.blocks);
  texts.release();

  return { article, findings: finish(article, findings, options) };
}

const newFacts = (text: string) => new TextFacts(text);

const LEAF = new Set(['paragraph', 'heading', 'table']);


const NONE: ReadonlySet<string> = new Set();
const NO_CLAIMS: readonly Claim[] = [];

/**
 * For each leaf block, the group of the innermost annotated passage containing it (a list item or
 * block quote contains its paragraphs). Both lists are in document order: one merge-like pass.
 */
function annotatingGroups<G>(groups: Map<Block, G>, leaves: Block[]): Map<Block, G> {
  const passages = [...groups.keys()].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Map<Block, G>();
  const open: Block[] = []; // passages containing the current position, outermost first
  let i = 0;
  for (const leaf of leaves) {
    while (i < passages.length && passages[i].start <= leaf.start) {
      while (open.length && open[open.length - 1].end < passages[i].start) open.pop();
      open.push(passages[i++]);
    }
    while (open.length && open[open.length - 1].end < leaf.end) open.pop();
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k].start <= leaf.start && leaf.end <= open[k].end) { out.set(leaf, groups.get(open[k])!); break; }
    }
  }
  return out;
}

function claimsOf(register: Register, entry: BlockEntry): Claim[] {
  return entry.refs.map(r => register.claims.get(r.value)).filter((c): c is Claim => !!c);
}
/** Applies suppression comments and severity settings, then sorts by position. */
function finish(article: Article, findings: Finding[], options: CheckOptions): Finding[] {
  const { lines } = article;
  const nextLine = new Map<number, Set<string> | 'all'>();
  const regions: Array<{ from: number; to: number; codes: Set<string> | 'all' }> = [];
  const openRegions: Array<{ from: number; codes: Set<string> | 'all' }> = [];
  for (const s of article.suppressions) {
    const codes = s.codes.length ? new Set(s.codes) : 'all';
    if (s.kind === 'next-line') {
      let line = lines.lineOf(s.end) + 1;
      while (line < lines.lineCount - 1 && article.text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() === '') line++;
      nextLine.set(line, codes);
    } else if (s.kind === 'disable') {
      openRegions.push({ from: s.end, codes });
    } else {
      for (let i = openRegions.length - 1; i >= 0; i--) {
        const r = openRegions[i];
        if (codes === 'all' || r.codes === 'all' || [...codes].some(c => (r.codes as Set<string>).has(c))) {
          regions.push({ ...r, to: s.start });
          openRegions.splice(i, 1);
        }
      }
    }
  }
  for (const r of openRegions) regions.push({ ...r, to: Infinity });
  const hit = (codes: Set<string> | 'all' | undefined, code: string) => codes === 'all' || (codes !== undefined && codes.has(code));

  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    // One finding per code and range: two cues naming the same wrong speaker are one error.
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (hit(nextLine.get(lines.lineOf(f.start)), f.code)) continue;
    if (regions.some(r => f.start >= r.from && f.start < r.to && hit(r.codes, f.code))) continue;
    const setting = options.severity?.[f.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
