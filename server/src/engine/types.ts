/** Shared types of the Claimcheck engine. Offsets are UTF-16 indices into the original text. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const CODES = [
  'yaml-syntax', 'schema', 'unknown-ref', 'date-mismatch', 'relative-date-mismatch', 'elapsed-mismatch',
  'attribution-mismatch', 'quote-mismatch', 'place-mismatch', 'role-anachronism', 'name-variant',
  'claim-status', 'stale-review', 'unregistered', 'unlinked-claim',
  'duplicate-id', 'dangling-ref', 'role-overlap', 'date-order', 'no-register',
] as const;
export type Code = typeof CODES[number];

/** A text edit that repairs a finding; travels with the finding so code actions stay stateless. */
export interface Fix {
  title: string;
  start: number;
  end: number;
  newText: string;
  /** File the edit applies to when it is not the checked text itself (e.g. the register). */
  path?: string;
}

export interface Finding {
  code: Code;
  severity: Severity;
  message: string;
  /** Offsets into the checked text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** Register id the finding is about, when there is one. */
  ref?: string;
  fix?: Fix;
  /**
   * Which message this is, stable across releases (see messages.ts), and the values it names, so
   * the message can be rendered in another language; `message` stays the English text. A list is
   * one string joined with " / ".
   */
  messageId?: string;
  args?: Record<string, string | number>;
}

export interface CheckOptions {
  /** Severity overrides per code ("off" drops the finding). */
  severity?: Partial<Record<string, SeveritySetting>>;
  /**
   * The review policy for stale-review: today's date (a day number, see dates/calendar.ts) and
   * the age in days after which a claim's last review is stale. Without it the check is off (the
   * engine has no clock; the CLI and the server pass today's date).
   */
  review?: { today: number; maxAgeDays: number };
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Keeps findings at or above `level` (error is highest). */
export function atLeast(findings: readonly Finding[], level: Severity): Finding[] {
  const max = SEVERITY_RANK[level];
  return findings.filter(f => SEVERITY_RANK[f.severity] <= max);
}
