/** role-anachronism: a person named with an office they did not hold at the article's date or the claim's date. */
import { describe } from '../dates/calendar';
import { heldAt, heldBefore, holdersAt } from '../register/roles';
import { DocumentContext, nameIn } from './context';

export function checkRoles(ctx: DocumentContext): void {
  const published = ctx.article.frontMatter?.published;
  for (const o of ctx.offices()) {
    if (ctx.ignoredIn(o.block).has('role-anachronism')) continue;
    const person = ctx.register.entities.get(o.person);
    if (!person) continue;
    const claimDate = ctx.claimsOf(o.block)?.find(c => c.date)?.date;
    const dates = [claimDate, o.qualifier === 'then' ? undefined : published].filter((d): d is NonNullable<typeof d> => !!d);
    if (!dates.length) continue;
    const ok = o.qualifier === 'former'
      ? dates.some(d => heldBefore(person, o.role, d))
      : dates.some(d => heldAt(person, o.role, d));
    if (ok) continue;
    const at = dates[dates.length - 1];
    const holders = holdersAt(ctx.register, o.role, at);
    const roleName = ctx.register.roles.get(o.role)?.names.get(ctx.article.lang)?.[0] ?? o.role;
    const holderName = holders.length === 1 ? nameIn(ctx.register, holders[0], ctx.article.lang) : undefined;
    const personName = ctx.article.text.slice(o.start, o.end);
    ctx.report({
      code: 'role-anachronism', severity: 'warning', start: o.start, end: o.end, ref: o.person,
      message: `${personName} did not hold the office "${roleName}" at ${describe(at)}${holders.length ? `; it was held by ${holders.map(h => nameIn(ctx.register, h, ctx.article.lang) ?? h).join(', ')}` : ''}.`,
      fix: holderName ? { title: `Change to "${holderName}"`, start: o.start, end: o.end, newText: holderName } : undefined,
    });
  }
}
