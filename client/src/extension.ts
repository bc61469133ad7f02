/**
 * The VS Code side of Claimcheck: starts the language server and hands it articles and
 * registers. All checking happens in the server; this file never imports server code.
 */
import { ExtensionContext, window, workspace } from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/out/lsp/server.js');
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
  };

  client = new LanguageClient('claimcheck', 'Claimcheck', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    output.error(`The language server did not start: ${err instanceof Error ? err.message : String(err)}`);
    output.show(true);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.isRunning()) await c.stop();
}
