/** The CLI's result model, shared by every output format (positions are LSP-style, 0-based). */
import { Finding, LineIndex, Severity } from '../engine/index';

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  ref?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface ReportFile { path: string; diagnostics: ReportDiagnostic[] }

export interface Report {
  version: 1;
  files: ReportFile[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

export function toDiagnostics(text: string, findings: Finding[]): ReportDiagnostic[] {
  const lines = new LineIndex(text);
  return findings.map(f => ({
    code: f.code, severity: f.severity, message: f.message,
    ...(f.ref ? { ref: f.ref } : {}),
    range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
  }));
}

export function summarise(files: ReportFile[]): Report {
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else if (d.severity === 'info') summary.infos++;
      else summary.hints++;
    }
  }
  return { version: 1, files, summary };
}
