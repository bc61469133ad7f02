/**
 * One code-server (VS Code 1.100 from npm) for the editor tests: a scratch HOME, a fresh user
 * data and extensions folder, the packaged VSIX installed, bound to 127.0.0.1 on a free port.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface Scratch {
  root: string;
  home: string;
  userData: string;
  extensions: string;
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** Workspace trust on (restricted mode) rather than off. */
  trust: boolean;
}

/**
 * Folders for one run under `root`, and an environment that keeps code-server inside them. With
 * `trust`, workspace trust is on and nothing is trusted (restricted mode, no prompt); without it,
 * trust is off (every folder is trusted).
 */
export function makeScratch(root: string, examples: string, options: { trust?: boolean } = {}): Scratch {
  const s = {
    root,
    home: path.join(root, 'home'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
  };
  for (const dir of [s.home, s.userData, s.extensions, path.join(root, 'tmp'), path.join(s.home, '.config'),
    path.join(s.home, '.local', 'share'), path.join(s.home, '.cache'), path.join(root, 'run')]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  fs.cpSync(examples, s.workspace, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, tips, update or telemetry traffic.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': options.trust === true,
    ...(options.trust ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.emptyWindow': false } : {}),
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'editor.hover.delay': 200,
    'window.commandCenter': false,
  };
  fs.mkdirSync(path.join(s.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(s.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: s.home,
    XDG_CONFIG_HOME: path.join(s.home, '.config'),
    XDG_DATA_HOME: path.join(s.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(s.home, '.cache'),
    XDG_RUNTIME_DIR: path.join(root, 'run'),
    TMPDIR: path.join(root, 'tmp'),
  };
  // Never let an outer VS Code or code-server session leak into this one.
  for (const key of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_)/.test(key)) delete env[key];
  }
  return { ...s, env, trust: options.trust === true };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** `code-server --install-extension x.vsix` into the scratch extensions folder; returns the unpacked folder. */
export function installVsix(codeServer: string, scratch: Scratch, vsix: string, id: string): string {
  const r = spawnSync(codeServer, [
    '--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions, '--install-extension', vsix,
  ], { env: scratch.env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    throw new Error(`code-server --install-extension failed (${r.status ?? r.signal ?? r.error?.message}):\n${r.stdout}\n${r.stderr}`);
  }
  const dir = fs.readdirSync(scratch.extensions).find(d => d.toLowerCase().startsWith(`${id.toLowerCase()}-`));
  if (!dir) throw new Error(`the VSIX was installed but no ${id}-* folder is in ${scratch.extensions}:\n${r.stdout}`);
  return path.join(scratch.extensions, dir);
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts code-server and resolves once it answers HTTP; its output goes to `logFile`. */
export async function startCodeServer(codeServer: string, scratch: Scratch, logFile: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(codeServer, [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(scratch.trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', scratch.userData,
    '--extensions-dir', scratch.extensions,
    scratch.workspace,
  ], { env: scratch.env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited: string | undefined;
  child.on('exit', (code, signal) => { exited = `exited with ${code ?? signal}`; });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server ${exited} before answering; see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      stopGroup(child);
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }

  return {
    url,
    port,
    stop: () => new Promise<void>(resolve => {
      if (exited) { resolve(); return; }
      const force = setTimeout(() => { stopGroup(child, 'SIGKILL'); resolve(); }, 5_000);
      child.once('exit', () => { clearTimeout(force); resolve(); });
      stopGroup(child);
    }),
  };
}

/** code-server forks its own children (the server, extension hosts): signal the group we started. */
function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined) return;
  try { process.kill(-child.pid, signal); } catch { try { child.kill(signal); } catch { /* gone */ } }
}
