/** What every check of one claim block sees. */
import type { Article, Block, ClaimBlock } from '../markdown/article';
import type { BlockEntry } from '../markdown/claimBlock';
import type { Claim, Register } from '../register/model';
import type { CheckOptions, Finding } from '../types';
import type { DateSpan } from '../dates/calendar';
import type { Attribution, Office, ProseBlock } from '../prose/attribution';
import type { TextFacts } from '../text/facts';

/** One entry (mapping) of one claim block. */
export interface EntryContext {
  article: Article;
  register: Register;
  block: ClaimBlock;
  entry: BlockEntry;
  /** The register claims the entry's refs name (unknown ids left out). */
  claims: Claim[];
  options: CheckOptions;
  report(f: Finding): void;
}

/** One annotated passage with every claim that the blocks annotating it name. */
export interface PassageContext {
  article: Article;
  register: Register;
  passage: Block;
  /** The passage with inline code, link targets and URLs blanked out (same length; offsets from passage.start). */
  passageText: string;
  /** What is read from passageText, shared by the checks (text/facts.ts). */
  passageFacts: TextFacts;
  claims: Claim[];
  report(f: Finding): void;
}

/** The whole article, for checks that read every prose block (names, offices, attribution, unlinked claims). */
export interface DocumentContext {
  article: Article;
  register: Register;
  /**
   * Every leaf prose block (paragraph, heading, table) in order, with its markup blanked (offsets
   * from block.start) and what is read from that text, shared by the checks (text/facts.ts).
   */
  prose: ProseBlock[];
  /** Claims named by the blocks annotating the passage that contains `block`; undefined when none does. */
  claimsOf(block: Block): Claim[] | undefined;
  /** Codes silenced for that passage by its blocks' `ignore`. */
  ignoredIn(block: Block): ReadonlySet<string>;
  /** The date offices are resolved at in a block: its claims' dates, else the article's `published`. */
  dateFor(block: Block): DateSpan | undefined;
  /** Reported speech in the article, in order (computed once). */
  attributions(): Attribution[];
  /** Persons named with an office (computed once). */
  offices(): Office[];
  report(f: Finding): void;
}

/**
 * One leaf prose block in the pass of the document checks (checks/document.ts), with everything
 * its findings may depend on besides its own text: a block's findings are a function of these.
 */
export interface ProseContext {
  article: Article;
  register: Register;
  block: Block;
  /** The block with its markup blanked (offsets from block.start), and what is read from it. */
  text: string;
  facts: TextFacts;
  /** Claims named by the blocks annotating the passage that contains it; undefined when none does. */
  claims: Claim[] | undefined;
  /** Codes silenced for it by those blocks' `ignore`. */
  ignored: ReadonlySet<string>;
  /** The date offices are resolved at in it: its claims' dates, else the article's `published`. */
  at: DateSpan | undefined;
  /** Its reported speech (prose/attribution.ts attributeBlock), in order. */
  attributions: readonly Attribution[];
  report(f: Finding): void;
}

/**
 * Blanks markup whose characters are not prose (inline code, link targets, URLs, HTML tags), keeping
 * offsets. A link target stops at "]" and a tag at "<", so a line of unclosed "](" or "<" is linear.
 */
export function maskMarkup(text: string): string {
  // Most prose has none of what every alternative starts with: skip the scan.
  if (text.indexOf('`') < 0 && text.indexOf('](') < 0 && text.indexOf('<') < 0 && text.indexOf('http') < 0) return text;
  return text.replace(/`[^`\n]*`|\]\([^)\]\n]*\)|<[^<>\n]*>|https?:\/\/\S+/g, m => ' '.repeat(m.length));
}

/** The name of an entity in a language, falling back to any name. */
export function nameIn(reg: Register, id: string, lang: string): string | undefined {
  const e = reg.entities.get(id);
  if (!e) return undefined;
  return e.names.get(lang)?.[0] ?? e.names.get('*')?.[0] ?? [...e.names.values()][0]?.[0];
}

/**
 * Which language rule sets to read a text with: Arabic when it has Arabic script, English when it
 * has a Latin word, and the article's own language in any case (when given). The scripts are
 * looked for once per text; the sets are shared (read only).
 */
export function textLangs(facts: TextFacts, articleLang?: string): ReadonlySet<'ar' | 'en'> {
  const ar = articleLang === 'ar' || facts.hasArabicScript;
  const en = articleLang === 'en' || facts.get(LATIN_WORD, ({ text }) => /[A-Za-z]{3}/.test(text));
  return LANG_SETS[(ar ? 1 : 0) + (en ? 2 : 0)];
}
const LATIN_WORD = 'latin-word';
const LANG_SETS: ReadonlyArray<ReadonlySet<'ar' | 'en'>> = [new Set(), new Set(['ar']), new Set(['en']), new Set(['ar', 'en'])];
