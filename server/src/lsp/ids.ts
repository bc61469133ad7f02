/**
 * New register ids from prose: kebab-case from the first words of a sentence. Latin letters lose
 * their accents; Arabic is transliterated letter by letter (ids are ASCII), so a claim added from
 * an Arabic passage still gets a readable id.
 */
const ARABIC: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j',
  'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't',
  'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ڤ': 'v', 'ق': 'q', 'ك': 'k', 'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a', 'ی': 'y', 'پ': 'p', 'چ': 'ch',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

import { words } from './words';

/** One word in ASCII lower case, or '' when nothing is left. */
function ascii(word: string): string {
  const latin = [...word].map(ch => ARABIC[ch] ?? ch).join('');
  return latin.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A kebab-case id from the first content words of `text` that `taken` does not hold yet. */
export function newId(text: string, taken: (id: string) => boolean, maxWords = 5): string {
  const parts = words(text).map(ascii).filter(Boolean).slice(0, maxWords);
  const base = parts.join('-').slice(0, 48).replace(/-+$/, '') || 'claim';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
