/**
 * Folding for comparison: a folded copy of a text plus a map back to original offsets.
 * Arabic: hamza/madda alef forms -> ا, ة -> ه, ى -> ي, Persian ی/ک/ڤ/گ -> ي/ك/ف/ك, diacritics,
 * tatweel and invisible format marks dropped; Eastern Arabic and Persian digits -> ASCII;
 * Latin lower-cased (only where that keeps one code unit per character).
 */
import { memoByText } from './memo';

export interface Folded {
  text: string;
  /** map[i] = original offset of folded char i; map[text.length] = original length. */
  map: Int32Array;
}

/** Code unit -> folded code unit (0 = drop), for the Arabic block and the few others that change. */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (let c = 65; c <= 90; c++) TABLE[c] = c + 32;
const set = (chars: string, to: string) => { for (const ch of chars) TABLE[ch.charCodeAt(0)] = to ? to.charCodeAt(0) : 0; };
set('أإآٱٲٳ', 'ا');
set('ة', 'ه');
set('ىیې', 'ي');
set('کگ', 'ك');
set('ڤ', 'ف');
set('\u00A0\u2002\u2003\u2009\u202F', ' ');
for (let c = 0x064B; c <= 0x065F; c++) TABLE[c] = 0; // harakat
for (let c = 0x06D6; c <= 0x06ED; c++) TABLE[c] = 0; // Quranic marks
for (let c = 0x200B; c <= 0x200F; c++) TABLE[c] = 0; // zero-width, LRM/RLM
for (let c = 0x202A; c <= 0x202E; c++) TABLE[c] = 0; // bidi embeddings
for (let c = 0x2066; c <= 0x2069; c++) TABLE[c] = 0; // bidi isolates
set('\u0670\u0640\uFEFF\u00AD', ''); // superscript alef, tatweel, BOM, soft hyphen
for (let i = 0; i < 10; i++) { TABLE[0x0660 + i] = 48 + i; TABLE[0x06F0 + i] = 48 + i; }
// Other letters: lower-case where it stays one code unit.
for (let c = 0x00C0; c < 0x0600; c++) {
  if (TABLE[c] !== c) continue;
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1) TABLE[c] = lower.charCodeAt(0);
}

const CHUNK = 8192;

/** The folded copy of `text` (cached: callers must not modify the result). */
export const fold = memoByText(foldText);

/** The folded code units of a text up to this long are written here before they become a string (one buffer, not one per text). */
const scratch = new Uint16Array(1 << 16);

/** The folded copy of `text`, computed (fold() is the cached form). */
export function foldText(text: string): Folded {
  const n = text.length;
  const map = new Int32Array(n + 1);
  const codes = n <= scratch.length ? scratch : new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = TABLE[text.charCodeAt(i)];
    if (f === 0) continue;
    codes[k] = f;
    map[k++] = i;
  }
  map[k] = n;
  let out = '';
  for (let i = 0; i < k; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + CHUNK)) as unknown as number[]);
  return { text: out, map: map.subarray(0, k + 1) };
}

/** Folds a short string for lookups (names, month words). */
export function foldKey(s: string): string {
  return fold(s).text.replace(/\s+/g, ' ').trim();
}

export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

