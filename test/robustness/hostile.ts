/**
 * Hostile input for the robustness tests: fast-check arbitraries for Markdown articles, claim
 * blocks, registers and Unicode that editors and copy-paste produce (bidi marks, surrogate pairs
 * and lone halves, combining marks, Arabic diacritics and tatweel, Eastern digits, CRLF, BOM, NUL),
 * random and mutated from the real examples; and the checks every finding must pass.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CODES, Finding } from '../../server/out/engine/index.js';
import { REPO } from '../helpers/repo';

export const EXAMPLES = path.join(REPO, 'examples');
export const REGISTER_FILE = path.join(EXAMPLES, 'claims.yaml');

/** Every Markdown file under examples/ and the shared fixtures: the seeds that mutation starts from. */
export function seedArticles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(EXAMPLES);
  walk(path.resolve(REPO, '..', 'shared', 'fixtures'));
  return out;
}

// ---------------------------------------------------------------- pieces

/** Characters and short strings that break naive text handling. */
export const UNICODE_HOSTILE = [
  '\u200F', '\u200E', '\u202B', '\u202E', '\u202C', '\u2067', '\u2069', '\u061C', // bidi marks, embeddings, isolates
  '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width, BOM, soft hyphen
  '😀', '𝕏', '👩‍👩‍👧', '🇸🇾', '\uD83D\uDE00', // surrogate pairs, ZWJ sequence, flag
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD800b', '\uDC00\uD800', // lone and reversed surrogates
  'e\u0301', '\u0301', '\u0301\u0301\u0301', '\u064B\u064B', 'بِسْمِ', 'ـــ', 'قـــال', 'آذار', 'إبريل', 'ى', 'ة', // combining marks, harakat, tatweel, hamza forms
  '٢٠١٣', '۲۰۱۳', '١٩٩٠', '٣١', '٠٩', // Eastern Arabic and Persian digits
  '\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085', '\t', '\u00A0', '\u202F', '\u3000', // line and space variants
  '\u0000', '\u0001', '\u001B[31m', '\u007F', '\uFFFD', '\uFFFE', '\uFFFF', // controls and non-characters
];

const MARKDOWN = [
  '\n', '\n\n', '# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '    ', '```', '```\n', '~~~', '```claim\n', '```claim', '\n```\n',
  '<!-- claim ', '<!-- claim\n', '-->', '<!--', '<!-- claimcheck-disable ', '<!-- claimcheck-enable -->',
  '<!-- claimcheck-disable-next-line date-mismatch -->', '<!-- claimcheck-disable-next-line -->', '---\n', '---', '...\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n', '|', '[', ']', '](', ')', '[link](http://example.org)', '`', '``', '*', '_', '**',
  '<', '>', '<b>', '</b>', '<div>\n', '&amp;', '\\', '![img](x.png)', 'https://example.org/a_(b)', '***\n', '===\n',
];

const WORDS = [
  'The', 'meeting', 'was', 'held', 'in', 'on', 'of', 'the', 'said', 'says', 'told', 'added', 'according to', ', saying', 'he', 'she',
  'Washington', 'Moscow', 'Vienna', 'Lavrov', 'Tillerson', 'Huntsman', 'Jon Huntsman', 'Sergey Lavrov', 'Tefft', 'Tilerson',
  'US ambassador to Russia', 'the American ambassador', 'former', 'then', 'yesterday', 'last week', 'next Monday', 'last Sunday',
  'more than 20 years ago', 'a decade ago', 'today', 'in 2013', 'in 2012', '2013', '2012', '1990s', 'the 2022 World Cup',
  'January', 'August', 'May', 'March 2014', '9 August 2013', 'August 9, 2013', '8-9 August 2013', '2013-08-09', '9/8/2013',
  '1434 AH', 'Ramadan 1434', 'per cent', '%', '2000 troops', 'between 2010 and 2013', 'from 2000 to 3000',
  'وقال', 'قال', 'لافروف', 'سيرغي لافروف', 'هانتسمان', 'تيلرسون', 'السفير الأمريكي', 'في', 'عام', 'منذ', 'قبل', 'أمس', 'اليوم',
  'الأسبوع الماضي', 'يوم الأحد الماضي', 'قبل أكثر من 20 عاما', 'واحد', 'عقد', 'في واشنطن', 'بفيينا', 'بحسب', 'نقلت', 'عن', 'إن', 'أن',
  'كانون الثاني', 'آذار/ مارس', 'يناير', 'جانفي', 'يوليوز', 'آب/ أغسطس', '9 آب 2013', 'رمضان 1434 هـ', '1434 هـ', 'ميلادية',
  '"', '«', '»', '“', '”', '„', '’', "'", '.', ',', '،', '؟', '!', '…', ';', ':', '(', ')', '-', '–', '—', '/',
];

/** Claim ids and entity ids of examples/claims.yaml, and near misses. */
const IDS = [
  'last-2plus2-meeting', 'huntsman-meeting-in-preparation', 'huntsman-nothing-to-announce', 'last-meetin', 'last-2plus2-meetng',
  'huntsman', 'lavrov', 'washington', 'vienna', 'moscow', 'crimea', 'no-such-claim', 'Last-2Plus2-Meeting', '', '-', '😀',
];
const BLOCK_KEYS = ['ref', 'date', 'place', 'speaker', 'quote', 'ignore', 'refs', 'Date', 'ref ', '?', '- ref'];
const BLOCK_VALUES = [
  ...IDS, '2013', '2012', '2013-08', '2013-08-09', '2013-02-30', '2013/2014', '2014/2013', '١٩٩٠', 'null', '~', 'true', '[a, b]',
  '[last-2plus2-meeting, huntsman-nothing-to-announce]', '{ a: 1 }', '"quoted"', "'single'", '|\n  block', '&a x', '*a', '!!binary x',
  '[[[[', '{{{', '"unclosed', '[date-mismatch, unknown-code]', 'date-mismatch',
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A claim block, well formed or not, in either form. */
export const claimBlock = fc.tuple(
  fc.array(fc.tuple(pick(BLOCK_KEYS), pick(BLOCK_VALUES)), { minLength: 0, maxLength: 4 }),
  fc.boolean(), fc.boolean(), fc.boolean(),
).map(([pairs, comment, list, crlf]) => {
  const body = pairs.map(([k, v], i) => `${list ? (i === 0 ? '- ' : '  ') : ''}${k}: ${v}`).join('\n');
  const block = comment ? `<!-- claim ${body} -->` : '```claim\n' + body + '\n```';
  return '\n\n' + (crlf ? block.replace(/\n/g, '\r\n') : block) + '\n\n';
});

/** Random text from any code unit, lone surrogates included. */
export const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c)), maxLength: 40 });

const piece = fc.oneof(
  { weight: 8, arbitrary: pick(WORDS).map(w => w + ' ') },
  { weight: 4, arbitrary: pick(MARKDOWN) },
  { weight: 3, arbitrary: pick(UNICODE_HOSTILE) },
  { weight: 2, arbitrary: claimBlock },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const FRONT_MATTER = fc.constantFrom(
  '', '---\nlang: en\npublished: 2018-01-17\n---\n\n', '---\nlang: ar\npublished: 2018-01-17\n---\n\n', '\uFEFF---\nlang: ar\n---\n',
  '---\r\nlang: en\r\npublished: 2018-01-17\r\n---\r\n', '---\nlang: [en\n---\n', '---\npublished: 2018-13-45\n---\n', '---\n',
  '---\nregister: ../../nowhere.yaml\n---\n', '---\n- a\n---\n', '---\nlang: x-\u200F\npublished: ٢٠١٨-٠١-١٧\n---\n',
);

/** A random article built from Markdown, prose in both languages, claim blocks and hostile Unicode. */
export const generatedArticle = fc.tuple(FRONT_MATTER, fc.array(piece, { maxLength: 60 })).map(([fm, parts]) => fm + parts.join(''));

/** An edit applied to a seed text; positions are fractions of its length. */
const edit = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.double({ min: 0, max: 1, noNaN: true }), piece),
  fc.tuple(fc.constant('delete' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })),
  fc.tuple(fc.constant('duplicate' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 })),
  fc.tuple(fc.constant('crlf' as const), fc.constant(0), fc.constant(0)),
);

export function applyEdits(seed: string, edits: Array<['insert' | 'delete' | 'duplicate' | 'crlf', number, string | number]>): string {
  let t = seed;
  for (const [kind, at, arg] of edits) {
    const i = Math.floor(at * t.length);
    if (kind === 'insert') t = t.slice(0, i) + arg + t.slice(i);
    else if (kind === 'delete') t = t.slice(0, i) + t.slice(i + (arg as number)); // may split a surrogate pair: that is hostile input too
    else if (kind === 'duplicate') t = t.slice(0, i + (arg as number)) + t.slice(i);
    else t = t.replace(/\r?\n/g, '\r\n');
  }
  return t;
}

/** A real article with random edits. */
export function mutatedArticle(seeds: string[]) {
  return fc.tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([k, edits]) => applyEdits(seeds[k], edits as Array<['insert' | 'delete' | 'duplicate' | 'crlf', number, string | number]>));
}

// ---------------------------------------------------------------- registers

const REG_IDS = ['a', 'b', 'last-2plus2-meeting', 'huntsman', 'us-ambassador', 'Bad Id', '😀', '-x', 'x-', 'washington', ''];
const REG_SCALARS = [
  'Jon Huntsman', 'هانتسمان', 'واشنطن', '2013', '2013-08-09', '2013-08', '2013/2014', '2014/2013', '2013-02-30', 'verified', 'false',
  'disputed', 'retracted', 'maybe', 'person', 'place', 'spaceship', '"quoted: value"', "'it''s'", '~', 'null', '[]', '{}', '*a', '&a x',
  '\u200F', '😀', '\uD800', 'e\u0301', '٢٠١٣', '|', '>', '[x, y', '{ en: [A, B], ar: [ب] }', '!!str 5', '0x1F', '.inf',
];
const REG_KEYS = ['version', 'include', 'entities', 'roles', 'claims', 'names', 'type', 'role', 'from', 'to', 'statement', 'date',
  'place', 'speaker', 'quote', 'status', 'reviewed', 'by', 'on', 'source', 'url', 'en', 'ar', 'participants', 'note', 'junk', '? x', '<<'];

type Tree = string | { seq: Tree[] } | { map: Array<[string, Tree]> };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pick(REG_SCALARS),
    fc.array(tie('node'), { maxLength: 3 }).map(seq => ({ seq })),
    fc.array(fc.tuple(fc.oneof(pick(REG_KEYS), pick(REG_IDS)), tie('node')), { maxLength: 4 }).map(map => ({ map })),
  ),
})).node;

function render(t: Tree, indent: string, flow: boolean): string {
  if (typeof t === 'string') return t;
  if ('seq' in t) {
    if (flow || !t.seq.length) return `[${t.seq.map(v => render(v, indent, true)).join(', ')}]`;
    return t.seq.map(v => `\n${indent}- ${render(v, indent + '  ', true)}`).join('');
  }
  if (flow || !t.map.length) return `{ ${t.map.map(([k, v]) => `${k}: ${render(v, indent, true)}`).join(', ')} }`;
  return t.map.map(([k, v]) => `\n${indent}${k}:${typeof v === 'string' ? ' ' + v : render(v, indent + '  ', false)}`).join('');
}

/** A register text: a plausible skeleton with random trees under its sections, block or flow style. */
export const generatedRegister = fc.tuple(
  fc.array(fc.tuple(pick(['entities', 'roles', 'claims', 'include', 'version', 'junk']), fc.array(fc.tuple(pick(REG_IDS), tree), { maxLength: 4 })), { maxLength: 4 }),
  fc.boolean(), fc.boolean(), pick(['', '\uFEFF', 'version: 1\n', '%YAML 1.2\n---\n', '---\n', '# comment\n']),
).map(([sections, flow, crlf, head]) => {
  const body = sections.map(([name, entries]) => `${name}:${render({ map: entries }, '  ', flow)}`).join('\n');
  const text = head + body + '\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
});

/** The example register with random edits. */
export function mutatedRegister(seed: string) {
  const regPiece = fc.oneof(pick(REG_SCALARS), pick(REG_KEYS.map(k => `${k}: `)), pick(UNICODE_HOSTILE), pick(['\n', '  ', '- ', '[', ']', '{', '}', ':', '#', '&a ', '*a ', '"', "'", '\t']), anyText);
  const regEdit = fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.double({ min: 0, max: 1, noNaN: true }), regPiece),
    fc.tuple(fc.constant('delete' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 })),
    fc.tuple(fc.constant('duplicate' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 300 })),
  );
  return fc.array(regEdit, { minLength: 1, maxLength: 6 }).map(edits => applyEdits(seed, edits as Array<['insert' | 'delete' | 'duplicate' | 'crlf', number, string | number]>));
}

// ---------------------------------------------------------------- what every finding must satisfy

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether `offset` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/** Problems with a finding's range, its fix's range and its fields, in `text` (empty when it is sound). */
export function rangeProblems(text: string, f: Finding, where = ''): string[] {
  const out: string[] = [];
  const check = (what: string, s: number, e: number) => {
    if (!Number.isInteger(s) || !Number.isInteger(e)) out.push(`${where}${what} ${s}-${e}: not whole numbers`);
    else if (!(0 <= s && s <= e && e <= text.length)) out.push(`${where}${what} ${s}-${e}: outside 0..${text.length}`);
    else if (splitsPair(text, s) || splitsPair(text, e)) out.push(`${where}${what} ${s}-${e}: splits a surrogate pair`);
  };
  check(`${f.code} range`, f.start, f.end);
  if (f.fix && f.fix.path === undefined) check(`${f.code} fix`, f.fix.start, f.fix.end);
  if (!(CODES as readonly string[]).includes(f.code)) out.push(`${where}unknown code ${f.code}`);
  if (!['error', 'warning', 'info', 'hint'].includes(f.severity)) out.push(`${where}bad severity ${f.severity}`);
  if (typeof f.message !== 'string' || !f.message) out.push(`${where}${f.code}: empty message`);
  return out;
}

/** A stable rendering of findings, for comparing two runs. */
export const canonical = (findings: readonly Finding[]) => JSON.stringify(findings);

/** Short, escaped text for failure messages. */
export const show = (s: string) => JSON.stringify(s.length > 300 ? s.slice(0, 300) + '…' : s);
