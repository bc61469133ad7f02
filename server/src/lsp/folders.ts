/** Workspace folders, as absolute paths: the roots for register discovery and `include:` limits. */
import type { InitializeParams, WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';
import { isInside } from '../node/registers';
import { uriToPath } from './uri';

export class WorkspaceFolders {
  private roots: string[] = [];

  constructor(params: InitializeParams) {
    if (params.workspaceFolders) this.add(params.workspaceFolders);
    else if (params.rootUri) this.add([{ uri: params.rootUri, name: '' }]);
    else if (params.rootPath) this.roots.push(params.rootPath);
  }

  change(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map(f => uriToPath(f.uri)));
    this.roots = this.roots.filter(r => !removed.has(r));
    this.add(event.added);
  }

  /** The innermost workspace folder holding `file`. */
  containing(file: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots) {
      if (isInside(root, file) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }

  get first(): string | undefined { return this.roots[0]; }

  get all(): readonly string[] { return this.roots; }

  private add(folders: readonly WorkspaceFolder[]): void {
    for (const f of folders) {
      const p = uriToPath(f.uri);
      if (p && !this.roots.includes(p)) this.roots.push(p);
    }
  }
}
