/**
 * What the editor features share: open documents over the disk, the register each file belongs
 * to, settings and locale per document, and the workspace's articles. Features get a view of the
 * document a request is about (an article or a register file) and answer from it.
 */
import * as path from 'node:path';
import type { Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentMemo, LineIndex, Register, Where } from '../engine/index';
import { REGISTER_NAMES } from '../node/registers';
import { FixTarget, toRange } from './convert';
import type { OpenFiles } from './documents';
import type { WorkspaceFolders } from './folders';
import { labelsLocale, Locale } from './i18n';
import type { EditorRegisters } from './registers';
import type { Settings, SettingsSource } from './settings';
import { isArticle, isDataFile, pathToUri, uriToPath } from './uri';
import type { IndexedArticle, WorkspaceIndex } from './workspaceIndex';

export interface ArticleView {
  kind: 'article';
  uri: string;
  text: string;
  lines: LineIndex;
  item: IndexedArticle;
  register?: Register;
  /** Language of hover and code lens labels: the article's, else the UI locale. */
  labels: Locale;
  ui: Locale;
}

export interface RegisterView {
  kind: 'register';
  uri: string;
  file: string;
  text: string;
  lines: LineIndex;
  register: Register;
  labels: Locale;
  ui: Locale;
}

export type View = ArticleView | RegisterView;

export class Services {
  /** Data files no register reads (package.json, CI configs…), until registers change. */
  private readonly notRegisters = new Set<string>();

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    readonly files: OpenFiles,
    readonly folders: WorkspaceFolders,
    readonly registers: EditorRegisters,
    readonly settings: SettingsSource,
    readonly index: WorkspaceIndex,
    private readonly clientLocale: Locale,
  ) {}

  /** Where a fix aimed at another file (the register) lands: that file's URI and lines. */
  readonly fixTarget: FixTarget = file => {
    const text = this.files.read(file);
    return text === undefined ? undefined : { uri: this.files.uri(file), lines: new LineIndex(text) };
  };

  /** Settings of a document: its own when open, else its workspace folder's. */
  settingsFor(uri: string): Promise<Settings> {
    if (this.documents.get(uri)) return this.settings.get(uri);
    const file = uriToPath(uri);
    const folder = file ? this.folders.containing(file) : undefined;
    return this.settings.get(folder ? pathToUri(folder) : uri);
  }

  async locale(uri: string): Promise<Locale> {
    return this.uiLocale(await this.settingsFor(uri));
  }

  /** The UI locale under these settings: `claimcheck.locale`, else the client's. */
  uiLocale(settings: Settings): Locale {
    return settings.locale ?? this.clientLocale;
  }

  /** The register an article uses (not marked in use). */
  async registerOf(a: { uri: string; text: string }): Promise<Register | undefined> {
    const settings = await this.settingsFor(a.uri);
    return this.registers.lookup(a.uri, a.text, settings.register).register;
  }

  /** The register a register file belongs to: one already loaded, itself as a root, else one a workspace article uses. */
  async registerOfFile(file: string): Promise<Register | undefined> {
    const loaded = this.registers.reading(file);
    if (loaded) return loaded;
    if (REGISTER_NAMES.includes(path.basename(file))) return this.registers.load(file);
    if (this.notRegisters.has(file)) return undefined;
    for (const a of this.index.articles()) {
      const reg = await this.registerOf(a);
      if (reg?.files.includes(file)) return reg;
    }
    this.notRegisters.add(file);
    return undefined;
  }

  /** Registers or settings changed: what was learnt about data files no longer holds. */
  forget(): void { this.notRegisters.clear(); }

  private readonly memos = new Map<string, DocumentMemo>();

  /**
   * What the checks of an open document keep from one check to the next (engine/reuse.ts), so a
   * re-check after an edit re-reads only what changed; none for a file that is not open.
   */
  readonly memoFor = (uri: string): DocumentMemo | undefined => {
    if (!this.documents.get(uri)) return undefined;
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new DocumentMemo()));
    return memo;
  };

  /** A document closed: its memo goes. */
  closed(uri: string): void { this.memos.delete(uri); }

  /** The text a register file was read from (offsets of its entries are into this text). */
  registerText(reg: Register, file: string): string {
    return this.registers.textOf(reg, file) ?? this.files.read(file) ?? '';
  }

  /** Where a register entry is written, as an LSP location. */
  location(reg: Register, at: Where): Location {
    return { uri: this.files.uri(at.file), range: toRange(new LineIndex(this.registerText(reg, at.file)), at.start, at.end) };
  }

  /** The document a request is about, as an article or a register file; undefined for anything else. */
  async view(uri: string): Promise<View | undefined> {
    const ui = await this.locale(uri);
    const doc = this.documents.get(uri);
    const file = uriToPath(uri);
    if (doc ? isArticle(doc) : /\.(md|markdown)$/i.test(uri)) {
      const item = this.index.article(uri);
      if (!item) return undefined;
      const register = await this.registerOf(item);
      return { kind: 'article', uri, text: item.text, lines: new LineIndex(item.text), item, register, labels: labelsLocale(item.article.lang, ui), ui };
    }
    if (!file || !isDataFile(file)) return undefined;
    const register = await this.registerOfFile(file);
    if (!register) return undefined;
    const text = this.registerText(register, file);
    return { kind: 'register', uri, file, text, lines: new LineIndex(text), register, labels: ui, ui };
  }
}
