/**
 * Reading YAML with exact offsets. `yaml` node ranges are offsets into the parsed string; a
 * `map` function turns them into offsets of the enclosing file (a claim block inside an article).
 */
import { Document, isMap, isScalar, isSeq, Node, parseDocument, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { capFindings } from '../cap';
import { memoByText } from '../text/memo';
import { excessiveNesting, MAX_YAML_DEPTH } from './depth';
import { readYamlFast, Sections, YAML_OPTIONS } from './fast';
import type { Code, Finding, Severity } from '../types';

export type OffsetMap = (offset: number) => number;

export class YamlReader {
  readonly findings: Finding[] = [];
  constructor(readonly map: OffsetMap) {}

  report(code: Code, severity: Severity, message: string, node: Node | null | undefined | [number, number], extra: Partial<Finding> = {}): void {
    const [s, e] = this.range(node);
    this.findings.push({ code, severity, message, start: s, end: e, ...extra });
  }

  /** Original-text range of a node's value (without trailing comments/whitespace). */
  range(node: Node | null | undefined | [number, number]): [number, number] {
    if (Array.isArray(node)) return [this.map(node[0]), this.map(node[1])];
    const r = node?.range;
    if (!r) return [this.map(0), this.map(0)];
    return [this.map(r[0]), this.map(Math.max(r[0], r[1]))];
  }

  schema(message: string, node: Node | null | undefined | [number, number], severity: Severity = 'error', extra: Partial<Finding> = {}): void {
    this.report('schema', severity, message, node, extra);
  }

  /** Entries of a mapping, reporting keys that repeat (as `duplicateCode`) and keys that are not scalars. */
  entries(node: unknown, what: string, duplicateCode: Code = 'schema'): MapEntry[] {
    if (!isMap(node)) {
      if (node !== null && node !== undefined) this.schema(`${what} must be a mapping`, node as Node, 'error', { messageId: 'not-mapping', args: { what } });
      return [];
    }
    const { items, flow } = node as YAMLMap;
    const keys = new MapKeys(this, what, duplicateCode, flow, items.length > 8);
    const out: MapEntry[] = [];
    for (const pair of items) {
      const e = keys.entry(pair.key, pair.value);
      if (e) out.push(e);
    }
    return out;
  }

  string(node: Node | null, what: string): string | undefined {
    // `status: false` is a YAML boolean; every string field takes the words as written.
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) {
      const v = String(node.value);
      if (v.trim() !== '') return v;
    }
    this.schema(`${what} must be a non-empty string`, node, 'error', { messageId: 'not-string', args: { what } });
    return undefined;
  }

  /** A string or a list of strings. */
  strings(node: Node | null, what: string): Array<{ value: string; node: Node }> {
    if (isSeq(node)) {
      const out: Array<{ value: string; node: Node }> = [];
      for (const item of (node as YAMLSeq).items as Node[]) {
        const v = this.string(item, `each item of ${what}`);
        if (v !== undefined) out.push({ value: v, node: item });
      }
      return out;
    }
    const v = this.string(node, `${what} (a string or a list of strings)`);
    return v !== undefined && node ? [{ value: v, node }] : [];
  }

  /** `{ en: ..., ar: ... }` with a string or a list per language; a plain string or list is language-neutral. */
  perLanguage(node: Node | null, what: string, many: boolean): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (isMap(node)) {
      for (const { key, value } of this.entries(node, what)) {
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(key)) this.schema(`${what}: "${key}" is not a language tag (e.g. ar, en)`, value, 'warning', { messageId: 'not-language-tag', args: { what, key } });
        const vals = many ? this.strings(value, `${what}.${key}`) : [{ value: this.string(value, `${what}.${key}`) ?? '', node: value as Node }].filter(v => v.value);
        out.set(key, vals.map(v => v.value));
      }
    } else {
      const vals = many ? this.strings(node, what) : [{ value: this.string(node, what) ?? '', node: node as Node }].filter(v => v.value);
      if (vals.length) out.set('*', vals.map(v => v.value));
    }
    return out;
  }
}

export interface MapEntry { key: string; keyNode: Scalar; value: Node | null }

/**
 * The keys of one mapping, given pair by pair (`entries` for a whole mapping; a mapping streamed by
 * the fast reader): reports keys that repeat (as `duplicateCode`) and keys that are not scalars, to
 * `reader`. A long mapping keeps no node, only each key's first offset.
 */
export class MapKeys {
  /** Keys so far and the offset where each was first written. */
  private readonly seen: Map<string, number> | undefined;
  /** Or, for a few keys, key, node, key, node…: scanned (cheaper than a Map). */
  private readonly few: Array<string | Node> | undefined;
  /** The last key taken, for a flow mapping's comma warning. */
  private last: string | undefined;

  constructor(private readonly reader: YamlReader, private readonly what: string, private readonly duplicateCode: Code,
    private readonly flow: boolean | undefined, many: boolean) {
    if (many) this.seen = new Map();
    else this.few = [];
  }

  /** The entry for this pair, or undefined when the pair is reported and skipped. */
  entry(key: unknown, value: unknown): MapEntry | undefined {
    const { reader, what } = this;
    const keyNode = key as Node | null;
    if (this.flow && value === null && isScalar(keyNode) && this.last !== undefined) {
      // `{ name: Agency, 9 August 2013 }`: in a flow mapping a comma ends the value, so the rest
      // became a key with no value. Say so instead of dropping the words.
      reader.report('schema', 'warning', `"${String(keyNode.value)}" became a key with no value: inside { … } a comma ends a value. Quote the whole value of "${this.last}" if the comma belongs to it.`, keyNode,
        { messageId: 'flow-comma', args: { key: String(keyNode.value), previous: this.last } });
      return undefined;
    }
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      reader.schema(`${what}: keys must be plain strings`, keyNode ?? (value as Node), 'error', { messageId: 'key-not-string', args: { what } });
      return undefined;
    }
    const k = String(keyNode.value);
    let first = this.seen?.get(k);
    const few = this.few;
    if (few) for (let i = 0; i < few.length; i += 2) if (few[i] === k) { first = reader.range(few[i + 1] as Node)[0]; break; }
    if (first !== undefined) {
      reader.report(this.duplicateCode, 'error', `Duplicate id "${k}" in ${what} (first defined at offset ${first}).`, keyNode,
        { ref: k, messageId: 'duplicate-key', args: { id: k, what, offset: first } });
      return undefined;
    }
    if (this.seen) this.seen.set(k, reader.range(keyNode)[0]);
    else this.few!.push(k, keyNode);
    this.last = k;
    return { key: k, keyNode, value: (value as Node | null) ?? null };
  }
}

export interface ParsedYaml {
  doc: Document;
  /** yaml-syntax findings (already in original offsets). */
  errors: Finding[];
}

/**
 * Claim blocks repeat from one check to the next: their parsed documents are reused (read only).
 * The fast reader (fast.ts) gives the tree of `parseDocument` for the plain YAML that registers,
 * claim blocks and front matter are written in, and leaves the rest (and every error) to it.
 */
const parseFull = memoByText((text: string) => parseDocument(text, YAML_OPTIONS), 1024, 4096);
const parseFast = memoByText((text: string) => readYamlFast(text) ?? parseDocument(text, YAML_OPTIONS), 1024, 4096);
let fastYaml = true;

/** For tests: reads YAML with `parseDocument` alone (false) or with the fast reader first (true); returns the previous setting. */
export function setFastYaml(on: boolean): boolean {
  const was = fastYaml;
  fastYaml = on;
  return was;
}

/** At most this many yaml-syntax findings per document; after the first errors YAML reports mostly echoes. */
export const MAX_YAML_FINDINGS = 200;

/**
 * Parses one YAML document; syntax errors become `yaml-syntax` findings at their original offsets.
 * `stream`: with the fast reader on, the root keys' block mappings that `stream.sections` picks are
 * handed to it pair by pair as they are read, and left out of the tree (see fast.ts). A text the
 * fast reader declines after handing some over is then parsed by `parseDocument`, whole, after
 * `stream.declined()` (which must undo what the pairs handed over did).
 */
export function parseYaml(text: string, map: OffsetMap, stream?: { sections: Sections; declined(): void }): ParsedYaml {
  const deep = excessiveNesting(text);
  if (deep >= 0) {
    // Refused before parsing: the parser recurses per level (see depth.ts).
    let end = text.indexOf('\n', deep);
    if (end < 0) end = text.length;
    if (text[end - 1] === '\r') end--;
    const detail = `nested more than ${MAX_YAML_DEPTH} levels deep here; not read`;
    return { doc: new Document(null), errors: [{ code: 'yaml-syntax', severity: 'error', message: `YAML: ${detail}`, start: map(deep), end: map(Math.max(deep, end)), messageId: 'yaml-error', args: { detail } }] };
  }
  const doc = !fastYaml ? parseFull(text)
    // Not through the cache: a streamed tree is not the whole document.
    : stream ? readYamlFast(text, stream.sections) ?? (stream.declined(), parseFull(text))
    : parseFast(text);
  const errors: Finding[] = [];
  const places = new Set<string>();
  for (const err of doc.errors) {
    let [s, e] = err.pos;
    // Widen an empty or one-character error to its whole line, so it is visible and readable.
    if (e - s <= 1) {
      const ls = text.lastIndexOf('\n', Math.max(0, Math.min(s, text.length) - 1)) + 1;
      let le = text.indexOf('\n', Math.min(s, text.length));
      if (le < 0) le = text.length;
      if (s >= text.length || text.slice(ls, le).trim() === '') {
        // At the end of the text: point at the last non-empty line.
        const trimmed = text.trimEnd(); // not /\s+$/: quadratic in a long run of blanks
        const l2 = trimmed.lastIndexOf('\n') + 1;
        [s, e] = [l2, trimmed.length];
      } else {
        const lead = text.slice(ls, le).match(/^\s*/)![0].length;
        [s, e] = [ls + lead, le];
      }
    }
    const detail = err.message.split('\n')[0];
    const f: Finding = { code: 'yaml-syntax', severity: 'error', message: `YAML: ${detail}`, start: map(s), end: map(Math.max(s, e)), messageId: 'yaml-error', args: { detail } };
    if (!places.has(`${f.start}:${f.end}`)) { places.add(`${f.start}:${f.end}`); errors.push(f); } // one message per place
  }
  for (const w of doc.warnings) {
    const [s, e] = w.pos;
    const detail = w.message.split('\n')[0];
    errors.push({ code: 'yaml-syntax', severity: 'warning', message: `YAML: ${detail}`, start: map(s), end: map(Math.max(s, e)), messageId: 'yaml-warning', args: { detail } });
  }
  // Aliases are never expanded (so an alias bomb costs nothing), and the value they stand for is not read: say so where they are.
  if (!errors.some(x => x.severity === 'error') && text.includes('*')) {
    visit(doc, {
      Alias(_, node) {
        const [s, e] = node.range ?? [0, 0];
        const detail = `the alias *${node.source} is not followed (Claimcheck reads no aliases); write the value out`;
        errors.push({ code: 'yaml-syntax', severity: 'warning', message: `YAML: ${detail}`, start: map(s), end: map(Math.max(s, e)), messageId: 'yaml-warning', args: { detail } });
      },
    });
  }
  return { doc, errors: capFindings(errors, MAX_YAML_FINDINGS, 'yaml-more-findings', more => `YAML: ${more} more problems in this file are not shown; fix the ones above first.`) };
}
