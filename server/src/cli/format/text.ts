/** `path:line:col: severity code message`, 1-based like compilers, so terminals and problem matchers link it. */
import type { Report } from '../report';

export function formatText(report: Report): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      const { line, character } = d.range.start;
      out.push(`${f.path}:${line + 1}:${character + 1}: ${d.severity} ${d.code} ${d.message}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function formatSummary(report: Report): string {
  const s = report.summary;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `claimcheck: ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${n(s.infos, 'info')}, ${n(s.hints, 'hint')} in ${n(s.files, 'file')}\n`;
}
