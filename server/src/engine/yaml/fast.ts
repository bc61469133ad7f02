/**
 * A fast reader for the plain subset of YAML that registers are written in. `parseDocument` from
 * `yaml` lexes, builds a CST and then the node tree; on a 20 MB register that took most of the load
 * time and more than a gigabyte. This reads the text once and builds the tree `parseDocument` would
 * give (a Document whose nodes are YAMLMap, YAMLSeq, Pair and Scalar: same `range`s, scalar values,
 * `type`s and `source`s, `flow` flags), or declines (undefined) and leaves the text to
 * `parseDocument`, its rules and its messages. A shortcut, never a second opinion: the differential
 * test test/robustness/fastYaml.test.ts holds it to `parseDocument`'s tree.
 *
 * The subset (offsets are UTF-16 code units, as in `yaml`):
 * - a document whose root is a block mapping or a block sequence, indented with spaces;
 * - `key: value` with a plain, "double" or 'single' quoted key on one line; `- item`, `- key: value`
 *   (a mapping in a list item), a list under a key at the key's own indentation;
 * - values: plain scalars (resolved by the YAML 1.2 core schema, as `yaml` does), quoted scalars on
 *   one line (with every escape of YAML double quotes), and flow collections `{ … }` / `[ … ]` that
 *   close on their line (nested, trailing commas, `{ a, b: 1 }` keys with no value);
 * - comments, blank lines and CRLF line ends, with `yaml`'s placement of comment lines (it decides
 *   where a node's range ends).
 * It declines everything else: anchors, aliases, tags, block scalars, directives, document markers,
 * explicit keys, multi-line scalars and flow collections, tabs, a BOM or a lone CR, empty documents,
 * a scalar or flow collection as the root, a comment next to an empty value, and every syntax error.
 * Linear in the text: each line is scanned a bounded number of times, no regular expression runs on
 * more than one scalar.
 *
 * The nodes are lean: they inherit from `yaml`'s classes (instanceof, isMap/isScalar…, their
 * methods) but skip their constructors' per-node Object.defineProperty, and keep a range as three
 * numbers behind a `range` accessor (a new array at each read; the engine only reads ranges). A
 * 100 000-entry register has over two million nodes: they take about 40% less memory so.
 *
 * Streaming (`Sections`): the caller may take the value of a root key that is a block mapping pair
 * by pair, as each is read; those pairs are then not kept in the tree, so a register's sections
 * need not be held whole (about 200 MB at 100 000 entries). What was handed over is only valid if
 * the reading succeeds: a decline can come after it (see parseYaml in read.ts).
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node, Range, Schema } from 'yaml';

export const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

// ------------------------------------------------------------------ nodes

interface Lean { r0: number; r1: number; r2: number }

/** `range` of a lean node: [start, value end, node end], as `yaml` has it. */
const RANGE: PropertyDescriptor = {
  get(this: Lean): Range | undefined {
    return this.r0 < 0 ? undefined : [this.r0, this.r1, this.r2];
  },
  set(this: Lean, r: Range | null | undefined) {
    if (r) [this.r0, this.r1, this.r2] = r;
    else this.r0 = this.r1 = this.r2 = -1;
  },
  configurable: true,
};

class FastScalar implements Lean {
  declare value: unknown;
  declare source: string;
  declare type: Scalar.Type;
  declare r0: number;
  declare r1: number;
  declare r2: number;
  constructor(value: unknown, source: string, type: Scalar.Type, r0: number, r1: number, r2: number) {
    this.value = value;
    this.source = source;
    this.type = type;
    this.r0 = r0;
    this.r1 = r1;
    this.r2 = r2;
  }
}

class FastMap implements Lean {
  declare items: unknown[];
  declare flow: boolean;
  declare schema: Schema;
  declare r0: number;
  declare r1: number;
  declare r2: number;
  constructor(schema: Schema, flow: boolean) {
    this.items = [];
    this.flow = flow;
    this.schema = schema;
    this.r0 = this.r1 = this.r2 = -1;
  }
}

/** The same shape as FastMap, under another prototype. */
class FastSeq implements Lean {
  declare items: unknown[];
  declare flow: boolean;
  declare schema: Schema;
  declare r0: number;
  declare r1: number;
  declare r2: number;
  constructor(schema: Schema, flow: boolean) {
    this.items = [];
    this.flow = flow;
    this.schema = schema;
    this.r0 = this.r1 = this.r2 = -1;
  }
}

class FastPair {
  declare key: unknown;
  declare value: unknown;
  constructor(key: unknown, value: unknown) {
    this.key = key;
    this.value = value;
  }
}

type FastCollection = FastMap | FastSeq;
type FastNode = FastScalar | FastCollection;

/** Takes one pair of a streamed mapping: its key and its value, complete. */
export type PairSink = (key: Scalar, value: Node) => void;
/**
 * Called with each key of a root block mapping, before its value is read: a sink to stream that
 * value's pairs to if it is a block mapping (the mapping is then left with no items), or undefined
 * to keep it in the tree.
 */
export type Sections = (key: Scalar) => PairSink | undefined;

/** Makes `lean`'s instances `yaml` nodes of `base`'s kind (instanceof, isScalar…, `base`'s methods). */
function inherit(lean: { prototype: object }, base: { prototype: object }, kind: string, ranged: boolean): void {
  Object.setPrototypeOf(lean.prototype, base.prototype);
  if (ranged) Object.defineProperty(lean.prototype, 'range', RANGE);
  Object.defineProperty(lean.prototype, Symbol.for('yaml.node.type'), { value: Symbol.for(kind) });
}
inherit(FastScalar, Scalar, 'yaml.scalar', true);
inherit(FastMap, YAMLMap, 'yaml.map', true);
inherit(FastSeq, YAMLSeq, 'yaml.seq', true);
inherit(FastPair, Pair, 'yaml.pair', false);

// ------------------------------------------------------------------ characters

/** Thrown (never outside this file) to give up on the fast reading. */
const DECLINE = { decline: true };
/** Nesting beyond this is left to `parseDocument` (depth.ts refuses far less, before either runs). */
const MAX_DEPTH = 200;
/** `yaml` reports an implicit key longer than 1024 characters; keep well clear of the limit. */
const MAX_KEY = 1000;

const NL = 10, CR = 13, SP = 32, HASH = 35, COLON = 58, DASH = 45, DOT = 46, COMMA = 44;
const DQ = 34, SQ = 39, BACKSLASH = 92, LBRACE = 123, RBRACE = 125, LBRACKET = 91, RBRACKET = 93;

/** Characters after which ":" or "-" is an indicator (`isEmpty` in yaml's lexer; tabs never get here). */
function empty(c: number): boolean {
  return c === SP || c === NL || c === CR || c !== c; // NaN: the end of the text
}

function flowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Plain scalars cannot start with these (`yaml` reads something else there, or reports an error). */
function badPlainStart(c: number): boolean {
  switch (c) {
    case 33: case 34: case 35: case 37: case 38: case 39: case 42: case 44: case 58: case 62: case 63: case 64:
    case 91: case 93: case 96: case 123: case 124: case 125:
      return true; // ! " # % & ' * , : > ? @ [ ] ` { | }
    default:
      return c !== c; // the end of the text
  }
}

/** First characters of a plain scalar that a core-schema tag other than str may match (null, bool, int, float). */
function maybeTyped(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 43 || c === 45 || c === 46;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX = /^[0-9a-fA-F]+$/;
const STRING_SLOTS = 4096;
/** Plain scalars up to this length go through the string cache. */
const SHORT = 24;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

const onTagError = (): void => { throw DECLINE; };

// ------------------------------------------------------------------ reader

class Reader {
  private readonly n: number;
  private readonly doc: Document;
  private readonly schema: Schema;
  /** The core schema's tags that a plain scalar is tested against, in `yaml`'s order. */
  private readonly tags: ScalarTag[];
  private depth = 0;

  /** Start of the next line with content (after `trivia`), or n. */
  private pos = 0;
  /** Its indentation. */
  private ind = 0;
  /** Comment lines after the last value that are pending (a trailing item in yaml's CST). */
  private trailComments = false;
  private trailMaxIndent = -1;
  /** Where the pending lines end: the first character of the next content, or n. */
  private trailEnd = 0;
  /** Whether the lines `trivia` skipped held a comment. */
  private sawComment = false;
  /** Where the last plain scalar scan stopped (plainBlock, plainFlow). */
  private stop = 0;
  /** The last key read (key()), and the offset after its ":". */
  private keyNode: FastScalar | undefined;
  private afterKey = 0;
  /** Items of the collections being read, taken off into arrays of their exact length as each ends. */
  private readonly items: unknown[] = [];
  /** Short plain scalars repeat (keys, ids, statuses): a direct-mapped cache gives one string for each. */
  private readonly strings: string[] = new Array<string>(STRING_SLOTS).fill('');

  constructor(private readonly text: string, private readonly sections?: Sections) {
    this.n = text.length;
    this.doc = new Document(undefined, YAML_OPTIONS);
    this.schema = this.doc.schema;
    this.tags = (this.schema.tags as unknown as ScalarTag[]).filter(t => t.default === true && t.test);
  }

  read(): Document | undefined {
    const { text, n } = this;
    if (text.indexOf('\t') >= 0 || text.indexOf('\uFEFF') >= 0) return undefined;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== NL) return undefined;
    try {
      this.trivia(0, Infinity);
      if (this.pos >= n) return undefined; // empty: `yaml` gives no contents; not worth a special case
      const c = this.pos + this.ind;
      let root: FastCollection;
      if (this.isSeqItem(c)) root = this.blockSeq(this.ind, false);
      else if (this.key(c, true)) root = this.blockMap(this.ind, this.sections);
      else return undefined; // a scalar or a flow collection
      if (this.pos < n) return undefined; // content less indented than the root
      const doc = this.doc;
      doc.contents = root as unknown as Node;
      doc.range = [root.r0, root.r2, n];
      return doc;
    } catch (e) {
      if (e === DECLINE) return undefined;
      throw e;
    }
  }

  // ---------------------------------------------------------------- lines

  /** End of the line holding `i` (its "\n", or n). */
  private lineEnd(i: number): number {
    const e = this.text.indexOf('\n', i);
    return e < 0 ? this.n : e;
  }

  /** End of a line's content: before "\r\n". */
  private contentEnd(le: number): number {
    return le > 0 && this.text.charCodeAt(le - 1) === CR ? le - 1 : le;
  }

  /**
   * Skips blank and comment lines from the line start `p`, to the next line with content (`pos`,
   * `ind`) or the end. Comment lines indented more than `d` that follow a value with nothing but
   * blank lines or such comments between belong to that value in `yaml` (its parser appends them to
   * the value's token): returns where they end. Later comment lines are pending (`trail…`).
   */
  private trivia(p: number, d: number): number {
    const { text, n } = this;
    let absorbed = p, absorbing = true;
    this.trailComments = false;
    this.trailMaxIndent = -1;
    this.sawComment = false;
    while (p < n) {
      let c = p;
      while (text.charCodeAt(c) === SP) c++;
      const ch = text.charCodeAt(c);
      if (c >= n || ch === NL || ch === CR) { p = c >= n ? n : this.lineEnd(c) + 1; continue; }
      if (ch === HASH) {
        this.sawComment = true;
        const next = Math.min(n, this.lineEnd(c) + 1);
        if (absorbing && c - p > d) absorbed = next;
        else {
          absorbing = false;
          this.trailComments = true;
          if (c - p > this.trailMaxIndent) this.trailMaxIndent = c - p;
        }
        p = next;
        continue;
      }
      if (c === p && (ch === DASH || ch === DOT) && text.startsWith(ch === DASH ? '---' : '...', c) && empty(text.charCodeAt(c + 3))) throw DECLINE; // a document marker
      this.pos = p;
      this.ind = c - p;
      this.trailEnd = c;
      return absorbed;
    }
    this.pos = n;
    this.ind = 0;
    this.trailEnd = n;
    return absorbed;
  }

  /** Ends a block collection when the next content is less indented (or there is none). */
  private close(node: FastCollection, indent: number, start: number, valueEnd: number, base: number): void {
    node.items = this.items.splice(base);
    node.r0 = start;
    node.r1 = valueEnd;
    node.r2 = valueEnd;
    // yaml's parser moves pending comment lines out of a collection that ends, unless one of them is
    // at least as indented as the collection: then they stay in it and its range ends after them.
    if (this.trailComments && indent !== 0 && this.trailMaxIndent >= indent) {
      node.r2 = this.trailEnd;
      this.trailComments = false;
    }
  }

  private isSeqItem(c: number): boolean {
    return this.text.charCodeAt(c) === DASH && empty(this.text.charCodeAt(c + 1));
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
  }

  // ---------------------------------------------------------------- block collections

  /**
   * A block mapping at `indent` whose first key was just read by key() (it may be mid-line: `- key: value`).
   * `sections`: picks the values of its keys to stream (the root only); `sink`: takes its pairs instead of its items.
   */
  private blockMap(indent: number, sections?: Sections, sink?: PairSink): FastCollection {
    this.enter();
    const map = new FastMap(this.schema, false);
    const start = this.keyNode!.r0;
    const base = this.items.length;
    let end: number;
    for (;;) {
      const key = this.keyNode!;
      const value = this.value(this.afterKey, indent, true, false, sections?.(key as unknown as Scalar));
      if (sink) sink(key as unknown as Scalar, value as unknown as Node);
      else this.items.push(new FastPair(key, value));
      end = value.r2;
      if (this.pos >= this.n || this.ind < indent) break;
      if (this.ind > indent) throw DECLINE;
      this.trailComments = false; // the pending lines start the next item
      this.key(this.pos + this.ind, false);
    }
    this.close(map, indent, start, end, base);
    this.depth--;
    return map;
  }

  /** A block sequence with its "-" at `indent`; `underKey`: the value of a key at that same indentation. */
  private blockSeq(indent: number, underKey: boolean): FastCollection {
    this.enter();
    const { text } = this;
    const seq = new FastSeq(this.schema, false);
    const start = this.pos + indent;
    const base = this.items.length;
    let end: number;
    let commentBefore = false;
    for (;;) {
      const dash = this.pos + this.ind;
      let q = dash + 1;
      while (text.charCodeAt(q) === SP) q++;
      if (this.isSeqItem(q)) throw DECLINE; // "- - a"
      const ch = text.charCodeAt(q);
      let item: FastNode;
      if (ch !== HASH && q < this.contentEnd(this.lineEnd(q)) && this.key(q, true)) item = this.blockMap(q - this.pos);
      else item = this.value(dash + 1, indent, false, commentBefore);
      this.items.push(item);
      end = item.r2;
      if (this.pos >= this.n || this.ind < indent) break;
      if (this.ind > indent) throw DECLINE;
      if (!this.isSeqItem(this.pos + this.ind)) {
        if (underKey) break;
        throw DECLINE;
      }
      commentBefore = this.trailComments; // pending comment lines: in the next item's properties
      this.trailComments = false;
    }
    this.close(seq, indent, start, end, base);
    this.depth--;
    return seq;
  }

  /**
   * The value after a key's ":" or a "-" (`p` just after it): on the same line, or a block collection
   * on the lines after, or empty. `indent`: that of the collection holding it. `commentBefore`: a
   * comment line came before the "-" of this item. `sink`: takes the pairs if it is a block mapping.
   */
  private value(p: number, indent: number, ofKey: boolean, commentBefore = false, sink?: PairSink): FastNode {
    const { text } = this;
    let q = p;
    while (text.charCodeAt(q) === SP) q++;
    const le = this.lineEnd(q), ce = this.contentEnd(le);
    if (q < ce && text.charCodeAt(q) !== HASH) {
      const node = this.inline(q, ce);
      node.r2 = this.trivia(Math.min(this.n, le + 1), indent);
      return node;
    }
    // Nothing more on this line but perhaps a comment.
    const comment = q < ce;
    this.trivia(Math.min(this.n, le + 1), Infinity);
    if (this.pos < this.n) {
      const c = this.pos + this.ind;
      if (this.ind > indent) {
        if (this.isSeqItem(c)) return this.blockSeq(this.ind, false);
        this.key(c, false); // not a key: a scalar on the next line
        return this.blockMap(this.ind, undefined, sink);
      }
      if (ofKey && this.ind === indent && this.isSeqItem(c)) return this.blockSeq(this.ind, true);
    }
    // An empty value: a null after the indicator and its spaces. With a comment near it, `yaml`
    // stretches its range over the comment: not worth following.
    if (comment || this.sawComment || commentBefore) throw DECLINE;
    this.trailComments = false;
    return new FastScalar(null, '', 'PLAIN', q, q, q);
  }

  /**
   * Reads a key at `c` (a scalar then ":" before a space or the line end) into keyNode / afterKey.
   * When there is none: false if `maybe`, else declines.
   */
  private key(c: number, maybe: boolean): boolean {
    const { text } = this;
    const ch = text.charCodeAt(c);
    const ce = this.contentEnd(this.lineEnd(c));
    let colon: number;
    if (ch === DQ || ch === SQ) {
      const close = this.closingQuote(c, ce);
      colon = close + 1;
      while (text.charCodeAt(colon) === SP) colon++;
      if (text.charCodeAt(colon) !== COLON || !empty(text.charCodeAt(colon + 1))) {
        if (maybe) return false;
        throw DECLINE;
      }
      this.keyNode = this.quoted(c, close);
    } else {
      if (!this.plainStart(c, false)) {
        if (maybe) return false;
        throw DECLINE;
      }
      const end = this.plainBlock(c, ce);
      colon = this.stop;
      if (colon >= ce || text.charCodeAt(colon) !== COLON) {
        if (maybe) return false;
        throw DECLINE;
      }
      this.keyNode = this.plain(c, end);
    }
    if (colon - c > MAX_KEY) throw DECLINE;
    this.afterKey = colon + 1;
    return true;
  }

  /** A scalar or flow collection at `q`, with nothing after it on the line but spaces and a comment. */
  private inline(q: number, ce: number): FastNode {
    const { text } = this;
    const ch = text.charCodeAt(q);
    let node: FastNode;
    if (ch === DQ || ch === SQ) node = this.quoted(q, this.closingQuote(q, ce));
    else if (ch === LBRACE || ch === LBRACKET) node = this.flow(q, ce);
    else {
      if (!this.plainStart(q, false)) throw DECLINE;
      const end = this.plainBlock(q, ce);
      if (this.stop < ce && text.charCodeAt(this.stop) === COLON) throw DECLINE; // "a: b: c"
      node = this.plain(q, end);
    }
    const after = node.r1;
    let i = after;
    while (text.charCodeAt(i) === SP) i++;
    if (i < ce && !(text.charCodeAt(i) === HASH && i > after)) throw DECLINE;
    return node;
  }

  // ---------------------------------------------------------------- scalars

  /** Whether a plain scalar may start at `c` (in a flow collection: `inFlow`). */
  private plainStart(c: number, inFlow: boolean): boolean {
    const ch = this.text.charCodeAt(c);
    if (ch === DASH) {
      const next = this.text.charCodeAt(c + 1);
      return !(empty(next) || (inFlow && flowIndicator(next)));
    }
    return !badPlainStart(ch) && ch !== NL && ch !== CR && ch !== SP;
  }

  /**
   * Scans a plain scalar in block context from `c` to at most `ce`; returns the end of its text and
   * sets `stop`: a ":" before a space or the line end, the space of a " #", or `ce`.
   */
  private plainBlock(c: number, ce: number): number {
    const { text } = this;
    let end = c;
    for (let i = c; i < ce; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON) {
        if (empty(text.charCodeAt(i + 1))) { this.stop = i; return end; }
        end = i + 1;
      } else if (ch === SP) {
        if (text.charCodeAt(i + 1) === HASH) { this.stop = i; return end; }
      } else end = i + 1;
    }
    this.stop = ce;
    return end;
  }

  /** The same in a flow collection, which also stops at , [ ] { } and at a ":" before one of them. */
  private plainFlow(c: number, ce: number): number {
    const { text } = this;
    let end = c;
    for (let i = c; i < ce; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON) {
        const next = text.charCodeAt(i + 1);
        if (empty(next) || flowIndicator(next)) { this.stop = i; return end; }
        end = i + 1;
      } else if (ch === SP) {
        if (text.charCodeAt(i + 1) === HASH) { this.stop = i; return end; }
      } else if (flowIndicator(ch)) { this.stop = i; return end; }
      else end = i + 1;
    }
    this.stop = ce;
    return end;
  }

  /** The closing quote of the quoted scalar at `q`, on its line. */
  private closingQuote(q: number, ce: number): number {
    const { text } = this;
    if (text.charCodeAt(q) === SQ) {
      for (let i = q + 1; i < ce; i++) {
        if (text.charCodeAt(i) === SQ) {
          if (i + 1 < ce && text.charCodeAt(i + 1) === SQ) { i++; continue; }
          return i;
        }
      }
    } else {
      for (let i = q + 1; i < ce; i++) {
        const ch = text.charCodeAt(i);
        if (ch === BACKSLASH) i++;
        else if (ch === DQ) return i;
      }
    }
    throw DECLINE; // on another line, or never closed
  }

  private quoted(q: number, close: number): FastScalar {
    const { text } = this;
    let v = text.slice(q + 1, close);
    if (text.charCodeAt(q) === SQ) {
      if (v.indexOf("'") >= 0) v = v.replace(/''/g, "'");
      return new FastScalar(v, v, 'QUOTE_SINGLE', q, close + 1, close + 1);
    }
    const b = v.indexOf('\\');
    if (b >= 0) {
      v = '';
      let from = q + 1;
      for (let i = q + 1 + b; i < close; i++) {
        if (text.charCodeAt(i) !== BACKSLASH) continue;
        v += text.slice(from, i);
        const e = text[i + 1];
        const simple = ESCAPES[e];
        if (simple !== undefined) i++;
        else if (e === 'x' || e === 'u' || e === 'U') {
          const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = text.slice(i + 2, i + 2 + len);
          if (i + 2 + len > close || !HEX.test(hex)) throw DECLINE;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) throw DECLINE;
          v += String.fromCodePoint(code);
          i += 1 + len;
        } else throw DECLINE;
        if (simple !== undefined) v += simple;
        from = i + 1;
      }
      v += text.slice(from, close);
    }
    return new FastScalar(v, v, 'QUOTE_DOUBLE', q, close + 1, close + 1);
  }

  /** A plain scalar's node, its value resolved by the core schema as `yaml` resolves it. */
  private plain(start: number, end: number): FastScalar {
    const source = this.string(start, end);
    if (maybeTyped(source.charCodeAt(0))) {
      for (const tag of this.tags) {
        if (!tag.test!.test(source)) continue;
        const res = tag.resolve(source, onTagError, this.doc.options);
        const node = new FastScalar(res instanceof Scalar ? res.value : res, source, 'PLAIN', start, end, end);
        if (tag.format) (node as unknown as Scalar).format = tag.format;
        if (res instanceof Scalar && res.minFractionDigits !== undefined) (node as unknown as Scalar).minFractionDigits = res.minFractionDigits;
        return node;
      }
    }
    return new FastScalar(source, source, 'PLAIN', start, end, end);
  }

  /** The text from `start` to `end`: the same string as last time for a short one seen before. */
  private string(start: number, end: number): string {
    const { text } = this;
    const len = end - start;
    if (len > SHORT) return text.slice(start, end);
    let h = len;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const slot = (h ^ (h >>> 13)) & (STRING_SLOTS - 1);
    const known = this.strings[slot];
    if (known.length === len) {
      let i = 0;
      while (i < len && known.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return known;
    }
    return (this.strings[slot] = text.slice(start, end));
  }

  // ---------------------------------------------------------------- flow collections

  /** A flow collection at `q` that closes before `ce`. Its range ends at its closing bracket. */
  private flow(q: number, ce: number): FastCollection {
    this.enter();
    const { text } = this;
    const isMap = text.charCodeAt(q) === LBRACE;
    const closer = isMap ? RBRACE : RBRACKET;
    const coll = isMap ? new FastMap(this.schema, true) : new FastSeq(this.schema, true);
    const base = this.items.length;
    let i = q + 1;
    for (;;) {
      while (text.charCodeAt(i) === SP) i++;
      if (i >= ce) throw DECLINE; // goes on to another line
      const ch = text.charCodeAt(i);
      if (ch === closer) break;
      if (isMap) {
        // A key (a scalar), then ":" and a value, or "," or "}" for a key with no value.
        let key: FastScalar;
        const quotedKey = ch === DQ || ch === SQ;
        if (quotedKey) key = this.quoted(i, this.closingQuote(i, ce));
        else {
          if (!this.plainStart(i, true)) throw DECLINE;
          key = this.plain(i, this.plainFlow(i, ce));
        }
        i = key.r1;
        while (text.charCodeAt(i) === SP) i++;
        const c2 = text.charCodeAt(i);
        if (c2 === COLON) {
          const next = text.charCodeAt(i + 1);
          if (!quotedKey && next !== SP && next !== COMMA && next !== RBRACE) throw DECLINE;
          let v = i + 1;
          while (text.charCodeAt(v) === SP) v++;
          const c3 = text.charCodeAt(v);
          let value: FastNode;
          if (c3 === COMMA || c3 === RBRACE) value = new FastScalar(null, '', 'PLAIN', v, v, v);
          else value = this.flowItem(v, ce);
          i = value.r2;
          this.items.push(new FastPair(key, value));
        } else if (c2 === COMMA || c2 === RBRACE) this.items.push(new FastPair(key, null));
        else throw DECLINE;
      } else {
        const item = this.flowItem(i, ce);
        i = item.r2;
        if (text.charCodeAt(i) === COLON) throw DECLINE; // a pair in a sequence
        this.items.push(item);
      }
      const sep = text.charCodeAt(i);
      if (sep === COMMA) { i++; continue; }
      if (sep !== closer) throw DECLINE;
      break;
    }
    coll.items = this.items.splice(base);
    coll.r0 = q;
    coll.r1 = coll.r2 = i + 1;
    this.depth--;
    return coll;
  }

  /** A value in a flow collection at `v`; its range ends after the spaces that follow it. */
  private flowItem(v: number, ce: number): FastNode {
    const { text } = this;
    if (v >= ce) throw DECLINE;
    const ch = text.charCodeAt(v);
    let node: FastNode;
    if (ch === DQ || ch === SQ) node = this.quoted(v, this.closingQuote(v, ce));
    else if (ch === LBRACE || ch === LBRACKET) node = this.flow(v, ce);
    else {
      if (!this.plainStart(v, true)) throw DECLINE;
      const e = this.plainFlow(v, ce);
      if (this.stop >= ce) throw DECLINE;
      node = this.plain(v, e);
    }
    let i = node.r1;
    while (text.charCodeAt(i) === SP) i++;
    node.r2 = i;
    return node;
  }
}

/**
 * The document `parseDocument(text, YAML_OPTIONS)` gives, read fast; undefined outside the subset.
 * With `sections`, the root keys' block mappings it picks are streamed to their sinks, not kept.
 */
export function readYamlFast(text: string, sections?: Sections): Document | undefined {
  return new Reader(text, sections).read();
}
