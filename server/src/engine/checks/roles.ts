/**
 * role-anachronism: a person named with an office they did not hold when the title applies: at
 * publication for a plain title (or at the claim's date when the claim is of the last month), at the
 * claim's date for "then"/"آنذاك", before publication and no longer at it for "former".
 */
import { describe } from '../dates/calendar';
import { heldAt, heldBefore, holdersAt } from '../register/roles';
import { officesIn } from '../prose/attribution';
import { nameIn, ProseContext } from './context';

/** Days after an event within which a report of it keeps the titles people held that day. */
const RECENT_DAYS = 31;

export function checkBlockRoles(ctx: ProseContext): void {
  if (ctx.ignored.has('role-anachronism')) return;
  const published = ctx.article.frontMatter?.published;
  for (const o of officesIn(ctx, ctx.register)) {
    const person = ctx.register.entities.get(o.person);
    if (!person) continue;
    const claimDate = ctx.claims?.find(c => c.date)?.date;
    // News style: a title without a qualifier is the person's title at publication; "then"
    // ("آنذاك") is the title at the time of the claim; "former" ("السابق") one held before.
    const at = o.qualifier === 'then' ? claimDate ?? published : published ?? claimDate;
    if (!at) continue;
    const personName = ctx.article.text.slice(o.start, o.end);
    const roleName = ctx.register.roles.get(o.role)?.names.get(ctx.article.lang)?.[0] ?? o.role;
    // "Former" is said of someone who held the office and no longer does: not of its holder.
    if (o.qualifier === 'former' && published && heldAt(person, o.role, published)) {
      ctx.report({
        code: 'role-anachronism', severity: 'warning', start: o.start, end: o.end, ref: o.person,
        message: `${personName} still held the office "${roleName}" at ${describe(published)}: "former" does not fit.`,
        messageId: 'role-former-current', args: { person: personName, role: roleName, at: describe(published) },
      });
      continue;
    }
    const ok = o.qualifier === 'former' || (o.qualifier === 'then' && !claimDate) ? heldBefore(person, o.role, at) : heldAt(person, o.role, at);
    if (ok) continue;
    // Reporting an event of the last weeks, news keeps the titles of that day ("Iranian President
    // Ebrahim Raisi was killed", two days after the crash): a plain title held at the claim's date is right.
    if (!o.qualifier && published && claimDate && claimDate.hi <= published.lo && published.lo - claimDate.hi <= RECENT_DAYS && heldAt(person, o.role, claimDate)) continue;
    const holders = holdersAt(ctx.register, o.role, at);
    const holderName = holders.length === 1 ? nameIn(ctx.register, holders[0], ctx.article.lang) : undefined;
    ctx.report({
      code: 'role-anachronism', severity: 'warning', start: o.start, end: o.end, ref: o.person,
      message: `${personName} did not hold the office "${roleName}" at ${describe(at)}${holders.length ? `; it was held by ${holders.map(h => nameIn(ctx.register, h, ctx.article.lang) ?? h).join(', ')}` : ''}.`,
      messageId: 'role-anachronism', args: {
        person: personName, role: roleName, at: describe(at),
        ...(holders.length ? { holders: holders.map(h => nameIn(ctx.register, h, ctx.article.lang) ?? h).join(' / ') } : {}),
      },
      fix: holderName ? { title: `Change to "${holderName}"`, start: o.start, end: o.end, newText: holderName } : undefined,
    });
  }
}
