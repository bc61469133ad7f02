/**
 * The one conversion at the edge: engine findings (UTF-16 offsets) into LSP diagnostics, with the
 * message and fix title in the UI locale. A diagnostic carries what its fix needs in `data`, with
 * ranges already converted, so code actions can be stateless.
 */
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver/node';
import { Finding, LineIndex, localize, localizeFixTitle, Severity } from '../engine/index';
import type { Locale } from './i18n';

export const SOURCE = 'claimcheck';

/** An edit ready for a WorkspaceEdit; `uri` is set when it applies to another file (the register). */
export interface FixData { title: string; range: Range; newText: string; uri?: string }
export interface DiagnosticData { ref?: string; fix?: FixData }

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** Where a fix aimed at another file lands: that file's URI and lines, if it can be read. */
export type FixTarget = (file: string) => { uri: string; lines: LineIndex } | undefined;

export function toDiagnostic(f: Finding, lines: LineIndex, target?: FixTarget, locale: Locale = 'en'): Diagnostic {
  const data: DiagnosticData = {};
  if (f.ref !== undefined) data.ref = f.ref;
  if (f.fix) {
    const other = f.fix.path !== undefined ? target?.(f.fix.path) : undefined;
    if (f.fix.path === undefined || other) {
      data.fix = {
        title: localizeFixTitle(f.fix.title, locale),
        range: toRange(other?.lines ?? lines, f.fix.start, f.fix.end),
        newText: f.fix.newText,
        ...(other ? { uri: other.uri } : {}),
      };
    }
  }
  return {
    range: toRange(lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: SOURCE,
    message: localize(f, locale),
    data,
  };
}

/** What a document shows when checking it failed inside the server. */
export function internalError(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: SOURCE,
    message: `Claimcheck could not check this file (internal error: ${reason}). Details are in the Claimcheck output log.`,
  };
}
