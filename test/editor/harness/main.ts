/**
 * `npm run test:editor` (after scripts/editor-test.sh has built claimcheck.vsix and made sure
 * code-server is installed): installs the VSIX into a fresh code-server, runs the extension-host
 * suite against the installed copy, then the Playwright UI checks. Exit status 0 only when all pass.
 *
 * Environment: CLAIMCHECK_CODE_SERVER (the code-server binary), CLAIMCHECK_CHROMIUM,
 * CLAIMCHECK_EDITOR_TIMEOUT (seconds for the suite, default 240), CLAIMCHECK_KEEP_SCRATCH=1,
 * CLAIMCHECK_DOCS_SCREENSHOTS=docs/images (also take the README's screenshots, into that folder;
 * CLAIMCHECK_DOCS_ONLY=hover.png,… retakes only those).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { decoyRegister } from '../decoy';
import { launchChromium } from './browser';
import { captureDocsScreenshots, docsWorkspace } from './docs';
import { installVsix, makeScratch, RunningServer, startCodeServer } from './codeServer';
import { payloadUrl, runPayloadSuite, SuiteResult } from './payload';
import { runUiChecks, UiCheck } from './ui';

const REPO = path.resolve(__dirname, '..', '..', '..');
const EXTENSION_ID = 'claimcheck.claimcheck';

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const started = Date.now();
  const codeServer = process.env.CLAIMCHECK_CODE_SERVER
    ?? path.join(os.homedir(), '.cache', 'claimcheck-code-server', 'node_modules', '.bin', 'code-server');
  const vsix = path.join(REPO, 'claimcheck.vsix');
  const suite = path.join(REPO, 'out-test', 'editor', 'suite', 'index.js');
  const untrustedSuite = path.join(REPO, 'out-test', 'editor', 'untrusted', 'index.js');
  for (const [what, file] of [['code-server', codeServer], ['the VSIX (npm run package)', vsix], ['the compiled suite (npm run build)', suite], ['the compiled untrusted suite', untrustedSuite]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing: ${file}. Run the tests with \`npm run test:editor\`.`);
  }
  const results = path.join(REPO, 'test-results', 'editor');
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-editor-'));
  const scratch = makeScratch(root, path.join(REPO, 'examples'));
  const uiWorkspace = path.join(root, 'workspace-ui');
  fs.cpSync(path.join(REPO, 'examples'), uiWorkspace, { recursive: true });

  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let suiteResult: SuiteResult | undefined;
  let suiteError: string | undefined;
  let untrustedResult: SuiteResult | undefined;
  let untrustedError: string | undefined;
  let ui: UiCheck[] = [];
  try {
    let t = Date.now();
    const installed = installVsix(codeServer, scratch, vsix, EXTENSION_ID);
    console.log(`editor: installed ${path.basename(installed)} from claimcheck.vsix (${elapsed(t)})`);

    t = Date.now();
    server = await startCodeServer(codeServer, scratch, path.join(results, 'code-server.log'));
    console.log(`editor: code-server listening on ${server.url} (${elapsed(t)})`);
    browser = await launchChromium(scratch.env);

    // The suite runs against the installed VSIX (its folder is the development path), so it
    // tests what users get: the packaged files and production dependencies only.
    t = Date.now();
    const timeout = Number(process.env.CLAIMCHECK_EDITOR_TIMEOUT ?? 240) * 1000;
    console.log('editor: extension-host suite (code-server payload runner)');
    try {
      suiteResult = await runPayloadSuite(browser, payloadUrl(server.url, server.port, scratch.workspace, installed, suite), timeout,
        path.join(results, 'console-suite.log'));
    } catch (error) {
      suiteError = error instanceof Error ? error.message : String(error);
    }
    console.log(`editor: suite finished (${elapsed(t)})`);

    t = Date.now();
    console.log('editor: UI checks (Playwright, Chromium)');
    ui = await runUiChecks(browser, server.url, uiWorkspace, results);
    console.log(`editor: UI checks finished (${elapsed(t)})`);

    const docsImages = process.env.CLAIMCHECK_DOCS_SCREENSHOTS;
    if (docsImages) {
      t = Date.now();
      console.log(`editor: README screenshots into ${docsImages}/`);
      // In the scratch HOME, so the workbench shows its paths as ~/examples/….
      const docs = docsWorkspace(path.join(REPO, 'examples'), path.join(scratch.home, 'examples'));
      ui.push(...await captureDocsScreenshots(browser, server.url, docs, path.resolve(REPO, docsImages), results));
      console.log(`editor: README screenshots finished (${elapsed(t)})`);
    }
    // Restricted mode: a second code-server with workspace trust on and nothing trusted.
    await server.stop();
    server = undefined;
    t = Date.now();
    console.log('editor: untrusted-workspace suite (a second code-server, workspace trust on)');
    const untrusted = makeScratch(path.join(root, 'untrusted'), path.join(REPO, 'examples'), { trust: true });
    writeDecoySettings(untrusted.workspace);
    const installedUntrusted = installVsix(codeServer, untrusted, vsix, EXTENSION_ID);
    server = await startCodeServer(codeServer, untrusted, path.join(results, 'code-server-untrusted.log'));
    try {
      untrustedResult = await runPayloadSuite(browser, payloadUrl(server.url, server.port, untrusted.workspace, installedUntrusted, untrustedSuite), timeout,
        path.join(results, 'console-untrusted.log'));
    } catch (error) {
      untrustedError = error instanceof Error ? error.message : String(error);
    }
    console.log(`editor: untrusted-workspace suite finished (${elapsed(t)})`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (process.env.CLAIMCHECK_KEEP_SCRATCH) console.log(`editor: scratch kept in ${root}`);
    else fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  }

  console.log('');
  for (const c of ui) {
    console.log(`  ${c.ok ? '✔' : '✘'} UI: ${c.name}${c.detail ? ` — ${c.detail}` : ''}${c.screenshot ? ` [${path.relative(REPO, c.screenshot)}]` : ''}`);
  }
  let passed = ui.filter(c => c.ok).length;
  let failed = ui.length - passed;
  for (const [name, error, result] of [['extension-host suite', suiteError, suiteResult], ['untrusted-workspace suite', untrustedError, untrustedResult]] as const) {
    if (error !== undefined) {
      console.log(`  ✘ ${name}: ${error}`);
      failed += 1;
    } else if (!result) {
      console.log(`  ✘ ${name} did not run`);
      failed += 1;
    } else if (!result.counted) {
      console.log(`  ✘ ${name} exited with ${result.exitCode} without reporting its results`);
      failed += 1;
    } else {
      passed += result.passed;
      failed += result.failed;
      if (result.exitCode !== 0 && result.failed === 0) {
        console.log(`  ✘ ${name} exited with ${result.exitCode}`);
        failed += 1;
      }
    }
  }
  console.log(`editor: screenshots and logs in ${path.relative(REPO, results)}/ (${elapsed(started)} in all)`);
  console.log(`editor: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** The untrusted workspace's settings name a decoy register (../decoy.ts): restricted mode must withhold it. */
function writeDecoySettings(workspace: string): void {
  fs.mkdirSync(path.join(workspace, 'decoy'));
  fs.writeFileSync(path.join(workspace, 'decoy', 'claims.yaml'), decoyRegister(fs.readFileSync(path.join(workspace, 'claims.yaml'), 'utf8')));
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'claimcheck.register': 'decoy/claims.yaml' }, null, 2));
}

main().then(code => { process.exitCode = code; }, error => {
  console.error(`editor: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  console.log('editor: 0 passed, 1 failed');
  process.exitCode = 1;
});
