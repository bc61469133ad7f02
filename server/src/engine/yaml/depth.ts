/**
 * A nesting limit for YAML, checked before parsing. The `yaml` composer recurses once per level, so
 * a text nested thousands of levels deep ("[[[[…", or ever deeper indentation) runs it out of stack,
 * at a depth that depends on where it was called from. A register or claim block is a few levels
 * deep; anything deeper than MAX_YAML_DEPTH is refused, the same way every time, with its place.
 *
 * The scan is linear and approximate on purpose: it counts flow brackets outside quotes and
 * comments, the indentation levels open at each line (block scalars skipped), "- " / "? " markers
 * that open nested collections on one line, and each "key: " after the first on a line ("a: b: c:
 * …", an error that the parser still recurses into once per key).
 */
export const MAX_YAML_DEPTH = 64;

const SP = 32, TAB = 9, NL = 10, CR = 13, HASH = 35, DQ = 34, SQ = 39, DASH = 45, QUESTION = 63, COLON = 58, COMMA = 44;
const LBRACKET = 91, RBRACKET = 93, LBRACE = 123, RBRACE = 125, PIPE = 124, GT = 62, BACKSLASH = 92;

/** Offset where nesting first goes deeper than `max` levels, else -1. */
export function excessiveNesting(text: string, max = MAX_YAML_DEPTH): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let scalarIndent = -1; // inside a block scalar ("|", ">") whose key line had this indentation
  let i = 0;
  while (i < n) {
    let col = 0;
    while (i < n && text.charCodeAt(i) === SP) { i++; col++; }
    const first = text.charCodeAt(i);
    const blank = i >= n || first === NL || first === CR || first === HASH;
    if (scalarIndent >= 0 && (blank || col > scalarIndent)) { i = lineEnd(text, i) + 1; continue; }
    scalarIndent = -1;
    if (blank) { i = lineEnd(text, i) + 1; continue; }
    let markers = 0, keys = 0;
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      let k = i;
      for (let m = text.charCodeAt(k); (m === DASH || m === QUESTION) && (text.charCodeAt(k + 1) === SP || text.charCodeAt(k + 1) === TAB); m = text.charCodeAt(k)) {
        markers++;
        k += 2;
        while (text.charCodeAt(k) === SP || text.charCodeAt(k) === TAB) k++;
      }
      if (indents.length + markers > max) return i;
    }
    // The rest of the line: flow brackets, skipping quoted scalars and comments.
    let eol = lineEnd(text, i);
    let tokenStart = true;
    for (; i < eol; i++) {
      const c = text.charCodeAt(i);
      // Most characters are none of those below: they only end a token.
      if (c >= ORDINARY.length || ORDINARY[c] === 1) { tokenStart = false; continue; }
      if (c === HASH && tokenStart) { i = eol; break; }
      if ((c === DQ || c === SQ) && tokenStart) {
        i = closingQuote(text, i, col);
        if (i >= eol) eol = lineEnd(text, i); // a quoted scalar may go on over lines
        tokenStart = false;
        continue;
      }
      if (c === LBRACKET || c === LBRACE) {
        flow++;
        if (indents.length + flow > max) return i;
      } else if ((c === RBRACKET || c === RBRACE) && flow > 0) flow--;
      else if (c === COLON && flow === 0) {
        const next = text.charCodeAt(i + 1);
        if ((i + 1 === eol || next === SP || next === TAB || next === CR) && ++keys > 1 && indents.length + markers + keys - 1 > max) return i;
      } else if ((c === PIPE || c === GT) && flow === 0 && tokenStart) {
        BLOCK_SCALAR.lastIndex = i;
        if (BLOCK_SCALAR.test(text)) { scalarIndent = indents[indents.length - 1] ?? 0; i = eol; break; }
      }
      tokenStart = c === SP || c === TAB || c === COMMA || c === LBRACKET || c === LBRACE || c === COLON || c === DASH || c === QUESTION;
    }
    i = eol + 1; // past the line break
  }
  return -1;
}

/** Characters the line scan of excessiveNesting needs not look at (1), below the last it does (}). */
const ORDINARY = (() => {
  const t = new Uint8Array(RBRACE + 1).fill(1);
  for (const c of [SP, TAB, HASH, DQ, SQ, DASH, QUESTION, COLON, COMMA, LBRACKET, RBRACKET, LBRACE, RBRACE, PIPE, GT]) t[c] = 0;
  return t;
})();

/** A block scalar header ("|", ">-", "|2 # comment") up to the end of its line. */
const BLOCK_SCALAR = /[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?(?=\n|$)/y;

function lineEnd(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/**
 * Index of the quote that closes the one at `i` (the last index scanned when there is none). Like
 * yaml, a quoted scalar goes on over the next lines only while they are blank or indented more than
 * its line (`col`): else it ends before the line break (an error), and what follows is read as YAML.
 */
function closingQuote(text: string, i: number, col: number): number {
  const q = text.charCodeAt(i);
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (q === DQ && c === BACKSLASH) { k++; continue; }
    if (c === q) {
      if (q === SQ && text.charCodeAt(k + 1) === SQ) { k++; continue; }
      return k;
    }
    if (c === NL) {
      let j = k + 1;
      while (text.charCodeAt(j) === SP) j++;
      const d = text.charCodeAt(j);
      if (j < text.length && d !== NL && d !== CR && j - k - 1 <= col) return k - 1;
    }
  }
  return text.length - 1;
}
