/** Which files the CLI checks: the paths given, folders searched for *.md and *.markdown. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ARTICLE = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export interface Collected { files: string[]; missing: string[] }

export function collectArticles(paths: string[]): Collected {
  const files = new Set<string>();
  const missing: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    try {
      const real = fs.realpathSync(dir);
      if (visited.has(real)) return; // a symlink cycle, or a folder reached twice
      visited.add(real);
    } catch { missing.push(dir); return; }
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { missing.push(dir); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let st: fs.Stats | undefined;
        try { st = fs.statSync(p); } catch { /* broken link: reported when read, if it names an article */ }
        if (st?.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p); }
        else if (ARTICLE.test(e.name)) files.add(path.resolve(p));
      } else if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      } else if (e.isFile() && ARTICLE.test(e.name)) {
        files.add(path.resolve(p));
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch { missing.push(p); continue; }
    if (st.isDirectory()) walk(p);
    else files.add(path.resolve(p));
  }
  return { files: [...files], missing };
}

/** A path as shown to users: relative to the working directory, with "/". */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}
