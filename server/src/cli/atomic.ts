/**
 * Replaces a file's content so that a crash at any moment leaves either the old or the new bytes:
 * a temporary file in the same folder, fsync, rename over the original (through symlinks), then
 * fsync of the folder. The original's permission bits are kept; a file changed by someone else
 * since it was read is left alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ChangedOnDisk extends Error {}

export function writeFileAtomic(file: string, data: Buffer, expected?: Buffer): void {
  const target = fs.realpathSync(file);
  const dir = path.dirname(target);
  const mode = fs.statSync(target).mode & 0o7777;
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.claimcheck-tmp`);
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    try {
      fs.writeSync(fd, data, 0, data.length, 0);
      fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (expected && !fs.readFileSync(target).equals(expected)) throw new ChangedOnDisk(`${file} changed on disk while claimcheck was fixing it; left as it is.`);
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already renamed or gone */ }
    throw e;
  }
  try {
    const dfd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(dfd); } finally { fs.closeSync(dfd); }
  } catch { /* some file systems cannot fsync a folder; the rename itself is atomic */ }
}
