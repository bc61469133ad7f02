/** SPEC §4: one object; positions 0-based lines and UTF-16 characters; paths relative with "/". */
import type { Report } from '../report';

export function formatJson(report: Report): string {
  const files = report.files.map(f => ({
    path: f.path,
    diagnostics: f.diagnostics.map(d => ({ code: d.code, severity: d.severity, message: d.message, ...(d.ref ? { ref: d.ref } : {}), range: d.range })),
  }));
  return JSON.stringify({ version: report.version, files, summary: report.summary }, null, 1) + '\n';
}
