/**
 * The prose checks that read news language, one file each. Entry checks and the passage
 * date/place checks are wired in check.ts.
 */
import type { DocumentContext, PassageContext } from './context';
import { checkAttribution, checkQuotes } from './attribution';
import { checkNameVariants } from './names';
import { checkRoles } from './roles';
import { checkUnlinked } from './unlinked';
import { checkRelativeDates } from './relative';

/** Run once per annotated passage, with every claim its blocks name. */
export const PASSAGE_CHECKS_MORE: Array<(ctx: PassageContext) => void> = [checkRelativeDates];

/** Run once per article over every prose block. */
export const DOCUMENT_CHECKS: Array<(ctx: DocumentContext) => void> = [checkNameVariants, checkAttribution, checkQuotes, checkRoles, checkUnlinked];
