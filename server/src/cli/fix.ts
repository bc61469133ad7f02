/**
 * `--fix`: the safe fixes are the edits that findings carry for the article itself (unknown-ref
 * suggestions, date, place and name replacements); fixes aimed at another file (the register) are
 * left to a person. Non-overlapping edits are applied from the end; the article is checked again
 * and fixed again until nothing changes (at most MAX_PASSES), so running --fix twice changes
 * nothing the second time.
 */
import type { Finding } from '../engine/index';

export const MAX_PASSES = 10;

export interface Edit { start: number; end: number; newText: string }

export function safeEdits(text: string, findings: readonly Finding[]): Edit[] {
  const edits: Edit[] = [];
  for (const f of findings) {
    const fx = f.fix;
    if (!fx || fx.path !== undefined) continue;
    if (fx.start < 0 || fx.end < fx.start || fx.end > text.length) continue;
    if (text.slice(fx.start, fx.end) === fx.newText) continue;
    edits.push({ start: fx.start, end: fx.end, newText: fx.newText });
  }
  return edits;
}

/** Applies the edits that do not overlap an earlier one (in document order), from the end of the text. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (kept.length && (e.start < lastEnd || (e.start === lastEnd && e.start === e.end && kept[kept.length - 1].start === e.start))) continue;
    if (kept.some(k => k.start === e.start && k.end === e.end)) continue;
    kept.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) out = out.slice(0, kept[i].start) + kept[i].newText + out.slice(kept[i].end);
  return { text: out, applied: kept.length };
}

/**
 * Fixes a text to a fixed point: `check` returns its findings, `wanted` says which of them may be
 * fixed (those reported). Returns the fixed text, how many edits were applied, and the findings of
 * the final text.
 */
export function fixText(text: string, check: (text: string) => Finding[], wanted: (f: Finding) => boolean = () => true): { text: string; applied: number; findings: Finding[] } {
  let current = text;
  let applied = 0;
  const seen = new Set<string>([current]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = check(current);
    const edits = safeEdits(current, findings.filter(wanted));
    if (!edits.length) return { text: current, applied, findings };
    const next = applyEdits(current, edits);
    if (seen.has(next.text)) return { text: current, applied, findings }; // the fixes go round in a circle: stop
    seen.add(next.text);
    current = next.text;
    applied += next.applied;
  }
  return { text: current, applied, findings: check(current) };
}
