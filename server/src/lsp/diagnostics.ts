/**
 * Diagnostics of open articles: checked on open and change (debounced by the Scheduler), published
 * with the version checked and only while that version is still the document's.
 */
import { performance } from 'node:perf_hooks';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkArticle, DocumentMemo, LineIndex } from '../engine/index';
import { FixTarget, internalError, toDiagnostic } from './convert';
import type { EditorRegisters } from './registers';
import { Scheduler } from './scheduler';
import type { Locale } from './i18n';
import { applySettings, checkOptions, Settings, SettingsSource } from './settings';
import { isArticle } from './uri';

export class ArticleDiagnostics {
  private readonly scheduler = new Scheduler((uri, isCurrent) => this.check(uri, isCurrent));

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly registers: EditorRegisters,
    private readonly settings: SettingsSource,
    private readonly fixTarget: FixTarget,
    /** The language of messages under a document's settings. */
    private readonly locale: (settings: Settings) => Locale,
    /** Called after each published check (the article may have loaded another register). */
    private readonly checked: () => void,
    /** What an open document's checks keep between them (Services.memoFor). */
    private readonly memoFor: (uri: string) => DocumentMemo | undefined = () => undefined,
  ) {}

  schedule(uri: string): void { this.scheduler.schedule(uri); }

  scheduleAll(): void {
    for (const doc of this.documents.all()) if (isArticle(doc)) this.scheduler.schedule(doc.uri);
  }

  close(uri: string): void {
    this.scheduler.cancel(uri);
    this.registers.untrack(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async check(uri: string, isCurrent: () => boolean): Promise<void> {
    let version: number | undefined;
    let diagnostics: Diagnostic[];
    try {
      const settings = await this.settings.get(uri);
      const doc = this.documents.get(uri);
      if (!doc || !isCurrent()) return; // closed, or a newer request will run
      version = doc.version;
      const text = doc.getText();
      const started = performance.now();
      const { register, problem } = this.registers.forArticle(uri, text, settings.register);
      const { findings } = checkArticle(text, register, checkOptions(settings), this.memoFor(uri));
      const lines = new LineIndex(text);
      const locale = this.locale(settings);
      diagnostics = applySettings(problem ? [problem, ...findings] : findings, settings).map(f => toDiagnostic(f, lines, this.fixTarget, locale));
      this.scheduler.record(uri, performance.now() - started);
    } catch (error) {
      this.connection.console.error(`Checking ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      version ??= this.documents.get(uri)?.version;
      diagnostics = [internalError(error)];
    }
    if (!isCurrent() || version === undefined || this.documents.get(uri)?.version !== version) return;
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.checked();
  }
}
