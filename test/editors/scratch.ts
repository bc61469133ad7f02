/**
 * What every other-editor test starts from: a fresh copy of examples/ in `dir`, and a `bin` folder
 * with `claimcheck-language-server` in it (as `npm install -g .` would put it on PATH), running
 * the built server with this Node.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../helpers/repo';

export const SERVER = path.join(REPO, 'bin', 'claimcheck-language-server.js');

export function editorScratch(dir: string): { workspace: string; bin: string } {
  const workspace = path.join(dir, 'examples');
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'claimcheck-language-server'), `#!/bin/sh\nexec '${process.execPath}' '${SERVER}' "$@"\n`, { mode: 0o755 });
  return { workspace, bin };
}
