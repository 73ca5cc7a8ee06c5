/**
 * `unres.showPreview`: the document as it will print, in a webview beside the editor. The HTML
 * comes from the language server (`unres/preview`); this module only frames it in a page with a
 * strict Content-Security-Policy (styles only: no scripts, no images, no fonts, no network) and
 * refreshes it, debounced, while the document changes.
 */
import * as vscode from 'vscode';
import { escapeHtml, page } from './previewPage';

/** Asks the server for a document's preview body; rejects when the server cannot answer. */
export type PreviewSource = (uri: string, token: vscode.CancellationToken) => Promise<string>;

/** One preview panel per document. */
export class PreviewManager implements vscode.Disposable {
  readonly #previews = new Map<string, DocumentPreview>();
  readonly #source: PreviewSource;
  readonly #subscriptions: vscode.Disposable[] = [];

  constructor(source: PreviewSource) {
    this.#source = source;
    this.#subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.#previews.get(e.document.uri.toString())?.scheduleRefresh()),
      vscode.workspace.onDidSaveTextDocument(d => this.#previews.get(d.uri.toString())?.scheduleRefresh()),
    );
  }

  /** Opens (or reveals) the preview of a document beside its editor. */
  show(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const existing = this.#previews.get(key);
    if (existing) {
      existing.reveal();
      return;
    }
    const preview = new DocumentPreview(document.uri, this.#source, () => this.#previews.delete(key));
    this.#previews.set(key, preview);
  }

  /** Refreshes every open preview now (after a server restart, say). */
  refreshAll(): void {
    for (const p of this.#previews.values()) p.scheduleRefresh(0);
  }

  dispose(): void {
    for (const p of [...this.#previews.values()]) p.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}

class DocumentPreview implements vscode.Disposable {
  readonly #panel: vscode.WebviewPanel;
  readonly #uri: vscode.Uri;
  readonly #source: PreviewSource;
  readonly #onDispose: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: vscode.CancellationTokenSource | undefined;
  /** Increases with each request, so a late answer never replaces a newer one. */
  #generation = 0;
  #disposed = false;

  constructor(uri: vscode.Uri, source: PreviewSource, onDispose: () => void) {
    this.#uri = uri;
    this.#source = source;
    this.#onDispose = onDispose;
    const name = uri.path.split('/').pop() ?? 'document';
    this.#panel = vscode.window.createWebviewPanel('unres.preview', `Preview ${name}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // No scripts, and no local files: the page is text and styles only.
      { enableScripts: false, enableForms: false, localResourceRoots: [], enableFindWidget: true });
    this.#panel.onDidDispose(() => this.dispose());
    this.#panel.webview.html = page(this.#panel.webview.cspSource, '<p class="unres-status">Loading the preview…</p>');
    void this.#refresh();
  }

  reveal(): void {
    this.#panel.reveal(undefined, true);
  }

  /** Refreshes after the configured quiet time; each new edit restarts the wait. */
  scheduleRefresh(delay = vscode.workspace.getConfiguration('unres').get<number>('preview.debounce', 300)): void {
    if (this.#disposed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#refresh(), Math.max(0, delay));
  }

  async #refresh(): Promise<void> {
    this.#timer = undefined;
    this.#pending?.cancel();
    const tokenSource = (this.#pending = new vscode.CancellationTokenSource());
    const generation = ++this.#generation;
    let body: string;
    try {
      body = await this.#source(this.#uri.toString(), tokenSource.token);
    } catch (e) {
      body = `<p class="unres-status">The language server could not render the preview: ${escapeHtml(e instanceof Error ? e.message : String(e))}</p>`;
    } finally {
      tokenSource.dispose();
      if (this.#pending === tokenSource) this.#pending = undefined;
    }
    if (this.#disposed || generation !== this.#generation || tokenSource.token.isCancellationRequested) return;
    this.#panel.webview.html = page(this.#panel.webview.cspSource, body);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#pending?.cancel();
    this.#panel.dispose();
    this.#onDispose();
  }
}
