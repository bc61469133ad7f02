/**
 * Text edits to a register file that keep its layout: a new claim appended at the end of the
 * `claims:` mapping with the indentation and blank-line spacing the file already uses (or a
 * `claims:` section added at the end when there is none).
 */
export interface Insertion { offset: number; end?: number; newText: string }

/** Appends `claims.<id>` with `fields` (already YAML, one `key: value` per line). */
export function appendClaim(text: string, id: string, fields: string[]): Insertion | undefined {
  const header = /^claims[ \t]*:[ \t]*(?:#.*)?$/m.exec(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const entry = (indent: string) => [`${indent}${id}:`, ...fields.map(f => `${indent}${indent}${f}`)].join(eol);
  if (!header) {
    const empty = /^claims[ \t]*:[ \t]*(?:\{\s*\}|null|~)?[ \t]*$/m.exec(text);
    if (empty) return { offset: empty.index, end: empty.index + empty[0].length, newText: `claims:${eol}${entry('  ')}` };
    if (/^claims[ \t]*:/m.test(text)) return undefined; // a flow mapping with entries: not rewritten
    const sep = text.length === 0 ? '' : text.endsWith('\n') ? eol : eol + eol;
    return { offset: text.length, newText: `${sep}claims:${eol}${entry('  ')}${eol}` };
  }
  // The section runs to the next top-level key (a line starting with neither a space nor a comment).
  const lines = text.slice(header.index + header[0].length).split(/(?<=\n)/);
  let offset = header.index + header[0].length;
  let lastContent = offset;
  let indent: string | undefined;
  let spaced = false;
  let blankSeen = false;
  for (const raw of lines) {
    const line = raw.replace(/\r?\n$/, '');
    if (line.trim() === '') { blankSeen = true; offset += raw.length; continue; }
    if (!/^[ \t]/.test(line) && !line.startsWith('#')) break;
    if (!line.trimStart().startsWith('#')) {
      const lead = /^[ \t]*/.exec(line)![0];
      if (indent === undefined) indent = lead;
      else if (lead === indent && blankSeen) spaced = true;
      lastContent = offset + line.length;
    }
    blankSeen = false;
    offset += raw.length;
  }
  return { offset: lastContent, newText: (spaced ? eol + eol : eol) + entry(indent || '  ') };
}
