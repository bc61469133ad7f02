/**
 * Wires the features to one client session: created on `initialize`, with that client's
 * capabilities and workspace folders. Handlers stay thin; each feature lives in its own file.
 */
import * as path from 'node:path';
import {
  Connection, DidChangeConfigurationNotification, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../engine/index';
import { REGISTER_NAMES } from '../node/registers';
import type { FixTarget } from './convert';
import { ArticleDiagnostics } from './diagnostics';
import { OpenFiles } from './documents';
import { WorkspaceFolders } from './folders';
import { RegisterDiagnostics } from './registerDiagnostics';
import { EditorRegisters } from './registers';
import { SettingsSource } from './settings';
import { isArticle, isDataFile, uriToPath } from './uri';
import { applyFileEvents, watchRegisterFiles } from './watch';

export function startSession(connection: Connection, documents: TextDocuments<TextDocument>, params: InitializeParams): InitializeResult {
  const capabilities = params.capabilities;
  const folders = new WorkspaceFolders(params);
  const files = new OpenFiles(documents);
  const settings = new SettingsSource(connection, !!capabilities.workspace?.configuration);
  const registers = new EditorRegisters(folders, file => files.text(file));
  const fixTarget: FixTarget = file => {
    const text = files.read(file);
    return text === undefined ? undefined : { uri: files.uri(file), lines: new LineIndex(text) };
  };
  const registerDiagnostics = new RegisterDiagnostics(connection, registers, settings, files, fixTarget);
  const articles = new ArticleDiagnostics(connection, documents, registers, settings, fixTarget, () => registerDiagnostics.schedule());
  const recheckAll = () => { articles.scheduleAll(); registerDiagnostics.schedule(); };

  /** An open YAML/JSON buffer overlays the disk: when it belongs to a register, everything is checked again. */
  const registerBufferChanged = (doc: TextDocument, open: boolean) => {
    const file = uriToPath(doc.uri);
    if (!file || !isDataFile(file) || !registers.affects(file)) return;
    registers.invalidate(file);
    if (open && REGISTER_NAMES.includes(path.basename(file))) registers.track(doc.uri, file);
    else registers.untrack(doc.uri);
    recheckAll();
  };

  // Fired on open as well as on every change.
  documents.onDidChangeContent(({ document }) => {
    if (isArticle(document)) articles.schedule(document.uri);
    else registerBufferChanged(document, true);
  });
  documents.onDidClose(({ document }) => {
    if (isArticle(document)) { articles.close(document.uri); registerDiagnostics.schedule(); }
    else { settings.forget(document.uri); registerBufferChanged(document, false); }
  });

  connection.onDidChangeConfiguration(change => { settings.changed(change); recheckAll(); });
  connection.onDidChangeWatchedFiles(change => { if (applyFileEvents(change, registers)) recheckAll(); });
  connection.onInitialized(() => {
    watchRegisterFiles(connection, capabilities);
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimcheck' })
        .catch(error => connection.console.warn(`Could not register for configuration changes: ${String(error)}`));
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(event => { folders.change(event); registers.clear(); recheckAll(); });
    }
  });

  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'claimcheck-language-server' },
  };
}
