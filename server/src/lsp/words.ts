/**
 * Word overlap between a passage and a register claim, after folding (Arabic letter forms,
 * diacritics, digits, case) and without function words: ranks claim ids in completion and picks
 * the claim an unlinked sentence most likely states.
 */
import { Claim, fold, overlap } from '../engine/index';

const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'was', 'were', 'is', 'are', 'be', 'been', 'by', 'for', 'with',
  'that', 'this', 'from', 'has', 'had', 'have', 'he', 'she', 'it', 'its', 'his', 'her', 'they', 'their', 'as', 'but', 'not',
  'في', 'من', 'على', 'الى', 'عن', 'ان', 'و', 'مع', 'التي', 'الذي', 'هذا', 'هذه', 'قد', 'كان', 'لقد', 'ما', 'لا', 'او', 'ثم', 'عام',
].map(w => fold(w).text));

/** Content words of a text, folded. */
export function words(text: string): string[] {
  return fold(text).text.split(/[^\p{L}\p{N}]+/u).filter(w => w && !STOP.has(w));
}

/** How well a passage's words match a claim: the best of its statements and quotes, in any language. */
export function claimScore(passage: readonly string[], claim: Claim): number {
  let best = 0;
  for (const s of [...claim.statement.values(), ...claim.quote.values()]) best = Math.max(best, overlap(passage, words(s)));
  return best;
}
