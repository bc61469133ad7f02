/** Caps a list of findings made at one place (a claim block, a YAML document). */
import type { Finding, Severity } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * At most `max` findings: the `max - 1` most severe (errors, then warnings, infos and hints, each in
 * the order given), and one at the place of the first left out saying how many are not shown. A
 * pasted block with hundreds of YAML errors, or an alias bomb with a warning per alias, would
 * otherwise bury everything else and weigh on the editor. A short list is returned as is.
 */
export function capFindings(findings: Finding[], max: number, messageId: string, message: (more: number) => string): Finding[] {
  if (findings.length <= max) return findings;
  const order = findings.map((f, i) => i).sort((a, b) => RANK[findings[a].severity] - RANK[findings[b].severity] || a - b);
  const keep = new Set(order.slice(0, max - 1));
  const next = findings[order[max - 1]];
  const more = findings.length - keep.size;
  const kept = findings.filter((_, i) => keep.has(i));
  kept.push({ code: next.code, severity: next.severity, start: next.start, end: next.end, message: message(more), messageId, args: { count: more } });
  return kept;
}
