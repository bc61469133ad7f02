/** The CLI's result model, shared by every output format (positions are LSP-style, 0-based). */
import { Finding, LineIndex, localize, localizeFixTitle, MessageLocale, Severity } from '../engine/index';

export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  /** In the report's locale (--locale). */
  message: string;
  /** The English message when `message` is in another language (SARIF fingerprints do not depend on the locale). */
  english?: string;
  ref?: string;
  range: Range;
  /** The text the range covers (for SARIF snippets and fingerprints; not in the JSON output). */
  excerpt: string;
  /** The finding's fix, when it edits this same file. */
  fix?: { title: string; range: Range; newText: string };
}

export interface ReportFile { path: string; kind: 'article' | 'register'; diagnostics: ReportDiagnostic[] }

export interface Report {
  version: 1;
  files: ReportFile[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

export function toDiagnostics(text: string, findings: Finding[], locale: MessageLocale = 'en'): ReportDiagnostic[] {
  const lines = new LineIndex(text);
  const range = (start: number, end: number): Range => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  return findings.map(f => {
    const message = localize(f, locale);
    return {
      code: f.code, severity: f.severity, message,
      ...(message !== f.message ? { english: f.message } : {}),
      ...(f.ref ? { ref: f.ref } : {}),
      range: range(f.start, f.end),
      excerpt: text.slice(f.start, f.end),
      ...(f.fix && !f.fix.path ? { fix: { title: localizeFixTitle(f.fix.title, locale), range: range(f.fix.start, f.fix.end), newText: f.fix.newText } } : {}),
    };
  });
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
