/** Open documents looked up by file path: their text overlays the disk (the RegisterCache reads it first). */
import * as fs from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isArticle, pathToUri, uriToPath } from './uri';

export class OpenFiles {
  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  byPath(file: string): TextDocument | undefined {
    return this.documents.all().find(d => uriToPath(d.uri) === file);
  }

  /** The open buffer's text, else undefined (the caller falls back to the disk). */
  text(file: string): string | undefined { return this.byPath(file)?.getText(); }

  /** The open buffer's text, else the file on disk. */
  read(file: string): string | undefined {
    const open = this.text(file);
    if (open !== undefined) return open;
    try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; }
  }

  /** The URI the client uses for a file (its own spelling when the file is open). */
  uri(file: string): string { return this.byPath(file)?.uri ?? pathToUri(file); }

  articles(): TextDocument[] { return this.documents.all().filter(isArticle); }
}
