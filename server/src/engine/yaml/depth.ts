/**
 * A nesting limit for YAML, checked before parsing. The `yaml` composer recurses once per level, so
 * a text nested thousands of levels deep ("[[[[…", or ever deeper indentation) runs it out of stack,
 * at a depth that depends on where it was called from. A register or claim block is a few levels
 * deep; anything deeper than MAX_YAML_DEPTH is refused, the same way every time, with its place.
 *
 * The scan is linear and approximate on purpose: it counts flow brackets outside quotes and
 * comments, the indentation levels open at each line (block scalars skipped), and "- " / "? "
 * markers that open nested collections on one line.
 */
export const MAX_YAML_DEPTH = 64;

/** Offset where nesting first goes deeper than `max` levels, else -1. */
export function excessiveNesting(text: string, max = MAX_YAML_DEPTH): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let scalarIndent = -1; // inside a block scalar ("|", ">") whose key line had this indentation
  let i = 0;
  while (i < n) {
    let col = 0;
    while (i < n && text[i] === ' ') { i++; col++; }
    const blank = i >= n || text[i] === '\n' || text[i] === '\r' || text[i] === '#';
    if (scalarIndent >= 0 && (blank || col > scalarIndent)) { i = lineEnd(text, i) + 1; continue; }
    scalarIndent = -1;
    if (blank) { i = lineEnd(text, i) + 1; continue; }
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      let k = i, markers = 0;
      while ((text[k] === '-' || text[k] === '?') && (text[k + 1] === ' ' || text[k + 1] === '\t')) {
        markers++;
        k += 2;
        while (text[k] === ' ' || text[k] === '\t') k++;
      }
      if (indents.length + markers > max) return i;
    }
    // The rest of the line: flow brackets, skipping quoted scalars and comments.
    let eol = lineEnd(text, i);
    let tokenStart = true;
    for (; i < eol; i++) {
      const c = text[i];
      if (c === '#' && tokenStart) { i = eol; break; }
      if ((c === '"' || c === "'") && tokenStart) {
        i = closingQuote(text, i);
        if (i >= eol) eol = lineEnd(text, i); // a double-quoted scalar may go on over lines
        tokenStart = false;
        continue;
      }
      if (c === '[' || c === '{') {
        flow++;
        if (indents.length + flow > max) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if ((c === '|' || c === '>') && flow === 0 && tokenStart) {
        BLOCK_SCALAR.lastIndex = i;
        if (BLOCK_SCALAR.test(text)) { scalarIndent = indents[indents.length - 1] ?? 0; i = eol; break; }
      }
      tokenStart = c === ' ' || c === '\t' || c === ',' || c === '[' || c === '{' || c === ':' || c === '-' || c === '?';
    }
    i = eol + 1; // past the line break
  }
  return -1;
}

/** A block scalar header ("|", ">-", "|2 # comment") up to the end of its line. */
const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?(?=\n|$)/y;

function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/** Index of the quote that closes the one at `i` (the last index scanned when there is none). */
function closingQuote(text: string, i: number): number {
  const q = text[i];
  for (let k = i + 1; k < text.length; k++) {
    if (q === '"' && text[k] === '\\') { k++; continue; }
    if (text[k] === q) {
      if (q === "'" && text[k + 1] === "'") { k++; continue; }
      return k;
    }
  }
  return text.length - 1;
}
