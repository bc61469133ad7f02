import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root (the folder holding this project's package.json). */
export const REPO = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'server'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
})();

/** The shared fixtures beside the repository (../shared/fixtures). */
export const SHARED = path.resolve(REPO, '..', 'shared');

/** A fresh temporary folder with the given files (relative path -> content). */
export function tempTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** A RegisterHost over the real file system, limited to `root`. */
export function fsHost(root: string) {
  return {
    read: (p: string) => { try { return fs.readFileSync(p, 'utf8'); } catch { return undefined; } },
    resolve: (from: string, rel: string) => path.resolve(path.dirname(from), rel),
    allowed: (p: string) => !path.relative(root, p).startsWith('..'),
  };
}
