/**
 * JUnit XML: one test suite, one test case per checked file; a file with errors or warnings is a
 * failure listing them, infos and hints go to the case's system-out.
 */
import type { Report, ReportDiagnostic } from '../report';

export function formatJunit(report: Report): string {
  const cases = report.files.map(f => {
    const failing = f.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning');
    const other = f.diagnostics.filter(d => d.severity === 'info' || d.severity === 'hint');
    const line = (d: ReportDiagnostic) => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`;
    const parts = [`  <testcase classname="claimcheck.${f.kind}" name="${xml(f.path)}" file="${xml(f.path)}" time="0">`];
    if (failing.length) {
      const errors = failing.filter(d => d.severity === 'error').length;
      const message = `${plural(errors, 'error')}, ${plural(failing.length - errors, 'warning')}`;
      parts.push(`   <failure message="${xml(message)}" type="${errors ? 'error' : 'warning'}">${xml(failing.map(line).join('\n'))}</failure>`);
    }
    if (other.length) parts.push(`   <system-out>${xml(other.map(line).join('\n'))}</system-out>`);
    parts.push('  </testcase>');
    return { failed: failing.length > 0, xml: parts.join('\n') };
  });
  const failures = cases.filter(c => c.failed).length;
  const attrs = `tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimcheck" ${attrs}>`,
    ` <testsuite name="claimcheck" ${attrs}>`,
    ...cases.map(c => c.xml),
    ' </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function plural(n: number, w: string): string { return `${n} ${w}${n === 1 ? '' : 's'}`; }

/** Escapes text and attribute values; drops characters XML 1.0 cannot carry. */
export function xml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}
