/** Which register entries an article cites: every `ref` of its claim blocks (both forms), with where it is written. */
import { LineIndex, parseArticle, readClaimBlock } from '../engine/index';

export interface Citation { id: string; start: number; line: number }

export interface Cited {
  /** Claim ids in `ref:`, in order of appearance. */
  refs: Citation[];
  /** Entity ids named by `speaker:` and `place:` in the blocks. */
  entities: string[];
}

export function citationsOf(text: string): Cited {
  const article = parseArticle(text);
  const lines = new LineIndex(text);
  const out: Cited = { refs: [], entities: [] };
  for (const block of article.claimBlocks) {
    for (const entry of readClaimBlock(block).entries) {
      for (const r of entry.refs) out.refs.push({ id: r.value, start: r.start, line: lines.positionAt(r.start).line + 1 });
      if (entry.speaker) out.entities.push(entry.speaker.value);
      if (entry.place) out.entities.push(entry.place.value);
    }
  }
  return out;
}
