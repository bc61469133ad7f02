/** URIs at the edge: the server works in absolute file paths inside, URIs only on the wire. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The absolute path of a file: URI, or undefined for other schemes (untitled buffers and the like). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const p = path.resolve(fileURLToPath(uri));
    // Clients disagree on the case of Windows drive letters (file:///c%3A/ vs C:\); keep one spelling.
    return process.platform === 'win32' ? p.replace(/^[a-z]:/, d => d.toUpperCase()) : p;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

const ARTICLE = /\.(md|markdown)$/i;
const DATA = /\.(ya?ml|json)$/i;

/** Markdown documents are articles: by language id, or by extension when the client says nothing useful. */
export function isArticle(doc: { uri: string; languageId: string }): boolean {
  return doc.languageId === 'markdown' || ARTICLE.test(doc.uri.replace(/[?#].*$/, ''));
}

/** YAML or JSON: the kinds of file a register is written in. */
export function isDataFile(file: string): boolean {
  return DATA.test(file);
}
