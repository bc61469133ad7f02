/**
 * The extension-host side of the editor tests: the module VS Code loads as `extensionTestsPath`
 * (from code-server's `payload` runner, or from @vscode/test-electron). It runs every
 * `*.test.js` beside it with mocha 11 (mocha 12 is ESM-only and cannot be constructed here).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Printed once at the end; the harness reads it from the page console to count the results. */
export const RESULT_MARKER = 'claimcheck-editor-suite:';

export function run(): Promise<void> {
  return runFolder(__dirname);
}

/** Runs every `*.test.js` in `dir` (the untrusted-workspace suite uses this with its own folder). */
export function runFolder(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.CLAIMCHECK_EDITOR_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: passes, failed, skipped: pending })}`);
        if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
