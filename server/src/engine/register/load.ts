/**
 * Loads a register and the files it includes through a host (the engine does no IO), then
 * validates it. Never throws: every problem is a finding in the file where it was written.
 *
 * Memory: the sections (entities, roles, claims) are read entry by entry as the fast YAML reader
 * reads them (parseYaml's `stream`), so that the YAML tree of a whole register (about 200 MB at
 * 100 000 entries) is never held, only that of one entry at a time. Their findings wait until the
 * walk over the root mapping reaches the section, so they come in the same order as from the whole
 * tree; when the fast reader declines after some entries, they are undone and the text read again
 * the plain way. test/robustness/registerMemory.test.ts holds this to the plain reading.
 */
import { isSeq, Node, YAMLSeq } from 'yaml';
import { parseIsoDate, spanReversed } from '../dates/calendar';
import type { Finding } from '../types';
import { MapKeys, parseYaml, YamlReader } from '../yaml/read';
import { Claim, ENTITY_TYPES, Entity, Register, Role, RoleTerm, Source, Status, STATUSES, Where } from './model';
import { validateRegister } from './validate';

export interface RegisterHost {
  /** The file's text, or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** Path of `relative` resolved against the folder of `fromFile`. */
  resolve(fromFile: string, relative: string): string;
  /** Whether a path may be read (inside the workspace root). */
  allowed(path: string): boolean;
  /** The file a path names (its real path through symbolic links), to tell that two paths are one file. Default: the path. */
  identity?(path: string): string;
}

const TOP_KEYS = ['version', 'include', 'entities', 'roles', 'claims'];
const ENTITY_KEYS = ['type', 'names', 'roles', 'note', 'description', 'url', 'wikidata'];
const ROLE_KEYS = ['names', 'note', 'description'];
const TERM_KEYS = ['role', 'from', 'to', 'note'];
const CLAIM_KEYS = ['statement', 'date', 'place', 'speaker', 'quote', 'participants', 'status', 'reviewed', 'source', 'note', 'tags'];
export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

function unknownKey(r: YamlReader, key: string, node: Node, allowed: string[], where: string): void {
  r.schema(`Unknown key "${key}" in ${where}; expected one of: ${allowed.join(', ')}.`, node, 'error',
    { messageId: 'unknown-key', args: { key, where, allowed: allowed.join(' / ') } });
}

export function loadRegister(root: string, host: RegisterHost): Register {
  const reg: Register = { root, files: [], entities: new Map(), roles: new Map(), claims: new Map(), findings: new Map() };
  /** Per kind (entity, role, claim): the file where each id was first defined. */
  const definedIn = new Map<string, Map<string, string>>(KINDS.map(k => [k, new Map()]));
  const load = (file: string, chain: string[]): void => {
    reg.files.push(file);
    const findings: Finding[] = [];
    reg.findings.set(file, findings);
    const text = host.read(file);
    if (text === undefined) {
      findings.push({ code: 'schema', severity: 'error', message: `Cannot read register file ${file}.`, start: 0, end: 0, messageId: 'register-unreadable', args: { file } });
      return;
    }
    // A byte-order mark (Notepad writes one) is not YAML: read what follows it, offsets shifted
    // back onto the file. (A space in its place would indent the first line and break the file.)
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const toFile = (o: number) => o + bom;
    const r = new YamlReader(toFile);
    const at = (node: Node | null | undefined): Where => { const [start, end] = r.range(node); return { file, start, end }; };
    const readers = new Map<string, Read>([['entities', readEntity], ['roles', readRole], ['claims', readClaim]]);

    // Sections streamed by the fast reader, by their key node: the findings of their keys, then of their entries.
    const streamed = new Map<Node, { used: boolean; keys: YamlReader; entries: YamlReader }>();
    /** The root keys the walk below takes (a key written again is skipped there: not streamed). */
    const rootKeys = new MapKeys(new YamlReader(toFile), 'the register', 'schema', false, true);
    const sizes = modelSizes(reg, definedIn);
    const { doc, errors } = parseYaml(bom ? text.slice(1) : text, toFile, {
      sections(keyNode) {
        const e = rootKeys.entry(keyNode, null);
        const read = e && readers.get(e.key);
        if (!read) return undefined;
        const s = { used: false, keys: new YamlReader(toFile), entries: new YamlReader(toFile) };
        streamed.set(keyNode, s);
        const keys = new MapKeys(s.keys, e!.key, 'duplicate-id', false, true);
        return (k, v) => {
          s.used = true;
          const entry = keys.entry(k, v);
          if (entry) read(s.entries, entry.key, entry.keyNode, entry.value);
        };
      },
      declined() {
        // The entries handed over are undone; the walk below reads parseDocument's tree, whose nodes are others.
        streamed.clear();
        undoModel(sizes);
      },
    });
    for (const e of errors) findings.push(e);
    if (errors.some(e => e.severity === 'error')) return;
    const includes: Array<{ path: string; node: Node }> = [];
    for (const { key, keyNode, value } of r.entries(doc.contents, 'the register')) {
      switch (key) {
        case 'version':
          if (!(value && 'value' in value && (value as { value: unknown }).value === 1)) r.schema('version must be 1', value ?? keyNode, 'error', { messageId: 'version-not-1' });
          break;
        case 'include':
          for (const inc of r.strings(value, 'include')) includes.push({ path: inc.value, node: inc.node });
          break;
        case 'entities': case 'roles': case 'claims': {
          const s = streamed.get(keyNode);
          if (s?.used) {
            // Read as the text was read: only its findings are left to report, here.
            for (const f of s.keys.findings) r.findings.push(f);
            for (const f of s.entries.findings) r.findings.push(f);
          } else {
            const read = readers.get(key)!;
            for (const e of r.entries(value, key, 'duplicate-id')) read(r, e.key, e.keyNode, e.value);
          }
          break;
        }
        default:
          unknownKey(r, key, keyNode, TOP_KEYS, 'the register');
      }
    }

    function checkId(r: YamlReader, kind: string, id: string, keyNode: Node): boolean {
      if (!ID_PATTERN.test(id)) r.schema(`${kind} id "${id}" should be kebab-case (lower-case letters, digits and hyphens).`, keyNode, 'warning', { messageId: 'id-not-kebab', args: { kind, id } });
      const ids = definedIn.get(kind)!;
      const prev = ids.get(id);
      if (prev !== undefined) {
        r.report('duplicate-id', 'error', `Duplicate ${kind} id "${id}": already defined in ${prev}.`, keyNode,
          { ref: id, messageId: 'duplicate-id', args: { kind, id, file: prev } });
        return false;
      }
      ids.set(id, file);
      return true;
    }

    function readDate(r: YamlReader, node: Node | null, what: string): { span?: ReturnType<typeof parseIsoDate>; text?: string } {
      const raw = node && 'value' in node ? (node as { value: unknown }).value : undefined;
      const span = parseIsoDate(raw);
      if (!span) {
        if (spanReversed(raw)) r.report('date-order', 'error', `${what}: the span ends before it begins (${String(raw)}).`, node, { messageId: 'span-reversed', args: { what, value: String(raw) } });
        else r.schema(`${what} is not a date: use 2013, 2013-08, 2013-08-09 or FROM/TO.`, node, 'error', { messageId: 'date-invalid', args: { what } });
        return {};
      }
      return { span, text: String(raw) };
    }

    function readEntity(r: YamlReader, id: string, keyNode: Node, value: Node | null): void {
      if (!checkId(r, 'entity', id, keyNode)) return;
      const entity: Entity = { id, type: 'other', names: new Map(), roles: [], at: at(keyNode) };
      for (const { key, keyNode: k, value: v } of r.entries(value, `entity "${id}"`)) {
        if (key === 'type') {
          const t = r.string(v, 'type');
          if (t && !(ENTITY_TYPES as readonly string[]).includes(t)) r.schema(`type must be one of ${ENTITY_TYPES.join(', ')}`, v, 'error', { messageId: 'entity-type', args: { allowed: ENTITY_TYPES.join(' / ') } });
          else if (t) entity.type = t;
        } else if (key === 'names') {
          entity.names = r.perLanguage(v, `names of "${id}"`, true);
        } else if (key === 'roles') {
          if (!isSeq(v)) { r.schema('roles must be a list of { role, from, to }', v ?? k, 'error', { messageId: 'roles-not-list' }); continue; }
          for (const item of (v as YAMLSeq).items as Node[]) {
            const term: Partial<RoleTerm> = { at: at(item) };
            for (const t of r.entries(item, `a role of "${id}"`)) {
              if (t.key === 'role') { term.role = r.string(t.value, 'role'); term.roleAt = at(t.value); }
              else if (t.key === 'from') term.from = readDate(r, t.value, 'from').span;
              else if (t.key === 'to') term.to = readDate(r, t.value, 'to').span;
              else if (t.key !== 'note') unknownKey(r, t.key, t.keyNode, TERM_KEYS, 'a role');
            }
            if (!term.role) { r.schema(`a role of "${id}" needs a role id`, item, 'error', { messageId: 'role-needs-id', args: { id } }); continue; }
            if (term.from && term.to && term.to.hi < term.from.lo) {
              r.report('date-order', 'error', `Role ${term.role} of "${id}" ends before it begins.`, item, { messageId: 'role-term-reversed', args: { role: term.role, id } });
            }
            entity.roles.push(term as RoleTerm);
          }
        } else if (!ENTITY_KEYS.includes(key)) unknownKey(r, key, k, ENTITY_KEYS, `entity "${id}"`);
      }
      if (!entity.names.size) r.schema(`entity "${id}" has no names`, keyNode, 'warning', { messageId: 'entity-no-names', args: { id } });
      reg.entities.set(id, entity);
    }

    function readRole(r: YamlReader, id: string, keyNode: Node, value: Node | null): void {
      if (!checkId(r, 'role', id, keyNode)) return;
      const role: Role = { id, names: new Map(), at: at(keyNode) };
      for (const { key, keyNode: k, value: v } of r.entries(value, `role "${id}"`)) {
        if (key === 'names') role.names = r.perLanguage(v, `names of role "${id}"`, true);
        else if (!ROLE_KEYS.includes(key)) unknownKey(r, key, k, ROLE_KEYS, `role "${id}"`);
      }
      reg.roles.set(id, role);
    }

    function readClaim(r: YamlReader, id: string, keyNode: Node, value: Node | null): void {
      if (!checkId(r, 'claim', id, keyNode)) return;
      const claim: Claim = {
        id, at: at(keyNode), statement: new Map(), quote: new Map(), participants: [], status: 'unverified', sources: [], refs: [],
      };
      let hasStatus = false;
      for (const { key, keyNode: k, value: v } of r.entries(value, `claim "${id}"`)) {
        switch (key) {
          case 'statement': claim.statement = firstOf(r.perLanguage(v, 'statement', false)); break;
          case 'quote': claim.quote = firstOf(r.perLanguage(v, 'quote', false)); break;
          case 'date': { const d = readDate(r, v, 'date'); claim.date = d.span; claim.dateText = d.text; break; }
          case 'place': case 'speaker': {
            const ref = r.string(v, key);
            if (ref) { claim[key] = ref; claim.refs.push({ id: ref, key, at: at(v) }); }
            break;
          }
          case 'participants':
            for (const p of r.strings(v, 'participants')) { claim.participants.push(p.value); claim.refs.push({ id: p.value, key, at: at(p.node) }); }
            break;
          case 'status': {
            hasStatus = true;
            const s = r.string(v, 'status');
            if (s && (STATUSES as readonly string[]).includes(s)) claim.status = s as Status;
            else if (s) r.schema(`status must be one of ${STATUSES.join(', ')}`, v, 'error', { messageId: 'status-invalid', args: { allowed: STATUSES.join(' / ') } });
            break;
          }
          case 'reviewed': {
            const rev: NonNullable<Claim['reviewed']> = {};
            for (const e of r.entries(v, 'reviewed')) {
              if (e.key === 'by') rev.by = r.string(e.value, 'reviewed.by');
              else if (e.key === 'on') { const d = readDate(r, e.value, 'reviewed.on'); rev.on = d.span; rev.onText = d.text; }
              else unknownKey(r, e.key, e.keyNode, ['by', 'on'], 'reviewed');
            }
            claim.reviewed = rev;
            break;
          }
          case 'source': {
            const items = isSeq(v) ? ((v as YAMLSeq).items as Node[]) : [v];
            for (const item of items) {
              const src: Source = {};
              for (const e of r.entries(item, 'source')) {
                if (e.key === 'name') src.name = r.string(e.value, 'source.name');
                else if (e.key === 'url') src.url = r.string(e.value, 'source.url');
                else if (e.key !== 'date' && e.key !== 'note') unknownKey(r, e.key, e.keyNode, ['name', 'url', 'date', 'note'], 'source');
              }
              claim.sources.push(src);
            }
            break;
          }
          case 'note': claim.note = r.string(v, 'note'); break;
          case 'tags': r.strings(v, 'tags'); break;
          default: unknownKey(r, key, k, CLAIM_KEYS, `claim "${id}"`);
        }
      }
      if (!hasStatus && value) r.schema(`claim "${id}" has no status (verified, unverified, disputed, false or retracted); treated as unverified.`, keyNode, 'warning', { messageId: 'claim-no-status', args: { id } });
      reg.claims.set(id, claim);
    }

    for (const f of r.findings) findings.push(f);
    for (const inc of includes) {
      const target = host.resolve(file, inc.path);
      const [start, end] = r.range(inc.node);
      if (!host.allowed(target)) {
        findings.push({ code: 'schema', severity: 'error', message: `include "${inc.path}" points outside the workspace root; not read.`, start, end, messageId: 'include-outside', args: { path: inc.path } });
      } else if (chain.some(c => sameFile(host, c, target))) {
        findings.push({ code: 'schema', severity: 'error', message: `include "${inc.path}" forms a cycle (${[...chain, target].join(' → ')}); not read again.`, start, end,
          messageId: 'include-cycle', args: { path: inc.path, chain: [...chain, target].join(' → ') } });
      } else if (reg.files.some(f => sameFile(host, f, target))) {
        continue; // already read through another include
      } else if (host.read(target) === undefined) {
        findings.push({ code: 'dangling-ref', severity: 'error', message: `include "${inc.path}": no such readable file.`, start, end, messageId: 'include-missing', args: { path: inc.path } });
      } else {
        load(target, [...chain, target]);
      }
    }
  };
  load(root, [root]);
  validateRegister(reg);
  return reg;
}

/** Reads one entry of a section into the register; findings go to `r`. */
type Read = (r: YamlReader, id: string, keyNode: Node, value: Node | null) => void;

/** The kinds of ids (checkId); each has its map in `definedIn` from the start. */
const KINDS = ['entity', 'role', 'claim'];

/** How many entries the register's maps and the ids defined so far hold, to undo a file's entries (undoModel). */
type Sizes = Array<[Map<string, unknown>, number]>;

function modelSizes(reg: Register, definedIn: Map<string, Map<string, string>>): Sizes {
  return [reg.entities, reg.roles, reg.claims, ...KINDS.map(k => definedIn.get(k)!)].map(m => [m, m.size]);
}

/**
 * Removes what was added since `modelSizes`: a file's entries go after all the entries before them
 * (its includes are read after it), so Maps, which keep insertion order, end as they were.
 */
function undoModel(sizes: Sizes): void {
  for (const [map, size] of sizes) {
    let i = 0;
    for (const k of map.keys()) if (i++ >= size) map.delete(k);
  }
}

/** Whether two paths name one file: a folder linked to its parent must not include the same file forever. */
function sameFile(host: RegisterHost, a: string, b: string): boolean {
  return a === b || (host.identity !== undefined && host.identity(a) === host.identity(b));
}

function firstOf(m: Map<string, string[] | string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of m) out.set(k, Array.isArray(v) ? v[0] : v);
  return out;
}
