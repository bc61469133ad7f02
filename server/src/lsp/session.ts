/**
 * Wires the features to one client session: created on `initialize`, with that client's
 * capabilities and workspace folders. Handlers stay thin; each feature lives in its own file.
 */
import * as path from 'node:path';
import {
  CodeActionKind, CodeLensRefreshRequest, Connection, DidChangeConfigurationNotification, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { REGISTER_NAMES } from '../node/registers';
import { CLAIMS_METHOD, ClaimsParams, listClaims } from './claims';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { codeLenses } from './codeLens';
import { completion } from './completion';
import { definition } from './definition';
import { ArticleDiagnostics } from './diagnostics';
import { OpenFiles } from './documents';
import { WorkspaceFolders } from './folders';
import { hover } from './hover';
import { localeOf } from './i18n';
import { references } from './references';
import { RegisterDiagnostics } from './registerDiagnostics';
import { EditorRegisters } from './registers';
import { prepareRename, rename } from './rename';
import { Services } from './services';
import { SettingsSource } from './settings';
import { documentSymbols } from './symbols';
import { isArticle, isDataFile, uriToPath } from './uri';
import { applyFileEvents, watchRegisterFiles } from './watch';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { WorkspaceIndex } from './workspaceIndex';

export function startSession(connection: Connection, documents: TextDocuments<TextDocument>, params: InitializeParams): InitializeResult {
  const capabilities = params.capabilities;
  const folders = new WorkspaceFolders(params);
  const files = new OpenFiles(documents);
  const settings = new SettingsSource(connection, !!capabilities.workspace?.configuration);
  const registers = new EditorRegisters(folders, file => files.text(file));
  const services = new Services(documents, files, folders, registers, settings, new WorkspaceIndex(folders, documents), localeOf(params.locale));
  const fixTarget = services.fixTarget;
  const locale = services.uiLocale.bind(services);
  const registerDiagnostics = new RegisterDiagnostics(connection, registers, settings, files, fixTarget, locale);
  const articles = new ArticleDiagnostics(connection, documents, registers, settings, fixTarget, locale, () => registerDiagnostics.schedule(), services.memoFor);
  const pulled = new WorkspaceDiagnostics(services, connection, !!capabilities.workspace?.diagnostics?.refreshSupport);
  let lensTimer: NodeJS.Timeout | undefined;
  const refreshLenses = () => {
    if (!capabilities.workspace?.codeLens?.refreshSupport) return;
    clearTimeout(lensTimer);
    lensTimer = setTimeout(() => {
      connection.sendRequest(CodeLensRefreshRequest.type).catch(error => connection.console.warn(`workspace/codeLens/refresh failed: ${String(error)}`));
    }, 250);
  };
  const recheckAll = () => { services.forget(); articles.scheduleAll(); registerDiagnostics.schedule(); pulled.refresh(); refreshLenses(); };

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
    if (isArticle(document)) { articles.close(document.uri); services.closed(document.uri); registerDiagnostics.schedule(); pulled.refresh(); }
    else { settings.forget(document.uri); registerBufferChanged(document, false); }
  });

  connection.onHover(p => hover(services, p));
  connection.onCompletion(p => completion(services, p));
  connection.onCodeAction(p => codeActions(services, p));
  connection.onCodeLens(p => codeLenses(services, p));
  connection.onDocumentSymbol(p => documentSymbols(services, p));
  connection.onRequest(CLAIMS_METHOD, (p: ClaimsParams | undefined) => listClaims(services, p));
  connection.languages.diagnostics.on(p => pulled.document(p));
  connection.languages.diagnostics.onWorkspace(p => pulled.workspace(p));
  connection.onDefinition(p => definition(services, p));
  connection.onReferences(p => references(services, p));
  connection.onPrepareRename(p => prepareRename(services, p));
  connection.onRenameRequest(p => rename(services, p));

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
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      codeLensProvider: { resolveProvider: false },
      definitionProvider: true,
      diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true },
      documentSymbolProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
    },
    serverInfo: { name: 'claimcheck-language-server' },
  };
}
