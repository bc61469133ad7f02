/** Who held an office when. Terms are compared by overlap at the precision written. */
import type { DateSpan } from '../dates/calendar';
import type { Entity, Register } from './model';

/** Whether `entity` held `role` at some time within `at`. A term with no `to` is still held. */
export function heldAt(entity: Entity, role: string, at: DateSpan): boolean {
  return entity.roles.some(t => t.role === role && (t.from?.lo ?? -Infinity) <= at.hi && at.lo <= (t.to?.hi ?? Infinity));
}

/** Whether `entity` had taken up `role` by the end of `at` ("former", "then"). */
export function heldBefore(entity: Entity, role: string, at: DateSpan): boolean {
  return entity.roles.some(t => t.role === role && (t.from?.lo ?? -Infinity) <= at.hi);
}

const byRole = new WeakMap<Register, Map<string, Entity[]>>();

/** The entities that held `role` at some time within `at` (indexed once per register). */
export function holdersAt(register: Register, role: string, at: DateSpan): string[] {
  let index = byRole.get(register);
  if (!index) {
    index = new Map();
    for (const e of register.entities.values()) {
      for (const t of e.roles) {
        const list = index.get(t.role) ?? [];
        if (!list.includes(e)) list.push(e);
        index.set(t.role, list);
      }
    }
    byRole.set(register, index);
  }
  return (index.get(role) ?? []).filter(e => heldAt(e, role, at)).map(e => e.id);
}
