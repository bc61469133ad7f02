/**
 * `npm run test:electron`: the same extension-host suite (out-test/editor/suite/index.js) in
 * desktop VS Code through @vscode/test-electron. That downloads VS Code; where the download is
 * impossible (no route to VS Code's servers, as on machines that reach only package
 * registries) this says so and exits 2 — it never reports a pass it did not run.
 *
 * Environment: CLAIMCHECK_VSCODE_VERSION (default 1.100.3, the VS Code inside code-server
 * 4.100.3), CLAIMCHECK_VSCODE_DOWNLOAD_TIMEOUT (seconds, default 20).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const REPO = path.resolve(__dirname, '..', '..', '..');
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function networkFailure(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string') {
      const m = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b|timed? ?out/i.exec(message);
      if (m) return m[1] ?? 'timeout';
    }
  }
  return undefined;
}

async function main(): Promise<number> {
  const version = process.env.CLAIMCHECK_VSCODE_VERSION ?? '1.100.3';
  const timeout = Number(process.env.CLAIMCHECK_VSCODE_DOWNLOAD_TIMEOUT ?? 20) * 1000;
  const suite = path.join(REPO, 'out-test', 'editor', 'suite', 'index.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: run npm run build first`);

  console.log(`electron: downloading VS Code ${version} (timeout ${timeout / 1000} s)`);
  let executable: string;
  try {
    executable = await Promise.race([
      downloadAndUnzipVSCode({ version, timeout, cachePath: path.join(REPO, '.vscode-test') }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`download timed out after ${timeout / 1000} s`)), timeout * 3).unref()),
    ]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = networkFailure(error);
    console.error(`electron: NOT RUN — VS Code ${version} could not be downloaded (${code ? `network failure: ${code}` : 'download failed'}): ${reason}`);
    console.error('electron: this machine cannot reach VS Code\'s download servers. The same suite runs in code-server with `npm run test:editor`.');
    return 2;
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-electron-'));
  const workspace = path.join(root, 'workspace');
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  try {
    if (process.platform === 'linux' && !process.env.DISPLAY) {
      console.error('electron: no DISPLAY; desktop VS Code needs one (run under xvfb-run)');
    }
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user-data'),
        '--extensions-dir', path.join(root, 'extensions'), '--skip-welcome', '--skip-release-notes'],
    });
    console.log('electron: suite passed');
    return 0;
  } catch (error) {
    console.error(`electron: suite failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().then(code => { process.exitCode = code; }, error => {
  console.error(`electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
