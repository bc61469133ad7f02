/** SPEC §4: one object; positions 0-based lines and UTF-16 characters; paths relative with "/". */
import type { Report } from '../report';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 1) + '\n';
}
