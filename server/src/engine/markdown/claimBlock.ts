/** Reads the YAML of one claim block into entries with the offsets of every value. */
import { isMap, isSeq, Node, YAMLSeq } from 'yaml';
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

export function readClaimBlock(block: ClaimBlock): { entries: BlockEntry[]; findings: Finding[] } {
  const { doc, errors } = parseYaml(block.yaml, block.map);
  if (errors.some(e => e.severity === 'error')) return { entries: [], findings: errors };
  const r = new YamlReader(block.map);
  const loc = (value: string, node: Node | null): Located => { const [start, end] = r.range(node); return { value, start, end }; };
  const items: Node[] = isSeq(doc.contents) ? ((doc.contents as YAMLSeq).items as Node[]) : doc.contents ? [doc.contents as Node] : [];
  if (!items.length) r.schema('An empty claim block: give at least `ref:` (a register claim id).', [0, block.yaml.length]);
  const entries: BlockEntry[] = [];
  for (const item of items) {
    if (!isMap(item)) { r.schema('A claim block holds a mapping (ref, date, place, speaker, quote, ignore) or a list of them.', item); continue; }
    const [start, end] = r.range(item);
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
          if (!span) r.schema('date is not a date: use 2013, 2013-08, 2013-08-09 or FROM/TO.', value ?? keyNode);
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
            if (!(CODES as readonly string[]).includes(s.value)) r.schema(`ignore: "${s.value}" is not a check code.`, s.node, 'warning');
            entry.ignore.push(s.value);
          }
          break;
        default:
          r.schema(`Unknown key "${key}" in a claim block; expected one of: ${KEYS.join(', ')}.`, keyNode);
      }
    }
    entries.push(entry);
  }
  return { entries, findings: [...errors, ...r.findings] };
}
