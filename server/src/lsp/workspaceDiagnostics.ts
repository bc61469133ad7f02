/**
 * Pull diagnostics (LSP 3.17) for articles that are not open, so a client's Problems panel lists
 * every article of the workspace that, say, cites a claim whose status just became false. Open
 * documents keep their pushed diagnostics: a pull for one answers an empty report, so nothing is
 * shown twice. A result id (file stamp, register generation, settings epoch) lets an unchanged
 * article answer "unchanged"; when a register changes, the client is asked to pull again.
 */
import {
  Connection, DocumentDiagnosticParams, DocumentDiagnosticReport, DocumentDiagnosticReportKind,
  WorkspaceDiagnosticParams, WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Register } from '../engine/index';
import { articleDiagnostics } from './analysis';
import type { Services } from './services';
import type { IndexedArticle } from './workspaceIndex';

/** Quiet time after the last register change before the client is asked to pull again. */
const REFRESH_DELAY_MS = 250;

export class WorkspaceDiagnostics {
  private readonly generations = new WeakMap<Register, number>();
  private nextGeneration = 1;
  /** Articles reported to the client, so a deleted or now-open one gets an empty report once. */
  private readonly reported = new Set<string>();
  private refreshTimer?: NodeJS.Timeout;

  constructor(private readonly s: Services, private readonly connection: Connection, private readonly canRefresh: boolean) {}

  async document(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    if (this.s.documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const item = /\.(md|markdown)$/i.test(uri) ? this.s.index.article(uri) : undefined;
    if (!item) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = await this.resultId(item);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: await articleDiagnostics(this.s, item) };
  }

  async workspace(params: WorkspaceDiagnosticParams): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map(p => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const current = new Set<string>();
    for (const item of this.s.index.articles()) {
      if (item.open) continue;
      current.add(item.uri);
      const resultId = await this.resultId(item);
      if (previous.get(item.uri) === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: item.uri, version: null, resultId });
      } else {
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri: item.uri, version: null, resultId, items: await articleDiagnostics(this.s, item) });
      }
    }
    for (const uri of this.reported) {
      if (!current.has(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    }
    this.reported.clear();
    for (const uri of current) this.reported.add(uri);
    return { items };
  }

  /** Asks the client to pull again (a register or the settings changed); a burst (typing in the register) is sent once, after it. */
  refresh(): void {
    if (!this.canRefresh) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.connection.languages.diagnostics.refresh()
        .catch(error => this.connection.console.warn(`workspace/diagnostic/refresh failed: ${String(error)}`));
    }, REFRESH_DELAY_MS);
  }

  private async resultId(item: IndexedArticle): Promise<string> {
    const reg = await this.s.registerOf(item);
    let gen = 0;
    if (reg) {
      gen = this.generations.get(reg) ?? this.nextGeneration++;
      this.generations.set(reg, gen);
    }
    return `${item.stamp}|${gen}|${this.s.settings.epoch}`;
  }
}
