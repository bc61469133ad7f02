/**
 * What the checks of one document keep from one check to the next, so that a re-check after an
 * edit parses, reads and checks again only what the edit changed: the Markdown pieces' tokens
 * (markdown/chunks.ts), each prose block's facts (text/facts.ts), by their text, and each prose
 * block's findings with what they depended on (checks/document.ts). An editor
 * keeps one per open document and drops it when the document closes; without one, a check reuses
 * only what the small global caches hold (text/memo.ts).
 */
import { BlockFindings } from './checks/document';
import type { BlockToken } from './markdown/simple';
import type { TextFacts } from './text/facts';
import { Generations } from './text/memo';

export class DocumentMemo {
  readonly chunks = new Generations<BlockToken[]>();
  readonly facts = new Generations<TextFacts>();
  readonly blocks = new BlockFindings();

  /** At the end of a check: keeps what this check used, drops what only an older one did. */
  rotate(): void {
    this.chunks.rotate();
    this.facts.rotate();
    this.blocks.rotate();
  }
}
