/**
 * Glob patterns for `include`/`exclude` in .claimcheck.yaml, matched against "/"-separated paths
 * relative to the config file's folder. `*` and `?` stay inside one path segment, `**` spans
 * segments, `[abc]`/`[!abc]` are classes and `{a,b}` alternatives. A pattern without "/" matches
 * a file or folder name at any depth (as in .gitignore); a pattern that matches a folder matches
 * everything in it.
 */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const anyDepth = !p.includes('/');
  let re = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === p.length) re += '.*';
          else { re += '(?:.*/)?'; i++; } // "**/" also matches no folder at all
          i++;
          continue;
        }
        re += '[^/]*';
        i++;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = p.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body[0] === '!') body = '^' + body.slice(1);
      re += `(?!/)[${body}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else if (c === '\\' && i + 1 < p.length) {
      re += escape(p[++i]);
    } else {
      re += escape(c);
    }
  }
  re += ')'.repeat(braces);
  if (p === '') re = '.*';
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}(?:/.*)?$`);
}

function escape(c: string): string {
  return /[.+^$()|[\]{}\\*?]/.test(c) ? '\\' + c : c;
}

export class GlobSet {
  private readonly res: RegExp[];
  constructor(readonly patterns: readonly string[]) { this.res = patterns.map(globToRegExp); }
  get empty(): boolean { return this.res.length === 0; }
  matches(relPath: string): boolean { return this.res.some(r => r.test(relPath)); }
}
