/** Word lists from data/lexicon.json, folded for matching (see text/fold.ts). */
import raw from './lexicon.json';
import { foldKey } from '../text/fold';

type Entry = string | string[];
const list = (e: Entry): string[] => (Array.isArray(e) ? e : [e]);

/** Legacy Libyan month names that are also common words (summer, water, birds, spring...) are left out. */
const AMBIGUOUS_MONTH_WORDS = new Set(['الربيع', 'الطير', 'الماء', 'الصيف', 'ناصر', 'الفاتح'].map(foldKey));

function monthTable(series: Record<string, Entry[]>): Map<string, number> {
  const table = new Map<string, number>();
  for (const months of Object.values(series)) {
    months.forEach((entry, i) => {
      for (const name of list(entry)) {
        const key = foldKey(name);
        if (!AMBIGUOUS_MONTH_WORDS.has(key) && !table.has(key)) table.set(key, i + 1);
      }
    });
  }
  return table;
}

/** Folded Arabic Gregorian month name -> month number, every regional series. */
export const AR_MONTHS = monthTable(raw.gregorianMonths as Record<string, Entry[]>);

/** Folded Hijri month name -> month number. */
export const HIJRI_MONTHS = monthTable({ hijri: raw.hijriMonths as Entry[] });

export const EN_MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const ERA = {
  hijri: raw.eraMarkers.hijri.map(foldKey),
  gregorian: raw.eraMarkers.gregorian.map(foldKey),
};

export const AR_WEEKDAYS: string[][] = (raw.weekdays as Entry[]).map(e => list(e).map(foldKey));
export const AR_PROCLITICS = raw.proclitics.map(foldKey);
export const lexicon = raw;
