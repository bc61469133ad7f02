/**
 * Expected findings written into test text: ⟦code:text⟧ or ⟦code/severity:text⟧. `strip` removes
 * the markers and returns the clean text with the exact UTF-16 range of each marked text.
 */
export interface Expected { code: string; severity?: string; start: number; end: number; text: string }

const MARK = /⟦([a-z-]+)(?:\/([a-z]+))?:([\s\S]*?)⟧/g;

export function strip(marked: string): { text: string; expected: Expected[] } {
  let text = '';
  let last = 0;
  const expected: Expected[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[3];
    expected.push({ code: m[1], severity: m[2], start, end: text.length, text: m[3] });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  return { text, expected };
}
