/**
 * markdown-it's block parse of an article, piece by piece, so that a re-check after an edit parses
 * again only the piece the edit is in (the pieces are cached by their text, text/memo.ts
 * Generations) instead of the whole article.
 *
 * The article is cut before a line that can only start a new top-level block whatever came
 * before it: a line after a blank line, starting at column 0 with neither a space, a tab nor a
 * list marker. There, CommonMark has closed every paragraph (the blank line), every block quote
 * (a blank line ends one), every list item and indented code block (they continue only on
 * indented lines), every table and every HTML block of types 6 and 7 (a blank line ends them).
 * What can still be open is a top-level fence or an HTML block of types 1–5 (`<!--`, `<script`,
 * `<pre`, …), which run until their closing line or to the end of the text: when a piece's last
 * top-level block is one of those and runs to the piece's end (a closed one ends on its closing
 * line, and a piece ends with a blank line), the piece is parsed again with more of the text, the
 * extension doubling each time, until it closes. Link reference definitions change no block
 * token (the inline parse, which reads them, is off). The tokens of the pieces, their line maps
 * shifted by each piece's first line, are the tokens of the whole text (test/engine/chunks.test.ts
 * compares them on every corpus and on generated Markdown).
 */
import type MarkdownIt from 'markdown-it';
import type { Generations } from '../text/memo';
import type { LineIndex } from '../text/lines';
import { BlockToken, simpleBlockTokens } from './simple';

export type Token = MarkdownIt.Token;
type Parser = { parse(src: string, env: object): BlockToken[] };

/** The block tokens of a text: without markdown-it when the text is simple enough (simple.ts). */
export function blockTokens(md: Parser, src: string): BlockToken[] {
  return simpleBlockTokens(src) ?? md.parse(src, {});
}

/** The tokens of one piece; their line maps count from the piece's first line (`line`). */
export interface Chunk { line: number; tokens: BlockToken[] }

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Lines before which the text may be cut (see above), in order. */
export function cutLines(body: string, lines: LineIndex): number[] {
  const cuts: number[] = [];
  let prevBlank = false;
  for (let l = 0; l < lines.lineCount; l++) {
    const s = lines.lineStart(l), e = lines.lineEnd(l);
    let i = s;
    while (i < e && (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9)) i++;
    const blank = i === e;
    if (prevBlank && !blank && i === s && l > 0 && !LIST_MARKER.test(body.slice(s, Math.min(e, s + 12)))) cuts.push(l);
    prevBlank = blank;
  }
  return cuts;
}

/** Whether a piece of `lineCount` lines ends inside a top-level fence or HTML block (its last token runs to the end). */
function openAtEnd(tokens: BlockToken[], lineCount: number): boolean {
  const last = tokens[tokens.length - 1];
  return !!last && last.level === 0 && (last.type === 'fence' || last.type === 'html_block') && !!last.map && last.map[1] >= lineCount;
}

/**
 * The block tokens of `body` in pieces. `cache` (one document's, kept between its checks) reuses
 * the tokens of pieces whose text did not change; callers must not modify the tokens.
 */
export function parseInChunks(md: Parser, body: string, lines: LineIndex, cache?: Generations<BlockToken[]>): Chunk[] {
  // Without a cache, one whole parse: pieces cost more to parse one by one (markdown-it: about 2× on
  // news articles), which re-parsing only the pieces an edit touched repays (an editor's document
  // memo, engine/reuse.ts).
  if (!cache) return [{ line: 0, tokens: blockTokens(md, body) }];
  const cuts = cutLines(body, lines);
  const bounds = [0, ...cuts, lines.lineCount];
  const parse = (from: number, to: number): BlockToken[] => {
    const src = body.slice(lines.lineStart(from), to >= lines.lineCount ? body.length : lines.lineStart(to));
    return cache.get(src, s => blockTokens(md, s));
  };
  const out: Chunk[] = [];
  let k = 0;
  while (k < bounds.length - 1) {
    const from = bounds[k];
    let step = 1;
    let next = k + 1;
    let tokens = parse(from, bounds[next]);
    while (next < bounds.length - 1 && openAtEnd(tokens, bounds[next] - from)) {
      next = Math.min(bounds.length - 1, next + step);
      step *= 2;
      tokens = parse(from, bounds[next]);
    }
    out.push({ line: from, tokens });
    k = next;
  }
  return out;
}
