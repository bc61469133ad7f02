/** Register integrity: references to missing entries, one office held by two people at once. */
import { describe } from '../dates/calendar';
import { nearestId } from '../text/tokens';
import type { Code, Finding, Severity } from '../types';
import type { Register, RoleTerm, Where } from './model';

export function validateRegister(reg: Register): void {
  const add = (at: Where, code: Code, severity: Severity, message: string, ref?: string, fix?: string, id?: Pick<Finding, 'messageId' | 'args'>) => {
    const list = reg.findings.get(at.file) ?? [];
    reg.findings.set(at.file, list);
    list.push({
      code, severity, message, start: at.start, end: at.end, ref,
      fix: fix ? { title: `Change to "${fix}"`, start: at.start, end: at.end, newText: fix } : undefined,
      ...id,
    });
  };

  for (const claim of reg.claims.values()) {
    for (const ref of claim.refs) {
      if (!reg.entities.has(ref.id)) {
        const near = nearestId(ref.id, reg.entities);
        add(ref.at, 'dangling-ref', 'error',
          `Claim "${claim.id}": ${ref.key} "${ref.id}" is not an entity in the register${near ? `; did you mean "${near}"?` : '.'}`, ref.id, near,
          { messageId: 'dangling-entity', args: { claim: claim.id, key: ref.key, id: ref.id, ...(near ? { near } : {}) } });
      } else if (ref.key === 'place' && reg.entities.get(ref.id)!.type !== 'place') {
        add(ref.at, 'schema', 'warning', `Claim "${claim.id}": place "${ref.id}" is a ${reg.entities.get(ref.id)!.type}, not a place.`, ref.id, undefined,
          { messageId: 'place-not-place', args: { claim: claim.id, id: ref.id, type: reg.entities.get(ref.id)!.type } });
      }
    }
  }

  const holders = new Map<string, Array<{ entity: string; term: RoleTerm }>>();
  for (const entity of reg.entities.values()) {
    for (const term of entity.roles) {
      if (!reg.roles.has(term.role)) {
        const near = nearestId(term.role, reg.roles);
        add(term.roleAt, 'dangling-ref', 'error',
          `Entity "${entity.id}": role "${term.role}" is not defined under roles${near ? `; did you mean "${near}"?` : '.'}`, term.role, near,
          { messageId: 'dangling-role', args: { entity: entity.id, role: term.role, ...(near ? { near } : {}) } });
        continue;
      }
      const list = holders.get(term.role) ?? [];
      holders.set(term.role, list);
      list.push({ entity: entity.id, term });
    }
  }

  // Two holders overlap only when it is certain at the precision written: the later term surely
  // starts before the earlier one surely ends. ("to: 2017-09" and "from: 2017-09-15" do not warn.)
  for (const [role, list] of holders) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        if (a.entity === b.entity) continue;
        const startA = a.term.from?.hi ?? -Infinity, startB = b.term.from?.hi ?? -Infinity;
        const endA = a.term.to?.lo ?? Infinity, endB = b.term.to?.lo ?? Infinity;
        if (Math.max(startA, startB) < Math.min(endA, endB) && (a.term.from || b.term.from)) {
          const span = (t: RoleTerm) => `${t.from ? describe(t.from) : '…'} to ${t.to ? describe(t.to) : 'now'}`;
          const end = (d: RoleTerm['from']) => (d ? describe(d) : ''); // '' in args: open ("…", "now")
          add(b.term.at, 'role-overlap', 'warning',
            `Role "${role}" is held by "${b.entity}" (${span(b.term)}) while "${a.entity}" holds it (${span(a.term)}).`, role, undefined,
            { messageId: 'role-overlap', args: {
              role, entity: b.entity, from: end(b.term.from), to: end(b.term.to), other: a.entity, otherFrom: end(a.term.from), otherTo: end(a.term.to),
            } });
        }
      }
    }
  }
}

