/**
 * Seeded generators of register-like and claim-block-like YAML for the fast YAML reader's
 * differential test (fastYaml.test.ts): plausible registers in block and flow style with quotes,
 * escapes, comments at every indentation, blank lines, CRLF, typed scalars, Arabic and emoji, long
 * lines, and, in a share of them, edge cases the fast path must decline or yaml reports; and random
 * edits of them.
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  readonly r: () => number;
  /** The chance of an edge case (often one the fast path declines) where a value is picked. */
  edge = 0;
  constructor(seed: number) { this.r = rng(seed); }
  int(n: number): number { return Math.floor(this.r() * n); }
  chance(p: number): boolean { return this.r() < p; }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]; }
}

const SAFE_PLAIN = [
  'verified', 'unverified', 'disputed', 'false', 'person', 'place', 'organisation', 'Vienna', 'Anna Haddad', 'Talks number 12 were held in Vienna.',
  'فيينا', 'آنا حداد', 'التقى لافروف وكيري في واشنطن', 'Emoji 😀 and 👩‍👩‍👧 and 🇸🇾', 'e\u0301 \u200F mark', 'a#b', 'C:\\path\\to', 'a - b', '-5', 'a, b', 'a [b] {c}',
  'https://example.org/a?b=c#d', 'mailto:desk@example.org', 'x:y', '2+2', 'US Department of State, 2+2 talks, 9 August 2013', 'a  b',
  'yes', 'no', 'on', 'off', 'Yes', '~', 'null', 'Null', 'NULL', 'true', 'False', 'TRUE', 'tRUE', '0x1F', '0X1F', '0x', '1e3', '1E3', '-1e-3', '007', '0o17', '0o8', '0b101',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '-0', '+1', '-1', '1_000', '2013', '2013-08', '2013-08-09', '2013-08-09/2014-01', '2013-08-09T10:00:00Z', '12:30', '1:20:30',
  '1.50', '.5', '5.', '1.2.3', '+.5', '-.5e1', '٢٠١٣', '1,000', '3 days', '~x', 'n', 'nulls', 'trueish', 'Falsey', '0', '00', '-x', 'x-', '.', '..', 'a.', 'a.b',
  'name with "quotes" inside', "it's", 'a\'b"c', 'percent 50%', 'at @ sign', 'back`tick', 'star * here', 'and & here', 'bang ! here', 'pipe | here', 'gt > here', 'q ? here',
];
const EDGE_PLAIN = [
  'x: y', 'x:', '-', '- x', '?x', '? x', ':x', ': x', '@home', '%x', '`x`', '!x', '&x y', '*x', '|', '>', '|-', '>+', ',x', '#x', '[x', '{x', ']', '}', 'a #b', 'x\ty',
];
const SAFE_DQ = [
  '"Lavrov met Kerry in Washington"', '"with \\"escapes\\" inside"', '"caf\\u00e9"', '"\\x41\\t\\n\\/\\\\"', '"\\U0001F600"', '"\\ud83d\\ude00"', '"# not a comment"',
  '"a: b"', '""', '" spaces around "', '"\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\ "', '"2013"', '"true"', '"~"', '"التقى لافروف"', '"😀"', "\"it's\"", '"tab\\there"',
];
const EDGE_DQ = ['"bad \\q escape"', '"unclosed', '"multi\n      line"', '"\\x4"', '"\\UFFFFFFFF"', '"\\u12"', '"a"b', '"a"#c', '"a" "b"', '"\\\n  x"'];
const SAFE_SQ = ["'التقى ...'", "'it''s'", "''", "'# x'", "'a: b'", "'\"double\" inside'", "'\\n is not an escape'", "'2013'", "''''"];
const EDGE_SQ = ["'unclosed", "'multi\n      line'", "'a'b", "'a'#c"];
const SAFE_FLOW = [
  '[a, b]', '[ a , b , ]', '[]', '[ ]', '{}', '{ }', '{ a: 1 }', '{a: 1, b: [x, y]}', '{ name: Agency, 9 August 2013 }', '{ "a":1 }', '{ "a" : 1 }', "{ 'a':1 }",
  '{a:1}', '{ a: }', '{a:}', '{ a: , b: 2 }', '{ a, }', '{ a, b }', '[a, [b, [c]]]', '[ [ ] , { } ]', '{ url: https://example.org/x?y=1 }', '{ "url": "https://x" }',
  '[2013-08-09, 12:30, 0x1F, ~, null, true, .inf, -0]', '{ en: [Vienna], ar: [فيينا] }', '{ en: "We made progress.", ar: "أحرزنا تقدما." }', "[ 'a''b', \"c\\\"d\" ]",
  '[a , b,c ]', '{ a: [ ] , b: { } }', '[ "a" , \'b\' ]', '{ a: 1, a: 2 }', '[-1, -x, a-b]', '[ a#b ]', '{ a: b c, d e: f }', '[😀, 👩‍👩‍👧]', '{ k: "v" , }',
];
const EDGE_FLOW = [
  '[a: 1]', '[,a]', '{ a: 1', '[a,,b]', '{ ? a }', '[ - a ]', '{ a: b: c }', '[a]b', '[a]#c', '{ [a]: 1 }', '{ a: 1 }: x', '[a, b\n      , c]', '{ a #c }',
  '[ &x a ]', '[ *x ]', '[ !t a ]', '[ |x ]', '{ :a }', '{ a: [b }', '[a]]', '{a: 1}}', '[ , ]', '{ , }', '[a] [b]', '{ "a" b }', '[ @x ]',
];
const DECLINED = ['&anchor value', '*alias', '!!str 5', '!tag x', '|\n      block text\n      more', '>-\n      folded text'];

function plainValue(g: Gen): string {
  if (g.chance(g.edge)) return g.pick([...EDGE_PLAIN, ...EDGE_DQ, ...EDGE_SQ, ...EDGE_FLOW, ...DECLINED]);
  const k = g.int(20);
  if (k < 11) return g.pick(SAFE_PLAIN);
  if (k < 14) return g.pick(SAFE_DQ);
  if (k < 16) return g.pick(SAFE_SQ);
  if (k < 19) return g.pick(SAFE_FLOW);
  // A long line.
  const q = g.pick(['', '', '"', "'"]);
  return q + g.pick(g.edge ? ['a', 'x: ', 'a #'] : ['a', 'word ', 'و ', '😀', '1', 'a:b ']).repeat(200 + g.int(5000)).trim() + q;
}

const IDS = ['lavrov', 'city-0', 'c1', 'person-12', 'x.y_z', 'Bad Id', 'مدينة', '😀', '"quoted id"', "'single id'", '"a: b"', '"a # b"', '123', '1.5', 'true', '~', 'null', '-x', 'a:b'];
const EDGE_KEYS = ['? x', '[a]', '{a: 1}', '&a k', '*a', '!t k', '"unclosed', 'a #b', ': v', '- k', '"k"x', 'k'.repeat(1100)];

function key(g: Gen, pool: readonly string[]): string {
  if (g.chance(g.edge / 3)) return g.pick(EDGE_KEYS);
  return g.pick(pool);
}

/** Lines of the generated document; comments, blank lines and trailing spaces are added as they go. */
class Doc {
  readonly lines: string[] = [];
  constructor(private readonly g: Gen) {}
  line(indent: number, text: string, canComment = true): void {
    const g = this.g;
    if (g.chance(0.06)) this.lines.push(g.chance(0.5) ? '' : ' '.repeat(g.int(6)));
    if (g.chance(0.07)) this.lines.push(' '.repeat(g.pick([0, 0, indent, indent + 1, indent + 2, indent + 4, Math.max(0, indent - 2), Math.max(0, indent - 1)])) + g.pick(['# comment', '#', '# -- section --', '# تعليق', '#: not a key']));
    let s = ' '.repeat(indent) + text;
    if (canComment && g.chance(0.08)) s += ' '.repeat(1 + g.int(3)) + g.pick(['# comment', '#', '# a: b', '# "x"']);
    if (g.chance(0.04)) s += ' '.repeat(1 + g.int(3));
    this.lines.push(s);
  }
}

const FIELDS: Record<string, string[]> = {
  entities: ['type', 'names', 'roles', 'note', 'url', 'wikidata', 'description'],
  roles: ['names', 'note'],
  claims: ['statement', 'date', 'place', 'speaker', 'quote', 'participants', 'status', 'reviewed', 'source', 'note', 'tags'],
  other: ['a', 'b', 'c d', '"e f"', 'g'],
};

/** A value under `k` at `indent`: a scalar or flow collection on the line, or a block collection below. */
function field(g: Gen, d: Doc, indent: number, k: string, depth: number): void {
  const style = g.int(10);
  const step = g.pick([2, 2, 2, 4, 1, 3]);
  if (style < 6 || depth > 3) {
    d.line(indent, `${k}: ${plainValue(g)}`);
  } else if (style < 7) {
    d.line(indent, `${k}:`, true); // empty, or a block below
    if (g.chance(0.15)) return;
    blockSeq(g, d, g.chance(0.3) ? indent : indent + step, depth + 1);
  } else if (style < 9) {
    d.line(indent, `${k}:`);
    blockSeq(g, d, g.chance(0.3) ? indent : indent + step, depth + 1);
  } else {
    d.line(indent, `${k}:`);
    blockMap(g, d, indent + step, FIELDS.other, depth + 1);
  }
}

function blockMap(g: Gen, d: Doc, indent: number, keys: readonly string[], depth: number): void {
  const n = 1 + g.int(4);
  for (let i = 0; i < n; i++) field(g, d, indent, key(g, keys), depth);
}

function blockSeq(g: Gen, d: Doc, indent: number, depth: number): void {
  const n = 1 + g.int(3);
  for (let i = 0; i < n; i++) {
    const kind = g.int(10);
    if (kind < 5 || depth > 3) d.line(indent, `-${' '.repeat(1 + (g.chance(0.1) ? g.int(3) : 0))}${plainValue(g)}`);
    else if (kind < 8) {
      // A mapping in the item: "- role: x" then its other keys at the key's column.
      const gap = g.chance(0.85) ? 1 : 2 + g.int(2);
      const keys = ['role', 'from', 'to', 'name', 'url', 'by', 'on', 'note'];
      const m = 1 + g.int(3);
      d.line(indent, `-${' '.repeat(gap)}${key(g, keys)}: ${plainValue(g)}`);
      for (let j = 1; j < m; j++) {
        if (g.chance(0.2)) field(g, d, indent + 1 + gap, key(g, keys), depth + 1);
        else d.line(indent + 1 + gap, `${key(g, keys)}: ${plainValue(g)}`);
      }
    } else if (kind < 9) {
      d.line(indent, '-');
      if (g.chance(0.7)) blockMap(g, d, indent + g.pick([2, 2, 4, 1]), FIELDS.other, depth + 1);
    } else d.line(indent, `- ${g.pick(SAFE_FLOW)}`);
  }
}

/** A register-like text: a header, version, include, sections of entries in block or flow style. */
export function registerLike(g: Gen): string {
  g.edge = g.chance(0.35) ? 0.04 : 0;
  const d = new Doc(g);
  if (g.chance(0.4)) d.lines.push('# Claims register', '# for tests');
  if (g.chance(0.8)) d.line(0, `version: ${g.pick(['1', '1', '"1"', '1.0', '2'])}`);
  if (g.chance(0.3)) {
    const inc = g.int(3);
    if (inc === 0) d.line(0, `include: ${g.pick(['[people.yaml]', 'people.yaml', '[a.yaml, "b.yaml"]', '[]'])}`);
    else { d.line(0, 'include:'); d.line(inc === 1 ? 0 : 2, '- people.yaml'); }
  }
  const sections = ['entities', 'roles', 'claims', 'entities', 'claims', 'other'];
  const count = 1 + g.int(3);
  for (let s = 0; s < count; s++) {
    const name = g.pick(sections);
    d.line(0, `${name === 'other' ? key(g, ['junk', 'notes']) : name}:`);
    const indent = g.pick([2, 2, 2, 4, 1, 3]);
    const entries = 1 + g.int(4);
    for (let e = 0; e < entries; e++) {
      const id = key(g, IDS);
      const fields = FIELDS[name] ?? FIELDS.other;
      if (g.chance(0.3)) {
        const parts = Array.from({ length: 1 + g.int(3) }, () => `${g.pick(fields)}: ${g.chance(0.7) ? g.pick(SAFE_PLAIN.filter(v => !/[,[\]{}#:]/.test(v))) : g.pick(SAFE_FLOW)}`);
        d.line(indent, `${id}: { ${parts.join(', ')}${g.chance(0.1) ? ',' : ''} }`);
      } else {
        d.line(indent, `${id}:`);
        if (g.chance(0.05)) continue; // an entry with no value
        blockMap(g, d, indent + g.pick([2, 2, 2, 4, 1]), fields, 1);
      }
    }
  }
  let text = d.lines.join('\n');
  if (g.chance(0.85)) text += '\n';
  if (g.chance(0.15)) text += g.pick(['\n', '\n\n', '# end\n', '  # end\n', '    # end', '   \n']);
  if (g.chance(0.15)) text = text.replace(/\n/g, '\r\n');
  // A BOM as load.ts leaves it: a space (yaml then reports a first line of content as indented).
  if (g.chance(text.startsWith('#') || g.edge ? 0.1 : 0)) text = ' ' + text;
  return text;
}

const HOSTILE_CHARS = [':', ' ', '-', '#', "'", '"', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '\\', '\n', '\r\n', '\r', '\t', '\uFEFF', '---\n', '...\n', 'x', '😀'];

/** Random edits: characters inserted or deleted, lines duplicated, swapped or re-indented. */
export function mutate(g: Gen, text: string): string {
  let t = text;
  const edits = 1 + g.int(4);
  for (let e = 0; e < edits; e++) {
    const at = g.int(t.length + 1);
    const lines = t.split('\n');
    const li = g.int(lines.length);
    switch (g.int(7)) {
      case 0: case 1: t = t.slice(0, at) + g.pick(HOSTILE_CHARS) + t.slice(at); break;
      case 2: t = t.slice(0, at) + t.slice(at + 1 + g.int(5)); break;
      case 3: lines.splice(li, 0, lines[li]); t = lines.join('\n'); break;
      case 4: { const lj = g.int(lines.length); [lines[li], lines[lj]] = [lines[lj], lines[li]]; t = lines.join('\n'); break; }
      case 5: lines[li] = g.chance(0.5) ? ' '.repeat(1 + g.int(3)) + lines[li] : lines[li].replace(/^ {1,3}/, ''); t = lines.join('\n'); break;
      default: t = t.slice(0, at) + '\n' + ' '.repeat(g.int(8)) + t.slice(at);
    }
  }
  return t;
}

/** Claim-block-like texts: a mapping or a list of mappings of ref, date, place, speaker, quote, ignore. */
export function claimBlockLike(g: Gen): string {
  g.edge = g.chance(0.3) ? 0.05 : 0;
  const keys = ['ref', 'date', 'place', 'speaker', 'quote', 'ignore'];
  const d = new Doc(g);
  const list = g.chance(0.4);
  const items = list ? 1 + g.int(3) : 1;
  for (let i = 0; i < items; i++) {
    const n = 1 + g.int(4);
    for (let j = 0; j < n; j++) {
      const text = `${key(g, keys)}: ${plainValue(g)}`;
      if (list) d.line(j === 0 ? 0 : 2, (j === 0 ? '- ' : '') + text);
      else d.line(0, text);
    }
  }
  return d.lines.join('\n') + '\n';
}

