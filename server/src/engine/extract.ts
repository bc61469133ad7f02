/**
 * What the engine reads in an article, independent of any check: dates (absolute, relative,
 * elapsed), attributions, offices and names. Used by the evaluation corpus and by editor features.
 */
import { describe, isoOfDay } from './dates/calendar';
import { findDates } from './dates/find';
import { findRelativeDates } from './dates/relative';
import { findNames } from './checks/names';
import { parseArticle } from './markdown/article';
import type { Attribution, Office } from './prose/attribution';
import { collectPassages, documentContext } from './check';
import type { Register } from './register/model';
import { maskMarkup } from './checks/context';

export interface ExtractedDate {
  start: number;
  end: number;
  kind: 'absolute' | 'relative' | 'elapsed';
  /** First and last day of the (first) reading, ISO. */
  lo: string;
  hi: string;
  /** As written: year | month | day | span (relative and elapsed: span unless a single day). */
  precision: string;
  /** The value at its precision: 2014, 2014-03, 2014-03-18 or FROM/TO. */
  value: string;
}

export interface Extraction {
  dates: ExtractedDate[];
  attributions: Attribution[];
  offices: Office[];
  names: ReturnType<typeof findNames>;
}

export function extract(text: string, register: Register): Extraction {
  const article = parseArticle(text);
  const dates: ExtractedDate[] = [];
  const names: Extraction['names'] = [];
  const langs = new Set<'ar' | 'en'>(article.lang === 'ar' ? ['ar'] : article.lang === 'en' ? ['en'] : ['ar', 'en']);
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'table') continue;
    const masked = maskMarkup(text.slice(block.start, block.end));
    for (const m of findDates(masked, langs)) {
      const s = m.spans[0];
      dates.push({
        start: block.start + m.start, end: block.start + m.end, kind: 'absolute',
        lo: s && m.bound !== 'until' ? isoOfDay(s.lo) : '', hi: s && m.bound !== 'from' ? isoOfDay(s.hi) : '',
        precision: m.yearless ? 'yearless' : m.calendar === 'hijri' ? 'hijri' : s.precision,
        value: m.yearless ? `--${String(m.yearless.month).padStart(2, '0')}${m.yearless.day ? '-' + String(m.yearless.day).padStart(2, '0') : ''}`
          : m.bound === 'from' ? `${isoOfDay(s.lo)}/..` : m.bound === 'until' ? `../${isoOfDay(s.hi)}` : describe(s),
      });
    }
    if (article.frontMatter?.published) {
      for (const m of findRelativeDates(masked, langs, article.frontMatter.published)) {
        const s = m.spans[0];
        dates.push({
          start: block.start + m.start, end: block.start + m.end, kind: m.kind,
          lo: isoOfDay(s.lo), hi: isoOfDay(s.hi), precision: s.lo === s.hi ? 'day' : 'span', value: describe(s.lo === s.hi ? { ...s, precision: 'day' } : s),
        });
      }
    }
    for (const n of findNames(masked, register, article.lang)) names.push({ ...n, start: block.start + n.start, end: block.start + n.end });
  }
  dates.sort((a, b) => a.start - b.start);
  const doc = documentContext(article, register, collectPassages(article, register), () => undefined);
  return { dates, attributions: doc.attributions(), offices: doc.offices(), names };
}
