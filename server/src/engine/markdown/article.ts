/**
 * Parses an article: front matter, prose blocks, claim blocks in both forms (```claim fences and
 * <!-- claim ... --> comments) with the block each annotates, and suppression comments.
 * Block structure comes from markdown-it (line maps); every offset is into the original text.
 */
import MarkdownIt from 'markdown-it';
import { isMap, isScalar, Node } from 'yaml';
import { DateSpan, parseIsoDate } from '../dates/calendar';
import { LineIndex } from '../text/lines';
import type { DocumentMemo } from '../reuse';
import { parseInChunks } from './chunks';
import type { Finding } from '../types';
import { OffsetMap, parseYaml, YamlReader } from '../yaml/read';

export type BlockKind = 'paragraph' | 'heading' | 'list_item' | 'blockquote' | 'table';

export interface Block { kind: BlockKind; start: number; end: number }

export interface ClaimBlock {
  form: 'fence' | 'comment';
  /** The whole block, fences or comment markers included. */
  start: number;
  end: number;
  /** The YAML inside, and how its offsets map into the article. */
  yaml: string;
  map: OffsetMap;
  /** The block it annotates (nearest preceding paragraph, list item, block quote, heading or table). */
  passage?: Block;
}

export interface Suppression { kind: 'next-line' | 'disable' | 'enable'; codes: string[]; start: number; end: number }

export interface FrontMatter {
  start: number;
  end: number;
  lang?: string;
  published?: DateSpan;
  publishedText?: string;
  register?: string;
}

export interface Article {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  lang: string;
  blocks: Block[];
  claimBlocks: ClaimBlock[];
  suppressions: Suppression[];
  /** Problems found while parsing (front matter YAML and schema). */
  findings: Finding[];
}

export const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
// Only the block structure is read (types, line maps, the content of inline tokens): the inline
// parse of every paragraph (emphasis, links, entities) and its clean-up are skipped. Block parsing
// never depends on them (link reference definitions are block rules).
md.core.ruler.disable(['inline', 'text_join']);

const FRONT_MATTER = /^(\uFEFF?)---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const FRONT_KEYS_TYPED = new Set(['lang', 'published', 'register']);

export function parseFrontMatter(text: string): { fm?: FrontMatter; findings: Finding[] } {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return { findings: [] };
  const m = FRONT_MATTER.exec(text);
  if (!m || m.index !== 0) {
    const first = /^\uFEFF?---[ \t]*(?=\r?\n)/.exec(text);
    // "---" then "key: value" lines and no closing "---": front matter that was never closed.
    if (first && /^[A-Za-z_][\w-]*:/m.test(text.slice(first[0].length).split(/\r?\n\r?\n/, 1)[0])) {
      return { findings: [{ code: 'yaml-syntax', severity: 'warning', start: first.index + (text[0] === '\uFEFF' ? 1 : 0), end: first[0].length,
        message: 'Front matter starts with "---" but is not closed by a "---" line; it is read as Markdown.', messageId: 'front-matter-unclosed' }] };
    }
    return { findings: [] };
  }
  const contentStart = m[1].length + m[0].slice(m[1].length).indexOf('\n') + 1;
  const contentText = m[2];
  const fm: FrontMatter = { start: 0, end: m[0].length };
  const { doc, errors } = parseYaml(contentText, o => contentStart + o);
  if (errors.some(e => e.severity === 'error')) return { fm, findings: errors };
  const r = new YamlReader(o => contentStart + o);
  if (isMap(doc.contents)) {
    for (const { key, value } of r.entries(doc.contents, 'front matter')) {
      if (!FRONT_KEYS_TYPED.has(key)) continue;
      if (key === 'lang') {
        const v = r.string(value, 'lang');
        if (v && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v)) r.schema(`lang "${v}" is not a BCP 47 language tag (ar, en, ...)`, value, 'error', { messageId: 'lang-not-tag', args: { value: v } });
        else if (v) fm.lang = v.toLowerCase();
      } else if (key === 'published') {
        const raw = value && isScalar(value) ? value.value : undefined;
        const span = parseIsoDate(raw);
        if (!span || span.precision !== 'day') r.schema('published must be a full ISO date such as 2018-01-17', value as Node, 'error', { messageId: 'published-not-day' });
        else { fm.published = span; fm.publishedText = String(raw); }
      } else if (key === 'register') {
        fm.register = r.string(value, 'register');
      }
    }
  } else if (doc.contents) {
    r.schema('front matter must be a mapping of keys', doc.contents as Node, 'error', { messageId: 'front-matter-not-mapping' });
  }
  return { fm, findings: [...errors, ...r.findings] };
}

/**
 * The front matter's `register:` value (what finding an article's register needs), without
 * reading the YAML when its text cannot name one: no "register" in it, nor a "\\" escape.
 */
export function frontMatterRegister(text: string): string | undefined {
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return undefined;
  const m = FRONT_MATTER.exec(text);
  if (m && m.index === 0 && !m[2].includes('register') && !m[2].includes('\\')) return undefined;
  return parseFrontMatter(text).fm?.register;
}

const PROSE: Record<string, BlockKind> = {
  paragraph_open: 'paragraph', heading_open: 'heading', list_item_open: 'list_item',
  blockquote_open: 'blockquote', table_open: 'table',
};

/** The codes stop at "<": an unclosed comment scans on to the next one, not to the end of the text. */
const SUPPRESSION = /<!--\s*claimcheck-(disable-next-line|disable|enable)\b([^<>]*?)-->/g;
const COMMENT_CLAIM = /^<!--\s*claim(?![\w-])/;

export function detectLanguage(text: string): string {
  let ar = 0, latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return ar > latin / 4 && ar > 0 ? 'ar' : 'en';
}

/**
 * The text as the Markdown parser reads it: the front matter becomes blank lines, blanked, not
 * removed, so that line breaks keep their count ("---\n\r---" must not turn "\r" and "\n" into one
 * CRLF) and block line numbers stay right.
 */
export function markdownBody(text: string, fm: FrontMatter | undefined): string {
  return fm ? text.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + text.slice(fm.end) : text;
}

export function parseArticle(text: string, memo?: DocumentMemo): Article {
  const lines = new LineIndex(text);
  const { fm, findings } = parseFrontMatter(text);
  const body = markdownBody(text, fm);
  const chunks = parseInChunks(md, body, lines, memo?.chunks);

  const blocks: Block[] = [];
  const claimBlocks: ClaimBlock[] = [];
  const codeRanges: Array<[number, number]> = [];
  const blockRange = (map: [number, number]): [number, number] => {
    const s = lines.lineStart(map[0]);
    const lead = /^[ \t]*/.exec(text.slice(s, s + 64))![0].length;
    return [s + lead, lines.lineEnd(Math.max(map[0], map[1] - 1))];
  };

  // prev[level] = the prose block most recently closed at that nesting level.
  const prev: Array<Block | undefined> = [];
  const open: Array<Block | undefined> = [];
  for (const chunk of chunks) for (const t of chunk.tokens) {
    // The token's line map in the article (a piece's maps count from its first line).
    const map: [number, number] | null = t.map ? [t.map[0] + chunk.line, t.map[1] + chunk.line] : null;
    if (t.nesting === 1) {
      prev.length = t.level + 1; // entering a container: nothing precedes inside it yet
      const kind = PROSE[t.type];
      if (kind && map) {
        const [start, end] = blockRange(map);
        open[t.level] = { kind, start, end };
      } else open[t.level] = undefined;
      continue;
    }
    if (t.nesting === -1) {
      const b = open[t.level];
      if (b) { blocks.push(b); prev[t.level] = b; }
      else if ((t.type === 'bullet_list_close' || t.type === 'ordered_list_close') && prev[t.level + 1]) prev[t.level] = prev[t.level + 1];
      prev.length = t.level + 1;
      continue;
    }
    if (t.type === 'inline' && map) {
      // A paragraph or heading starts at its text, after list markers, "> " and "#".
      const b = open[t.level - 1];
      const nl = t.content.indexOf('\n');
      const first = nl < 0 ? t.content : t.content.slice(0, nl);
      if (b && first) b.start = Math.max(b.start, lines.lineEnd(map[0]) - first.length - trailing(text, lines.lineEnd(map[0])));
      continue;
    }
    if (!map) continue;
    const [start, end] = blockRange(map);
    if (t.type === 'fence' || t.type === 'code_block') codeRanges.push([start, end]);
    if (t.type === 'fence' && t.info.trim().split(/\s+/)[0] === 'claim') {
      const contentLines = t.content.split('\n');
      if (contentLines[contentLines.length - 1] === '') contentLines.pop();
      const lineStarts: number[] = [];
      const srcStarts: number[] = [];
      let acc = 0;
      contentLines.forEach((c, i) => {
        lineStarts.push(acc);
        acc += c.length + 1;
        const L = map[0] + 1 + i;
        srcStarts.push(Math.max(lines.lineStart(L), lines.lineEnd(L) - c.length));
      });
      const offsetMap: OffsetMap = o => {
        if (!lineStarts.length) return lines.lineEnd(map[0]);
        let i = lineStarts.length - 1;
        while (i > 0 && lineStarts[i] > o) i--;
        const lineLen = contentLines[i].length;
        return srcStarts[i] + Math.min(o - lineStarts[i], lineLen);
      };
      claimBlocks.push({ form: 'fence', start, end, yaml: t.content, map: offsetMap, passage: prev[t.level] });
    } else if (t.type === 'html_block' && COMMENT_CLAIM.test(t.content.trimStart())) {
      const open = text.indexOf('<!--', start);
      const yamlStart = text.indexOf('claim', open) + 'claim'.length;
      let close = text.indexOf('-->', yamlStart);
      if (close < 0 || close > end) {
        findings.push({ code: 'yaml-syntax', severity: 'error', start: open, end: Math.min(end, yamlStart), message: 'This <!-- claim comment is not closed by "-->"; it is not read.', messageId: 'claim-comment-unclosed' });
        continue;
      }
      claimBlocks.push({ form: 'comment', start, end, yaml: text.slice(yamlStart, close), map: o => yamlStart + o, passage: prev[t.level] });
    }
  }

  const suppressions: Suppression[] = [];
  SUPPRESSION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUPPRESSION.exec(text))) {
    const at = m.index;
    if (codeRanges.some(([s, e]) => at >= s && at < e)) continue;
    const kind = m[1] === 'disable-next-line' ? 'next-line' : (m[1] as 'disable' | 'enable');
    suppressions.push({ kind, codes: m[2].trim().split(/[\s,]+/).filter(Boolean), start: at, end: at + m[0].length });
  }

  const lang = fm?.lang ?? detectLanguage(text.slice(fm?.end ?? 0));
  return { text, lines, frontMatter: fm, lang, blocks, claimBlocks, suppressions, findings };
}

/** Trailing spaces and closing "#"s that markdown-it leaves out of a line's inline content. */
function trailing(text: string, lineEnd: number): number {
  let n = 0;
  while (lineEnd - n > 0 && /[ \t#]/.test(text[lineEnd - n - 1])) n++;
  return n;
}

