/** Checks one article against a register: the engine's main entry point. Pure: text in, findings out. */
import { checkBlockFacts } from './checks/blockFacts';
import { BlockContext, maskMarkup } from './checks/context';
import { checkDates } from './checks/dates';
import { checkPlaces } from './checks/places';
import { checkRefs } from './checks/refs';
import { Article, parseArticle } from './markdown/article';
import { readClaimBlock } from './markdown/claimBlock';
import type { Claim, Register } from './register/model';
import type { CheckOptions, Finding } from './types';

export interface ArticleResult {
  article: Article;
  findings: Finding[];
}

const BLOCK_CHECKS = [checkRefs, checkDates, checkPlaces, checkBlockFacts];

export function checkArticle(text: string, register: Register | undefined, options: CheckOptions = {}): ArticleResult {
  const article = parseArticle(text);
  const findings: Finding[] = [...article.findings];
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
    const passageText = block.passage ? maskMarkup(text.slice(block.passage.start, block.passage.end)) : undefined;
    for (const entry of entries) {
      const ignored = new Set(entry.ignore);
      const ctx: BlockContext = {
        article, register, block, entry, passageText,
        claims: entry.refs.map(r => register.claims.get(r.value)).filter((c): c is Claim => !!c),
        report: f => { if (!ignored.has(f.code)) findings.push(f); },
      };
      for (const check of BLOCK_CHECKS) check(ctx);
    }
  }

  return { article, findings: finish(article, findings, options) };
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
