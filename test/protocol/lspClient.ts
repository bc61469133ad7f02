/**
 * A small LSP client for protocol tests: spawns `node bin/claimcheck-language-server.js --stdio`,
 * answers the server's requests (workspace/configuration, client/registerCapability) and records
 * every publishDiagnostics. Tests wait on notifications, never on the clock: each wait fails after
 * a timeout instead.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  ConfigurationParams, Diagnostic, FileEvent, PublishDiagnosticsParams, Registration, RegistrationParams, TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { REPO } from './workspace';

export type Published = PublishDiagnosticsParams;

interface Waiter<T> { accept(value: T): boolean; resolve(value: T): void }

const TIMEOUT_MS = 10_000;

export interface StartOptions {
  /** Workspace folder (absolute path). */
  folder: string;
  /** More workspace folders (a multi-root workspace), after `folder`. */
  moreFolders?: string[];
  /** The `claimcheck` settings the client answers with, per scopeUri. */
  settings?: (scopeUri: string | undefined) => unknown;
  /** Whether the client can register file watchers dynamically (default true). */
  watchers?: boolean;
  /** Whether the client answers workspace/configuration (default true); otherwise it pushes settings. */
  pull?: boolean;
  /** The client's UI locale, sent in initialize. */
  locale?: string;
  /** Whether the client supports workspace/diagnostic/refresh (default false). */
  diagnosticRefresh?: boolean;
}

export class LspClient {
  /** Every publishDiagnostics received, in order. */
  readonly published: Published[] = [];
  readonly registrations: Registration[] = [];
  readonly log: string[] = [];
  /** The scopeUri of every workspace/configuration item the server asked for. */
  readonly configurationScopes: Array<string | undefined> = [];
  /** The methods of every other request the server sent (e.g. workspace/diagnostic/refresh), in order. */
  readonly serverRequests: string[] = [];
  /** What the server answered to initialize. */
  initializeResult: unknown;
  settings: (scopeUri: string | undefined) => unknown;
  private readonly diagnosticWaiters = new Set<Waiter<Published>>();
  private readonly registrationWaiters = new Set<Waiter<Registration>>();
  private readonly requestWaiters = new Set<Waiter<string>>();
  private stderr = '';

  private constructor(private readonly child: ChildProcess, private readonly rpc: MessageConnection, options: StartOptions) {
    this.settings = options.settings ?? (() => ({}));
    child.stderr!.on('data', chunk => { this.stderr += String(chunk); });
    rpc.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      settle(this.diagnosticWaiters, p);
    });
    rpc.onNotification('window/logMessage', (p: { message: string }) => { this.log.push(p.message); });
    rpc.onRequest('workspace/configuration', (p: ConfigurationParams) => p.items.map(item => {
      this.configurationScopes.push(item.scopeUri);
      return item.section === 'claimcheck' ? this.settings(item.scopeUri) : null;
    }));
    rpc.onRequest('client/registerCapability', (p: RegistrationParams) => {
      for (const r of p.registrations) { this.registrations.push(r); settle(this.registrationWaiters, r); }
      return null;
    });
    rpc.onRequest('client/unregisterCapability', () => null);
    rpc.onRequest('window/workDoneProgress/create', () => null);
    rpc.onRequest('workspace/diagnostic/refresh', () => { this.serverRequests.push('workspace/diagnostic/refresh'); settle(this.requestWaiters, 'workspace/diagnostic/refresh'); return null; });
    rpc.onRequest('workspace/workspaceFolders', () => folderList(options));
    rpc.listen();
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'claimcheck-language-server.js'), '--stdio'], {
      cwd: options.folder, stdio: ['pipe', 'pipe', 'pipe'],
    });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, rpc, options);
    client.initializeResult = await client.request('initialize', {
      processId: process.pid,
      ...(options.locale ? { locale: options.locale } : {}),
      rootUri: uriOf(options.folder),
      workspaceFolders: folderList(options),
      capabilities: {
        workspace: {
          configuration: options.pull ?? true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: options.watchers ?? true },
          ...(options.diagnosticRefresh ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        },
      },
    });
    client.notify('initialized', {});
    return client;
  }

  request<R = unknown>(method: string, params?: unknown): Promise<R> {
    return withTimeout(this.rpc.sendRequest<R>(method, params), `response to ${method}`, () => this.stderr);
  }

  notify(method: string, params: unknown): void { void this.rpc.sendNotification(method, params); }

  /** A request the test may cancel: cancel() sends $/cancelRequest for it. */
  cancellable<R = unknown>(method: string, params?: unknown): { result: Promise<R>; cancel(): void } {
    const source = new CancellationTokenSource();
    return { result: this.rpc.sendRequest<R>(method, params, source.token), cancel: () => source.cancel() };
  }

  /** Bytes written to the server's stdin as they are, outside JSON-RPC framing (for abuse tests). */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin!.write(bytes, e => (e ? reject(e) : resolve())));
  }

  /** The server's process id (its memory is read from /proc/<pid>/status). */
  get pid(): number { return this.child.pid!; }

  /** Whether the server process is still running. */
  get running(): boolean { return this.child.exitCode === null && this.child.signalCode === null; }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, ...contentChanges: TextDocumentContentChangeEvent[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void { this.notify('textDocument/didClose', { textDocument: { uri } }); }

  filesChanged(...changes: FileEvent[]): void { this.notify('workspace/didChangeWatchedFiles', { changes }); }

  /**
   * The next publishDiagnostics for `uri` (received after this call) that satisfies `accept`.
   * Call it before sending what should cause the publish.
   */
  diagnostics(uri: string, accept: (p: Published) => boolean = () => true): Promise<Published> {
    return this.wait(this.diagnosticWaiters, p => p.uri === uri && accept(p), `publishDiagnostics for ${uri}`);
  }

  /** A registration the server asks for (already received, or the next one). */
  registration(method: string): Promise<Registration> {
    const seen = this.registrations.find(r => r.method === method);
    return seen ? Promise.resolve(seen) : this.wait(this.registrationWaiters, r => r.method === method, `client/registerCapability for ${method}`);
  }

  /** The next request of `method` the server sends (received after this call). */
  serverRequest(method: string): Promise<string> {
    return this.wait(this.requestWaiters, m => m === method, `a ${method} request from the server`);
  }

  /** Everything published for `uri` so far. */
  history(uri: string): Published[] { return this.published.filter(p => p.uri === uri); }

  async stop(): Promise<void> {
    const exited = new Promise<void>(resolve => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await this.request('shutdown');
      this.notify('exit', undefined);
      await withTimeout(exited, 'server exit', () => this.stderr);
    } finally {
      this.rpc.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  private wait<T>(set: Set<Waiter<T>>, accept: (value: T) => boolean, what: string): Promise<T> {
    return withTimeout(new Promise<T>(resolve => { set.add({ accept, resolve }); }), what, () => this.stderr, () => {
      for (const w of set) if (w.accept === accept) set.delete(w);
    });
  }
}

function settle<T>(set: Set<Waiter<T>>, value: T): void {
  for (const w of [...set]) {
    if (w.accept(value)) { set.delete(w); w.resolve(value); }
  }
}

function withTimeout<T>(promise: Promise<T>, what: string, stderr: () => string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      const err = stderr();
      reject(new Error(`Timed out after ${TIMEOUT_MS} ms waiting for ${what}${err ? `\nserver stderr:\n${err}` : ''}`));
    }, TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function folderList(options: StartOptions): Array<{ uri: string; name: string }> {
  return [options.folder, ...(options.moreFolders ?? [])].map(f => ({ uri: uriOf(f), name: path.basename(f) }));
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** Diagnostics with a given code. */
export function withCode(p: Published, code: string): Diagnostic[] {
  return p.diagnostics.filter(d => d.code === code);
}
