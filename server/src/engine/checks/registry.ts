/**
 * The prose checks that read news language, one file each. Entry checks and the passage
 * date/place checks are wired in check.ts; the checks of every prose block (names, attribution,
 * quotes, offices, unlinked claims) in checks/document.ts.
 */
import type { PassageContext } from './context';
import { checkRelativeDates } from './relative';

/** Run once per annotated passage, with every claim its blocks name. */
export const PASSAGE_CHECKS_MORE: Array<(ctx: PassageContext) => void> = [checkRelativeDates];
