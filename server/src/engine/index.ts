/**
 * The Claimcheck engine: pure functions from text to findings, shared by the language server and
 * the CLI. No editor, file system or process access here (enforced by scripts/check-engine-boundary.mjs
 * and by this project's tsconfig, which has no Node types).
 */
export * from './types';
export { checkArticle, ArticleResult } from './check';
export { DocumentMemo } from './reuse';
export { parseArticle, parseFrontMatter, frontMatterRegister, detectLanguage, Article, ClaimBlock, Block, FrontMatter } from './markdown/article';
export { readClaimBlock, BlockEntry } from './markdown/claimBlock';
export { loadRegister, RegisterHost } from './register/load';
export { Register, Claim, Entity, Role, Where, allFindings, STATUSES } from './register/model';
export { nameIndex, NameIndex, NameHit } from './register/names';
export { LineIndex, Position } from './text/lines';
export { fold, foldKey } from './text/fold';
export { findDates, agrees, DateMention, OPEN_END } from './dates/find';
export { parseIsoDate, describe, DateSpan, hijriSpan } from './dates/calendar';
export { extract, Extraction, ExtractedDate } from './extract';
export { findRelativeDates, RelativeMention, weekdayReadings, elapsedSpans, OPEN_PAST } from './dates/relative';
export { localize, localizeFixTitle, MessageLocale, MESSAGE_IDS } from './messages';
export { overlap } from './prose/similarity';
