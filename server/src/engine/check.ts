/** Checks one article against a register: the engine's main entry point. Pure: text in, findings out. */
import { checkBlockFacts } from './checks/blockFacts';
import { DocumentContext, EntryContext, maskMarkup, PassageContext } from './checks/context';
import { DOCUMENT_CHECKS, PASSAGE_CHECKS_MORE } from './checks/registry';
import { checkBlockDate, checkPassageDates } from './checks/dates';
import { checkBlockPlace, checkPassagePlaces } from './checks/places';
import { checkRefs } from './checks/refs';
import { Article, Block, parseArticle } from './markdown/article';
import { BlockEntry, readClaimBlock } from './markdown/claimBlock';
import type { Claim, Register } from './register/model';
import type { CheckOptions, Finding } from './types';

export interface ArticleResult {
  article: Article;
  findings: Finding[];
}

/** Checks of one claim-block entry (its ids and its own keys). */
const ENTRY_CHECKS = [checkRefs, checkBlockDate, checkBlockPlace, checkBlockFacts];
/** Checks of an annotated passage against all the claims its blocks name. */
const PASSAGE_CHECKS = [checkPassageDates, checkPassagePlaces, ...PASSAGE_CHECKS_MORE];

export function checkArticle(text: string, register: Register | undefined, options: CheckOptions = {}): ArticleResult {
  const article = parseArticle(text);
  const findings: Finding[] = [...article.findings];
  const passages = new Map<Block, { claims: Set<Claim>; ignore: Set<string> }>();
  let warnedNoRegister = false;

  for (const block of article.claimBlocks) {
    const { entries, findings: blockFindings } = readClaimBlock(block);
    findings.push(...blockFindings);
    if (!register) {
      if (!warnedNoRegister && entries.length) {
        warnedNoRegister = true;
        findings.push({
          code: 'no-register', severity: 'warning', start: block.start, end: block.end,
          message: 'No claims register found for this article (claims.yaml in its folder or a parent, `register:` in front matter, or the claimcheck.register setting); claim blocks are not checked.',
        });
      }
      continue;
    }
    const group = block.passage && (passages.get(block.passage) ?? { claims: new Set<Claim>(), ignore: new Set<string>() });
    if (block.passage && group) passages.set(block.passage, group);
    for (const entry of entries) {
      const claims = claimsOf(register, entry);
      const ignored = new Set(entry.ignore);
      const ctx: EntryContext = { article, register, block, entry, claims, report: f => { if (!ignored.has(f.code)) findings.push(f); } };
      for (const check of ENTRY_CHECKS) check(ctx);
      if (group) {
        for (const c of claims) group.claims.add(c);
        for (const code of entry.ignore) group.ignore.add(code);
      }
    }
  }

  if (register) {
    for (const [passage, group] of passages) {
      if (!group.claims.size) continue;
      const ctx: PassageContext = {
        article, register, passage, claims: [...group.claims],
        passageText: maskMarkup(text.slice(passage.start, passage.end)),
        report: f => { if (!group.ignore.has(f.code)) findings.push(f); },
      };
      for (const check of PASSAGE_CHECKS) check(ctx);
    }
    const doc: DocumentContext = {
      article, register,
      prose: article.blocks.filter(b => LEAF.has(b.kind)).map(block => ({ block, text: maskMarkup(text.slice(block.start, block.end)) })),
      claimsOf: b => { const g = annotating(passages, b); return g && [...g.claims]; },
      ignoredIn: b => annotating(passages, b)?.ignore ?? new Set(),
      report: f => findings.push(f),
    };
    for (const check of DOCUMENT_CHECKS) check(doc);
  }

  return { article, findings: finish(article, findings, options) };
}

const LEAF = new Set(['paragraph', 'heading', 'table']);

/** The group of the innermost annotated passage that contains `b` (a list item or quote contains its paragraphs). */
function annotating<G>(passages: Map<Block, G>, b: Block): G | undefined {
  let best: Block | undefined;
  for (const p of passages.keys()) {
    if (p.start <= b.start && b.end <= p.end && (!best || p.end - p.start < best.end - best.start)) best = p;
  }
  return best && passages.get(best);
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
  for (const f of findings) {
    if (hit(nextLine.get(lines.lineOf(f.start)), f.code)) continue;
    if (regions.some(r => f.start >= r.from && f.start < r.to && hit(r.codes, f.code))) continue;
    const setting = options.severity?.[f.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
