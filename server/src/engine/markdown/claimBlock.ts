/** Reads the YAML of one claim block into entries with the offsets of every value. */
import { isMap, isSeq, Node, YAMLSeq } from 'yaml';
import { capFindings } from '../cap';
import { DateSpan, parseIsoDate } from '../dates/calendar';
import { CODES, Finding } from '../types';
import { parseYaml, YamlReader } from '../yaml/read';
import type { ClaimBlock } from './article';

export interface Located { value: string; start: number; end: number }

export interface BlockEntry {
  refs: Located[];
  /** True when the entry has a `ref` key at all (a block without one declares an unregistered claim). */
  hasRef: boolean;
  date?: Located & { span?: DateSpan };
  place?: Located;
  speaker?: Located;
  quote?: Located;
  ignore: string[];
  start: number;
  end: number;
}

const KEYS = ['ref', 'date', 'place', 'speaker', 'quote', 'ignore'];

/**
 * At most this many findings for one claim block: a block pasted with hundreds of YAML errors (or
 * an alias bomb, one finding per alias) gets the first ones and a line saying how many more there
 * are, instead of burying the article's other findings (see cap.ts).
 */
export const MAX_BLOCK_FINDINGS = 50;

export function readClaimBlock(block: ClaimBlock): { entries: BlockEntry[]; findings: Finding[] } {
  const r = readSimple(block) ?? readYaml(block);
  const findings = capFindings(r.findings, MAX_BLOCK_FINDINGS, 'block-more-findings', more => `${more} more problems in this claim block are not shown; fix the ones above first.`);
  return findings === r.findings ? r : { entries: r.entries, findings };
}

// ---------- the common case without the YAML library
// Most blocks are a few `key: value` lines with ids and ISO dates ("ref: last-2plus2-meeting",
// "ref: [a, b]", "date: 2013"). Those are read directly, with the same result as YAML would give;
// anything else (quotes, comments, lists of mappings, odd scalars) goes to the YAML reader.

const SIMPLE_LINE = /^([a-z]+):[ \t]+(.*?)[ \t]*$/;
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;
/** Plain scalars YAML would not read as the same string ("null", "true", "0x1F", "1e3", "007"). */
const SPECIAL = /^(?:null|~|true|false|yes|no|on|off|y|n|\.inf|\.nan)$|^[+-]?(?:0[0-9]|0x|0o|\d+(?:\.\d*)?e|\.)|^[0-9._]+$/i;
const FAST_KEYS = new Set(['ref', 'date', 'place', 'speaker', 'ignore']);

function plain(v: string, key: string): boolean {
  if (key === 'date') return ISO.test(v);
  return PLAIN_ID.test(v) && !SPECIAL.test(v);
}

export function readSimple(block: ClaimBlock): { entries: BlockEntry[]; findings: Finding[] } | undefined {
  const yaml = block.yaml;
  if (yaml.length > 2000 || /["'#&*!|>%@`{}]/.test(yaml)) return undefined;
  const entry: BlockEntry = { refs: [], hasRef: false, ignore: [], start: -1, end: -1 };
  const seen = new Set<string>();
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() === '') continue;
    const m = SIMPLE_LINE.exec(text);
    if (!m || !FAST_KEYS.has(m[1]) || seen.has(m[1]) || m[2] === '') return undefined;
    const key = m[1];
    seen.add(key);
    const valueAt = lineStart + text.indexOf(m[2], m[1].length + 1);
    const located = (value: string, at: number): Located => ({ value, start: block.map(at), end: block.map(at + value.length) });
    let values: Located[];
    if (m[2].startsWith('[')) {
      if (!m[2].endsWith(']')) return undefined;
      values = [];
      const inner = m[2].slice(1, -1);
      if (inner.trim() === '') return undefined;
      let at = valueAt + 1;
      for (const part of inner.split(',')) {
        const v = part.trim();
        if (!v || !plain(v, key)) return undefined;
        values.push(located(v, at + part.indexOf(v)));
        at += part.length + 1;
      }
    } else {
      if (!plain(m[2], key)) return undefined;
      values = [located(m[2], valueAt)];
    }
    if (entry.start < 0) entry.start = block.map(lineStart + text.search(/\S/));
    entry.end = block.map(valueAt + m[2].length);
    if (key === 'ref') { entry.hasRef = true; entry.refs = values; continue; }
    if (key === 'ignore') {
      if (values.some(v => !(CODES as readonly string[]).includes(v.value))) return undefined;
      entry.ignore = values.map(v => v.value);
      continue;
    }
    if (values.length !== 1 || m[2].startsWith('[')) return undefined;
    if (key === 'date') {
      const span = parseIsoDate(values[0].value);
      if (!span) return undefined;
      entry.date = { ...values[0], span };
    } else entry[key as 'place' | 'speaker'] = values[0];
  }
  return entry.start < 0 ? undefined : { entries: [entry], findings: [] };
}

export function readYaml(block: ClaimBlock): { entries: BlockEntry[]; findings: Finding[] } {
  const { doc, errors } = parseYaml(block.yaml, block.map);
  if (errors.some(e => e.severity === 'error')) return { entries: [], findings: errors };
  const r = new YamlReader(block.map);
  const loc = (value: string, node: Node | null): Located => { const [start, end] = r.range(node); return { value, start, end }; };
  const items: Node[] = isSeq(doc.contents) ? ((doc.contents as YAMLSeq).items as Node[]) : doc.contents ? [doc.contents as Node] : [];
  if (!items.length) r.schema('An empty claim block: give at least `ref:` (a register claim id).', [0, block.yaml.length], 'error', { messageId: 'block-empty' });
  const entries: BlockEntry[] = [];
  for (const item of items) {
    if (!isMap(item)) { r.schema('A claim block holds a mapping (ref, date, place, speaker, quote, ignore) or a list of them.', item, 'error', { messageId: 'block-not-mapping' }); continue; }
    // The entry's range ends at its last character, not at the line break after it.
    let e = item.range ? item.range[1] : 0;
    while (e > 0 && /\s/.test(block.yaml[e - 1])) e--;
    const [start] = r.range(item);
    const end = Math.max(start, block.map(e));
    const entry: BlockEntry = { refs: [], hasRef: false, ignore: [], start, end };
    for (const { key, keyNode, value } of r.entries(item, 'claim block')) {
      switch (key) {
        case 'ref':
          entry.hasRef = true;
          entry.refs = r.strings(value, 'ref').map(s => loc(s.value, s.node));
          break;
        case 'date': {
          const raw = value && 'value' in value ? (value as { value: unknown }).value : undefined;
          const span = parseIsoDate(raw);
          if (!span) r.schema('date is not a date: use 2013, 2013-08, 2013-08-09 or FROM/TO.', value ?? keyNode, 'error', { messageId: 'date-invalid', args: { what: 'date' } });
          entry.date = { ...loc(String(raw ?? ''), value), span };
          break;
        }
        case 'place': case 'speaker': case 'quote': {
          const v = r.string(value, key);
          if (v !== undefined) entry[key] = loc(v, value);
          break;
        }
        case 'ignore':
          for (const s of r.strings(value, 'ignore')) {
            if (!(CODES as readonly string[]).includes(s.value)) r.schema(`ignore: "${s.value}" is not a check code.`, s.node, 'warning', { messageId: 'ignore-unknown-code', args: { value: s.value } });
            entry.ignore.push(s.value);
          }
          break;
        default:
          r.schema(`Unknown key "${key}" in a claim block; expected one of: ${KEYS.join(', ')}.`, keyNode, 'error',
            { messageId: 'unknown-key', args: { key, where: 'a claim block', allowed: KEYS.join(' / ') } });
      }
    }
    entries.push(entry);
  }
  return { entries, findings: [...errors, ...r.findings] };
}
