/**
 * The prose checks that read news language (issue "read articles like a fact-checker"), one
 * file each. Entry and passage-date/place checks are wired in check.ts.
 */
import type { DocumentContext, PassageContext } from './context';

/** Run once per annotated passage, with every claim its blocks name. */
export const PASSAGE_CHECKS_MORE: Array<(ctx: PassageContext) => void> = [];

/** Run once per article over every prose block. */
export const DOCUMENT_CHECKS: Array<(ctx: DocumentContext) => void> = [];
