/**
 * The VS Code side of Claimcheck: starts the language server and hands it articles and
 * registers. All checking happens in the server; this file never imports server code.
 * Client-side features each live in their own file: the Claims view, the status-bar counts,
 * the Markdown preview's claim badges.
 */
import * as fs from 'node:fs';
import { commands, ExtensionContext, window, workspace } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { ClaimsTree, registerClaimsView } from './claimsView';
import { crashPolicy } from './restart';
import { claimBadges } from './previewPlugin';
import { ArticleStatus } from './statusBar';

let client: LanguageClient | undefined;

/** What activate() returns: the Markdown preview hook, and handles the editor tests read. */
export interface ClaimcheckApi {
  extendMarkdownIt<T extends object>(md: T): T;
  claims: ClaimsTree;
  statusText(): string | undefined;
}

export async function activate(context: ExtensionContext): Promise<ClaimcheckApi> {
  // The packaged extension runs the bundled server; a development checkout may only have tsc's output.
  const bundled = context.asAbsolutePath('dist/server.js');
  const module = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('server/out/lsp/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };

  const output = window.createOutputChannel('Claimcheck', { log: true });
  // Register edits on disk (git checkout, another editor) must re-check open articles.
  const registerWatcher = workspace.createFileSystemWatcher('**/*.{yaml,yml,json}');
  context.subscriptions.push(output, registerWatcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    synchronize: {
      configurationSection: 'claimcheck',
      fileEvents: registerWatcher,
    },
    outputChannel: output,
    // A crashed server is restarted, and the user is told once (see restart.ts).
    errorHandler: (() => {
      const policy = crashPolicy(m => { void window.showWarningMessage(m); }, m => output.warn(m));
      return {
        error: (_e, _m, count) => ({ action: policy.error(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
        closed: () => ({ action: policy.closed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
      };
    })(),
  };

  client = new LanguageClient('claimcheck', 'Claimcheck', serverOptions, clientOptions);
  const claims = new ClaimsTree(() => client);
  const status = new ArticleStatus();
  let previewed = false;
  context.subscriptions.push(
    claims,
    registerClaimsView(claims),
    status,
    // Badges rendered before the register was read are neutral: re-render once statuses are known.
    claims.onDidLoad(() => { if (previewed) void commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined); }),
  );

  try {
    await client.start();
  } catch (err) {
    output.error(`The language server did not start: ${err instanceof Error ? err.message : String(err)}`);
    output.show(true);
  }

  return {
    extendMarkdownIt<T extends object>(md: T): T {
      previewed = true;
      claimBadges(md as unknown as Parameters<typeof claimBadges>[0], { statusOf: id => claims.statusOf(id) });
      return md;
    },
    claims,
    statusText: () => status.text,
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.isRunning()) await c.stop();
}
