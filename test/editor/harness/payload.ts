/**
 * Runs the extension-host suite through code-server's `payload` test runner: the workbench URL
 * carries extensionDevelopmentPath and extensionTestsPath; when run() settles the page calls
 * window.codeAutomationExit(code), which we expose to learn the result.
 */
import type { Browser } from 'playwright-core';
import { forwardConsole } from './browser';

export interface SuiteResult {
  exitCode: number;
  passed: number;
  failed: number;
  skipped: number;
  counted: boolean;
}

/** Must match RESULT_MARKER in test/editor/suite/index.ts. */
const RESULT_MARKER = 'claimcheck-editor-suite:';

export function payloadUrl(base: string, port: number, folder: string, devPath: string, testsPath: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function runPayloadSuite(browser: Browser, url: string, timeoutMs: number, logFile: string): Promise<SuiteResult> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const result: SuiteResult = { exitCode: -1, passed: 0, failed: 0, skipped: 0, counted: false };
  const flush = forwardConsole(page, '  ', logFile, { onLine: text => {
    const at = text.indexOf(RESULT_MARKER);
    if (at < 0) return;
    try {
      const counts = JSON.parse(text.slice(at + RESULT_MARKER.length)) as { passed: number; failed: number; skipped: number };
      Object.assign(result, counts, { counted: true });
    } catch { /* not our line */ }
  } });
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the editor suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
      page.exposeFunction('codeAutomationExit', (code: number) => { clearTimeout(timer); resolve(Number(code)); })
        .then(() => page.goto(url, { waitUntil: 'domcontentloaded' }))
        .catch(error => { clearTimeout(timer); reject(error); });
    });
    result.exitCode = exitCode;
    await flush();
    return result;
  } finally {
    await context.close();
  }
}
