/**
 * Folding for comparison: a folded copy of a text plus a map back to original offsets.
 * Arabic: hamza/madda alef forms -> ا, ة -> ه, ى -> ي, Persian ی/ک/ڤ/گ -> ي/ك/ف/ك, diacritics,
 * tatweel and invisible format marks dropped; Eastern Arabic and Persian digits -> ASCII;
 * Latin lower-cased (only where that keeps one code unit per character).
 */
export interface Folded {
  text: string;
  /** map[i] = original offset of folded char i; map[text.length] = original length. */
  map: Int32Array;
}

const DROP = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

function foldChar(ch: string, code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  switch (ch) {
    case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ': return 'ا';
    case 'ة': return 'ه';
    case 'ى': case 'ی': case 'ې': return 'ي';
    case 'ک': case 'گ': return 'ك';
    case 'ڤ': return 'ف';
    case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': return ' ';
  }
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06F0 && code <= 0x06F9) return String.fromCharCode(48 + code - 0x06F0);
  if (code < 0x0600 || code > 0x06FF) {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }
  return ch;
}

export function fold(text: string): Folded {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code >= 0x00AD && DROP.test(ch)) continue;
    out.push(foldChar(ch, code));
    map[n++] = i;
  }
  map[n] = text.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** Folds a short string for lookups (names, month words). */
export function foldKey(s: string): string {
  return fold(s).text.replace(/\s+/g, ' ').trim();
}

export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
