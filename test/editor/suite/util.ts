/** Helpers for the editor suite: the workspace (a copy of examples/), documents, diagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'claimcheck.claimcheck';

/** The extension's exports (see client/src/extension.ts), typed here: tests never import client code. */
export interface ClaimcheckApi {
  extendMarkdownIt(md: unknown): unknown;
  claims: vscode.TreeDataProvider<unknown> & { readonly message: string | undefined };
  statusText(): string | undefined;
}

export async function activate(): Promise<ClaimcheckApi> {
  const ext = vscode.extensions.getExtension<ClaimcheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the examples/ copy open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openArticle(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function claimcheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'claimcheck');
}

/**
 * Resolves with the document's Claimcheck diagnostics once `accept` holds for them: now, or at
 * a later `onDidChangeDiagnostics` for that document. No sleeping; the timer only fails the test.
 */
export function waitForDiagnostics(
  uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = claimcheckDiagnostics(uri);
    if (accept(now)) { resolve(now); return; }
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = claimcheckDiagnostics(uri).map(d => `${codeOf(d)} ${rangeText(d.range)} ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${uri.path}; diagnostics now: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics(event => {
      if (!event.uris.some(u => u.toString() === uri.toString())) return;
      const ds = claimcheckDiagnostics(uri);
      if (!accept(ds)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ds);
    });
  });
}

export function withCode(ds: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return ds.filter(d => codeOf(d) === code);
}

/** The range of the first occurrence of `needle` in the document (after `after`, if given). */
export function rangeOf(doc: vscode.TextDocument, needle: string, after?: string): vscode.Range {
  const text = doc.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  assert.ok(from >= 0, `"${after}" is not in ${doc.uri.path}`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" is not in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Plain text of hover contents, whichever form the provider used. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}
