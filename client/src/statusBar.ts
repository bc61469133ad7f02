/** A status-bar item with the active article's Claimcheck counts; a click opens the Problems panel. */
import { DiagnosticSeverity, Disposable, languages, StatusBarAlignment, StatusBarItem, TextEditor, window } from 'vscode';

export const STATUS_ITEM_ID = 'claimcheck.status';
const SOURCE = 'claimcheck';

export interface ArticleCounts { errors: number; warnings: number; infos: number }

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class ArticleStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[];

  constructor() {
    this.item = window.createStatusBarItem(STATUS_ITEM_ID, StatusBarAlignment.Left, 10);
    this.item.name = 'Claimcheck';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics(event => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some(u => u.toString() === active)) this.update();
      }),
    ];
    this.update();
  }

  /** The item's text while it is shown (for tests), else undefined. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  update(editor: TextEditor | undefined = window.activeTextEditor): void {
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      this.shown = false;
      return;
    }
    const c = countFor(editor);
    this.item.text = `$(checklist) $(error) ${c.errors} $(warning) ${c.warnings}`;
    const summary = `Claimcheck: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')} in this article`;
    this.item.tooltip = `${summary}. Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: summary };
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

export function countFor(editor: TextEditor): ArticleCounts {
  const counts: ArticleCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of languages.getDiagnostics(editor.document.uri)) {
    if (d.source !== SOURCE) continue;
    if (d.severity === DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === DiagnosticSeverity.Warning) counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
