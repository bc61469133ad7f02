/**
 * The Explorer's "Claims" view: the register's claims grouped by status, each with the articles
 * citing it. Data from the server's `claimcheck/claims` request, fetched when the view is first
 * shown and again after a refresh (saves, register changes, the view's refresh button).
 */
import {
  commands, Disposable, Event, EventEmitter, MarkdownString, Range, ThemeColor, ThemeIcon, TreeDataProvider, TreeItem,
  TreeItemCollapsibleState, TreeView, Uri, window, workspace,
} from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import { CitingArticle, citingArticles, groupByStatus, STATUS_LABEL, StatusGroup } from './claimsModel';
import { CLAIMS_METHOD, ClaimInfo, ClaimsParams, ClaimsResult, ClaimStatus, ProtocolLocation } from './protocol';

export const VIEW_ID = 'claimcheck.claims';
export const REFRESH_COMMAND = 'claimcheck.claims.refresh';
const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult, void>(CLAIMS_METHOD);
const METHOD_NOT_FOUND = -32601;

export type ClaimsNode =
  | { kind: 'status'; group: StatusGroup }
  | { kind: 'claim'; claim: ClaimInfo }
  | { kind: 'article'; claim: ClaimInfo; article: CitingArticle };

const STATUS_ICON: Record<ClaimStatus | 'none', ThemeIcon> = {
  false: new ThemeIcon('error', new ThemeColor('charts.red')),
  retracted: new ThemeIcon('circle-slash', new ThemeColor('charts.red')),
  disputed: new ThemeIcon('warning', new ThemeColor('charts.yellow')),
  unverified: new ThemeIcon('question', new ThemeColor('charts.blue')),
  verified: new ThemeIcon('pass', new ThemeColor('charts.green')),
  none: new ThemeIcon('circle-outline'),
};

export class ClaimsTree implements TreeDataProvider<ClaimsNode>, Disposable {
  private readonly changed = new EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData: Event<ClaimsNode | undefined> = this.changed.event;
  private readonly loaded = new EventEmitter<ClaimsResult>();
  /** Fires after each successful fetch (the preview's badges colour themselves from it). */
  readonly onDidLoad: Event<ClaimsResult> = this.loaded.event;
  private data: ClaimsResult | undefined;
  private pending: Promise<ClaimsResult | undefined> | undefined;
  private stale = true;
  private view: TreeView<ClaimsNode> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  attach(view: TreeView<ClaimsNode>): void {
    this.view = view;
  }

  /** Marks the data stale; the view (if shown) asks again. */
  refresh(): void {
    this.stale = true;
    this.changed.fire(undefined);
  }

  /** The status of a claim id, from the last fetch (undefined if unknown or not fetched yet). */
  statusOf(id: string): ClaimStatus | undefined {
    if (this.stale && !this.pending) void this.load();
    return this.data?.claims.find(c => c.id === id)?.status;
  }

  /** Fetches the claims unless fresh data is in hand; concurrent callers share one request. */
  load(): Promise<ClaimsResult | undefined> {
    if (!this.stale && this.data) return Promise.resolve(this.data);
    this.pending ??= this.fetch().finally(() => { this.pending = undefined; });
    return this.pending;
  }

  private async fetch(): Promise<ClaimsResult | undefined> {
    const client = this.client();
    if (!client?.isRunning()) {
      this.setMessage('The Claimcheck language server is not running (see the Claimcheck output).');
      return undefined;
    }
    this.stale = false;
    try {
      const result = await client.sendRequest(ClaimsRequest, {});
      this.data = { claims: Array.isArray(result?.claims) ? result.claims : [] };
      this.setMessage(undefined);
      this.loaded.fire(this.data);
      return this.data;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // An old server will not learn the request: ask again only on refresh. Other errors: next time.
      this.stale = code !== METHOD_NOT_FOUND;
      this.setMessage(code === METHOD_NOT_FOUND
        ? `This language server does not list claims (no ${CLAIMS_METHOD} request).`
        : `Could not list the claims: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private setMessage(message: string | undefined): void {
    this.lastMessage = message;
    if (this.view) this.view.message = message;
  }

  private lastMessage: string | undefined;

  /** What the view says above its items (why it is empty), if anything. */
  get message(): string | undefined {
    return this.lastMessage;
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) {
      const data = await this.load();
      return data ? groupByStatus(data.claims).map(group => ({ kind: 'status', group })) : [];
    }
    if (node.kind === 'status') return node.group.claims.map(claim => ({ kind: 'claim', claim }));
    if (node.kind === 'claim') return citingArticles(node.claim).map(article => ({ kind: 'article', claim: node.claim, article }));
    return [];
  }

  getTreeItem(node: ClaimsNode): TreeItem {
    if (node.kind === 'status') {
      const { status, claims } = node.group;
      const item = new TreeItem(STATUS_LABEL[status], TreeItemCollapsibleState.Expanded);
      item.description = String(claims.length);
      item.iconPath = STATUS_ICON[status];
      item.id = `status:${status}`;
      item.contextValue = 'claimStatus';
      return item;
    }
    if (node.kind === 'claim') {
      const { claim } = node;
      const cited = claim.citations.length > 0;
      const item = new TreeItem(claim.id, cited ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
      item.id = `claim:${claim.location.uri}#${claim.id}`;
      item.description = [claim.date, cited ? undefined : 'not cited'].filter(Boolean).join(' · ');
      item.iconPath = STATUS_ICON[claim.status ?? 'none'];
      const tip = new MarkdownString();
      tip.appendMarkdown(`**${claim.id}** — ${claim.status ?? 'no status'}`);
      if (claim.date) tip.appendMarkdown(` · ${claim.date}`);
      if (claim.statement) tip.appendMarkdown('\n\n').appendText(claim.statement);
      tip.appendMarkdown('\n\n').appendText(workspace.asRelativePath(Uri.parse(claim.location.uri)));
      item.tooltip = tip;
      item.contextValue = 'claim';
      item.command = openCommand('Open in the register', claim.location);
      return item;
    }
    const { article } = node;
    const uri = Uri.parse(article.uri);
    const item = new TreeItem(workspace.asRelativePath(uri), TreeItemCollapsibleState.None);
    item.id = `cite:${node.claim.location.uri}#${node.claim.id}@${article.uri}`;
    item.resourceUri = uri;
    item.iconPath = ThemeIcon.File;
    const lines = article.citations.map(c => c.range.start.line + 1);
    item.description = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
    item.contextValue = 'claimCitation';
    item.command = openCommand('Open the citation', article.citations[0]);
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }
}

function openCommand(title: string, at: ProtocolLocation) {
  const r = at.range;
  return {
    title,
    command: 'vscode.open',
    arguments: [Uri.parse(at.uri), { selection: new Range(r.start.line, r.start.character, r.end.line, r.end.character), preview: true }],
  };
}

/** Creates the view, its refresh command and the events that make its data stale. */
export function registerClaimsView(tree: ClaimsTree): Disposable {
  const view = window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  const stale = () => tree.refresh();
  const isData = (uri: Uri) => /\.(md|markdown|ya?ml|json)$/i.test(uri.path);
  const watcher = workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml,json}');
  return Disposable.from(
    view,
    watcher,
    commands.registerCommand(REFRESH_COMMAND, stale),
    workspace.onDidSaveTextDocument(doc => { if (isData(doc.uri)) stale(); }),
    watcher.onDidCreate(stale),
    watcher.onDidDelete(stale),
    watcher.onDidChange(stale),
  );
}
