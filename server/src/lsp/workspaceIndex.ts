/**
 * The articles of the workspace, opened or not: every *.md / *.markdown file under the workspace
 * folders (hidden folders and node_modules skipped) plus open articles elsewhere, open buffers
 * winning over the disk. Each file is parsed once per content (keyed by the open version, or the
 * disk mtime and size), so a scan costs one stat per file and one parse per changed file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Article, BlockEntry, ClaimBlock, parseArticle, readClaimBlock } from '../engine/index';
import { REGISTER_NAMES } from '../node/registers';
import type { WorkspaceFolders } from './folders';
import { isArticle, pathToUri, uriToPath } from './uri';

const ARTICLE = /\.(md|markdown)$/i;
const SKIP = new Set(['node_modules']);
const MAX_FILES = 20_000;

export interface IndexedArticle {
  /** Absolute path; undefined for an open buffer that is not a file. */
  file?: string;
  uri: string;
  text: string;
  open: boolean;
  /** Changes whenever the text may have changed (open version, or disk mtime and size). */
  stamp: string;
  article: Article;
  /** Every entry of every claim block, in order. */
  entries: Array<{ block: ClaimBlock; entry: BlockEntry }>;
}

export class WorkspaceIndex {
  private readonly parsed = new Map<string, IndexedArticle>();

  constructor(private readonly folders: WorkspaceFolders, private readonly documents: TextDocuments<TextDocument>) {}

  /** Every article of the workspace, open ones first. */
  articles(): IndexedArticle[] {
    const out: IndexedArticle[] = [];
    const seen = new Set<string>();
    for (const doc of this.documents.all()) {
      if (!isArticle(doc)) continue;
      const file = uriToPath(doc.uri);
      const key = file ?? doc.uri;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(this.entry(key, file, doc.uri, `open:${doc.version}`, true, () => doc.getText()));
    }
    for (const file of this.files()) {
      if (seen.has(file)) continue;
      seen.add(file);
      let stat: fs.Stats;
      try { stat = fs.statSync(file); } catch { continue; }
      const item = this.tryEntry(file, `${stat.mtimeMs}:${stat.size}`);
      if (item) out.push(item);
    }
    for (const key of this.parsed.keys()) if (!seen.has(key)) this.parsed.delete(key);
    return out;
  }

  /** One article (open buffer, else disk), or undefined when it cannot be read. */
  article(uri: string): IndexedArticle | undefined {
    const doc = this.documents.get(uri);
    const file = uriToPath(uri);
    if (doc) return this.entry(file ?? uri, file, uri, `open:${doc.version}`, true, () => doc.getText());
    if (!file) return undefined;
    try {
      const stat = fs.statSync(file);
      return this.tryEntry(file, `${stat.mtimeMs}:${stat.size}`);
    } catch {
      return undefined;
    }
  }

  /** Paths of the register files (claims.yaml, .yml, .json) under the workspace folders. */
  registerFiles(): string[] {
    return this.files(name => REGISTER_NAMES.includes(name));
  }

  /** Paths of the files under the workspace folders whose name `accept`s (articles by default). */
  private files(accept: (name: string) => boolean = name => ARTICLE.test(name)): string[] {
    const out: string[] = [];
    const visited = new Set<string>();
    const walk = (dir: string) => {
      if (visited.has(dir) || out.length >= MAX_FILES) return;
      visited.add(dir);
      let items: fs.Dirent[];
      try { items = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
      for (const d of items) {
        if (d.name.startsWith('.') || SKIP.has(d.name)) continue;
        const p = path.join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (d.isFile() && accept(d.name) && out.length < MAX_FILES) out.push(p);
      }
    };
    for (const root of this.folders.all) walk(root);
    return out;
  }

  private tryEntry(file: string, stamp: string): IndexedArticle | undefined {
    try {
      return this.entry(file, file, pathToUri(file), stamp, false, () => fs.readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  private entry(key: string, file: string | undefined, uri: string, stamp: string, open: boolean, read: () => string): IndexedArticle {
    const prev = this.parsed.get(key);
    if (prev && prev.stamp === stamp && prev.uri === uri) return prev;
    const text = read();
    const article = parseArticle(text);
    const entries: IndexedArticle['entries'] = [];
    for (const block of article.claimBlocks) for (const entry of readClaimBlock(block).entries) entries.push({ block, entry });
    const item: IndexedArticle = { file, uri, text, open, stamp, article, entries };
    this.parsed.set(key, item);
    return item;
  }
}
