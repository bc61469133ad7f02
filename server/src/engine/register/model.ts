/** The claims register, as loaded from one or more files. Every entry remembers where it was written. */
import type { DateSpan } from '../dates/calendar';
import type { Finding } from '../types';

export interface Where { file: string; start: number; end: number }

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'other'] as const;
export const STATUSES = ['verified', 'unverified', 'disputed', 'false', 'retracted'] as const;
export type Status = typeof STATUSES[number];

export interface RoleTerm { role: string; from?: DateSpan; to?: DateSpan; at: Where; roleAt: Where }

export interface Entity {
  id: string;
  type: string;
  /** Names per language ("*" for a language-neutral list). */
  names: Map<string, string[]>;
  roles: RoleTerm[];
  at: Where;
}

export interface Role { id: string; names: Map<string, string[]>; at: Where }

export interface Source { name?: string; url?: string }

export interface Claim {
  id: string;
  at: Where;
  statement: Map<string, string>;
  date?: DateSpan;
  dateText?: string;
  place?: string;
  speaker?: string;
  quote: Map<string, string>;
  participants: string[];
  status: Status;
  reviewed?: { by?: string; on?: DateSpan; onText?: string };
  sources: Source[];
  note?: string;
  /** Where each entity reference is written, for dangling-ref and go-to-definition. */
  refs: Array<{ id: string; key: string; at: Where }>;
}

export interface Register {
  /** The root register file. */
  root: string;
  /** Every file read, root first. */
  files: string[];
  entities: Map<string, Entity>;
  roles: Map<string, Role>;
  claims: Map<string, Claim>;
  /** Findings per register file (offsets into that file). */
  findings: Map<string, Finding[]>;
}

export function allFindings(reg: Register): Array<{ file: string; findings: Finding[] }> {
  return reg.files.map(file => ({ file, findings: reg.findings.get(file) ?? [] }));
}
