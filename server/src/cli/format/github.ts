/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, and a step
 * summary table with every finding (GitHub shows only 10 errors and 10 warnings per step as
 * annotations).
 */
import type { Report } from '../report';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file=…, title=…). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      const { start, end } = d.range;
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${Math.max(end.line === start.line ? start.character + 1 : 1, end.character)}`,
        `title=${escapeProperty(`claimcheck ${d.code}`)}`,
      ];
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** Markdown for $GITHUB_STEP_SUMMARY: counts, then a table with every finding. */
export function stepSummary(report: Report): string {
  const s = report.summary;
  const lines = [
    '## Claimcheck',
    '',
    `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.hints} hints in ${s.files} files.`,
    '',
  ];
  const rows = report.files.flatMap(f => f.diagnostics.map(d =>
    `| ${d.severity} | \`${cell(f.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}\` | \`${d.code}\` | ${cell(d.message)} |`));
  if (rows.length) {
    lines.push('| Severity | Where | Check | Message |', '|---|---|---|---|', ...rows, '');
    if (s.errors > 10 || s.warnings > 10) lines.push('GitHub shows at most 10 errors and 10 warnings of a step as annotations; this table lists every finding.', '');
  }
  return lines.join('\n') + '\n';
}

function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>').replace(/`/g, "'");
}
