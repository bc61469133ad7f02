/** unknown-ref, claim-status and unregistered: what a claim block's ids point at. */
import { nearestId } from '../text/tokens';
import type { Severity } from '../types';
import type { EntryContext } from './context';

const STATUS_SEVERITY: Record<string, Severity | undefined> = {
  false: 'error', retracted: 'error', disputed: 'warning', unverified: 'info',
};

const ENTITY_KEYS = ['place', 'speaker'] as const;

export function checkRefs(ctx: EntryContext): void {
  const { register, entry } = ctx;
  if (!entry.hasRef) {
    ctx.report({
      code: 'unregistered', severity: 'info', start: entry.start, end: entry.end,
      message: 'This claim block has no `ref`: the claim is not in the register yet.', messageId: 'unregistered',
    });
  }
  for (const ref of entry.refs) {
    const claim = register.claims.get(ref.value);
    if (!claim) {
      const near = nearestId(ref.value, register.claims);
      ctx.report({
        code: 'unknown-ref', severity: 'error', start: ref.start, end: ref.end, ref: ref.value,
        message: `No claim "${ref.value}" in the register${near ? `; did you mean "${near}"?` : '.'}`,
        messageId: 'unknown-claim', args: { id: ref.value, ...(near ? { near } : {}) },
        fix: near ? { title: `Change to "${near}"`, start: ref.start, end: ref.end, newText: near } : undefined,
      });
      continue;
    }
    const severity = STATUS_SEVERITY[claim.status];
    if (severity) {
      ctx.report({
        code: 'claim-status', severity, start: ref.start, end: ref.end, ref: claim.id,
        message: `Claim "${claim.id}" is ${claim.status} in the register${claim.note ? `: ${claim.note}` : '.'}`,
        messageId: 'claim-status', args: { id: claim.id, status: claim.status, ...(claim.note ? { note: claim.note } : {}) },
      });
    }
  }
  for (const key of ENTITY_KEYS) {
    const v = entry[key];
    if (v && !register.entities.has(v.value)) {
      const near = nearestId(v.value, register.entities);
      ctx.report({
        code: 'unknown-ref', severity: 'error', start: v.start, end: v.end, ref: v.value,
        message: `No entity "${v.value}" in the register${near ? `; did you mean "${near}"?` : '.'}`,
        messageId: 'unknown-entity', args: { id: v.value, ...(near ? { near } : {}) },
        fix: near ? { title: `Change to "${near}"`, start: v.start, end: v.end, newText: near } : undefined,
      });
    }
  }
}

/** stale-review: a cited claim whose last review is older than the policy (or that was never reviewed). */
export function checkReviews(ctx: EntryContext): void {
  const policy = ctx.options.review;
  if (!policy) return;
  for (const ref of ctx.entry.refs) {
    const claim = ctx.register.claims.get(ref.value);
    if (!claim || claim.status === 'unverified') continue;
    const on = claim.reviewed?.on;
    const age = on ? policy.today - on.hi : undefined;
    if (age !== undefined && age <= policy.maxAgeDays) continue;
    ctx.report({
      code: 'stale-review', severity: 'info', start: ref.start, end: ref.end, ref: claim.id,
      message: age === undefined
        ? `Claim "${claim.id}" has no review date (reviewed: { by, on }); the policy asks for a review every ${policy.maxAgeDays} days.`
        : `Claim "${claim.id}" was last reviewed on ${claim.reviewed!.onText} (${age} days ago; the policy is ${policy.maxAgeDays} days).`,
      ...(age === undefined
        ? { messageId: 'review-missing', args: { id: claim.id, days: policy.maxAgeDays } }
        : { messageId: 'review-stale', args: { id: claim.id, on: claim.reviewed!.onText ?? '', age, days: policy.maxAgeDays } }),
    });
  }
}
