/**
 * Register files changed outside the editor: a dynamic watcher for YAML/JSON files (when the client
 * can register one), and what an event means for the cache. A change drops the registers that read
 * the file; a creation or deletion can change which register an article discovers, so it drops all.
 */
import { ClientCapabilities, Connection, DidChangeWatchedFilesNotification, DidChangeWatchedFilesParams, FileChangeType } from 'vscode-languageserver/node';
import type { EditorRegisters } from './registers';
import { isDataFile, uriToPath } from './uri';

export const REGISTER_GLOB = '**/*.{yaml,yml,json}';

export function watchRegisterFiles(connection: Connection, capabilities: ClientCapabilities): void {
  if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: REGISTER_GLOB }] })
    .catch(error => connection.console.warn(`Could not watch register files: ${String(error)}`));
}

/** Applies watched-file events to the cache; true when open articles need checking again. */
export function applyFileEvents(params: DidChangeWatchedFilesParams, registers: EditorRegisters): boolean {
  let changed = false;
  for (const { uri, type } of params.changes) {
    const file = uriToPath(uri);
    if (!file || !isDataFile(file)) continue;
    if (type === FileChangeType.Changed) {
      if (!registers.affects(file)) continue;
      registers.invalidate(file);
    } else {
      registers.clear();
    }
    changed = true;
  }
  return changed;
}
