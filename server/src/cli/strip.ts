/**
 * Publication-ready Markdown: the article without its claim blocks (```claim fences and
 * <!-- claim … --> comments) and without claimcheck suppression comments. Every other byte is
 * kept; a block on its own lines is removed with its line breaks, together with the blank line
 * that separated it from its passage, so no extra blank lines are left behind.
 */
import { LineIndex, parseArticle } from '../engine/index';

const BLANKISH = /^[ \t>]*$/;

export function stripText(text: string): string {
  const article = parseArticle(text);
  const lines = new LineIndex(text);
  const lineText = (l: number) => text.slice(lines.lineStart(l), lines.lineEnd(l));
  const removedLines = new Set<number>();
  const inline: Array<[number, number]> = [];
  const regions = [
    ...article.claimBlocks.map(b => ({ start: b.start, end: b.end, block: true })),
    ...article.suppressions.map(s => ({ start: s.start, end: s.end, block: false })),
  ].sort((a, b) => a.start - b.start);

  for (const r of regions) {
    const l0 = lines.lineOf(r.start);
    const l1 = lines.lineOf(Math.max(r.start, r.end - (r.end > r.start && /[\r\n]/.test(text[r.end - 1]) ? 1 : 0)));
    const before = text.slice(lines.lineStart(l0), r.start);
    const after = text.slice(r.end, lines.lineEnd(l1));
    if (BLANKISH.test(before) && (r.block || /^[ \t]*$/.test(after))) {
      for (let l = l0; l <= l1; l++) removedLines.add(l);
      const next = l1 + 1 < lines.lineCount && !(l1 + 1 === lines.lineCount - 1 && lines.lineStart(l1 + 1) === text.length) ? l1 + 1 : undefined;
      const nextBlank = next === undefined || BLANKISH.test(lineText(next));
      if (l0 > 0 && !removedLines.has(l0 - 1) && BLANKISH.test(lineText(l0 - 1)) && nextBlank) removedLines.add(l0 - 1);
      else if (l0 === 0 && next !== undefined && /^[ \t]*$/.test(lineText(next))) removedLines.add(next);
    } else {
      // A comment inside a line of prose: remove it and one space beside it.
      let s = r.start, e = r.end;
      if (text[s - 1] === ' ' && (e === text.length || /[ \r\n]/.test(text[e]))) s--;
      else if (text[e] === ' ') e++;
      inline.push([s, e]);
    }
  }

  const cuts: Array<[number, number]> = [...inline];
  for (const l of removedLines) cuts.push([lines.lineStart(l), l + 1 < lines.lineCount ? lines.lineStart(l + 1) : text.length]);
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of cuts) {
    if (e <= at) continue;
    out += text.slice(at, Math.max(at, s));
    at = Math.max(at, e);
  }
  out += text.slice(at);
  // A removed last line leaves the previous line's break dangling only if the file had none at its end.
  if (!/[\r\n]$/.test(text) && /[\r\n]$/.test(out) && removedLines.has(lines.lineCount - 1)) out = out.replace(/\r?\n$|\r$/, '');
  return out;
}
