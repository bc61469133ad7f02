/**
 * SARIF 2.1.0 for code scanning: one rule per check code with its help text, 1-based UTF-16
 * columns, and partialFingerprints that do not depend on line numbers (code, ref, the normalised
 * text of the range, the path, and which occurrence of that text it is), so a finding keeps its
 * identity when lines are added above it.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODES } from '../../engine/index';
import type { Range, Report, ReportDiagnostic } from '../report';
import { ruleOf } from '../rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT = 'claimcheck/v1';
const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'none' } as const;

export function formatSarif(report: Report, tool: { version: string; cwd: string }): string {
  const rules = CODES.map(code => {
    const r = ruleOf(code);
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.summary },
      fullDescription: { text: r.summary },
      help: { text: r.help, markdown: `**${code}** — ${r.summary}\n\n${r.help}` },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: ['claimcheck', 'fact-checking'] },
    };
  });
  const index = new Map<string, number>(CODES.map((c, i) => [c, i]));
  const results = report.files.flatMap(file => {
    const seen = new Map<string, number>();
    return file.diagnostics.map(d => {
      const key = fingerprintKey(d, file.path);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const location = artifact(file.path);
      return {
        ruleId: d.code,
        ...(index.has(d.code) ? { ruleIndex: index.get(d.code)! } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { ...region(d.range), ...(d.excerpt ? { snippet: { text: d.excerpt } } : {}) } } }],
        partialFingerprints: { [FINGERPRINT]: hash(`${key}\u0000${n}`) },
        ...(d.fix ? { fixes: [{ description: { text: d.fix.title }, artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.newText } }] }] }] } : {}),
        properties: { severity: d.severity, ...(d.ref ? { ref: d.ref } : {}) },
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'claimcheck', version: tool.version, semanticVersion: tool.version, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(tool.cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 1) + '\n';
}

/** What identifies a finding apart from where it is: code, ref, normalised text (or message when empty), path. */
function fingerprintKey(d: ReportDiagnostic, file: string): string {
  const text = normalise(d.excerpt) || normalise(d.english ?? d.message);
  return [d.code, d.ref ?? '', text, file].join('\u0000');
}

function normalise(s: string): string {
  return s.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim();
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}

function artifact(p: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(p)) return { uri: pathToFileURL(p).href };
  return { uri: p.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}
