/**
 * `unres.showPreview`: the document as it will print, in the UN's layout, in a webview beside the
 * editor. The HTML and its style sheet come from the language server (`unres/preview`); this module
 * frames them in a page with a strict Content-Security-Policy (styles, and our one scroll-sync
 * script by nonce: no script from the document, no images, no fonts, no network), refreshes it,
 * debounced, while the document changes, and follows the cursor.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml, page } from './previewPage';

/** Asks the server for a document's preview body and style sheet; rejects when the server cannot answer. */
export type PreviewSource = (uri: string, token: vscode.CancellationToken) => Promise<{ html: string; css: string }>;

/** One preview panel per document. */
export class PreviewManager implements vscode.Disposable {
  readonly #previews = new Map<string, DocumentPreview>();
  readonly #source: PreviewSource;
  readonly #subscriptions: vscode.Disposable[] = [];

  readonly #media: vscode.Uri;

  /** `media`: the extension's media folder, which holds the scroll-sync script. */
  constructor(source: PreviewSource, media: vscode.Uri) {
    this.#source = source;
    this.#media = media;
    this.#subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.#previews.get(e.document.uri.toString())?.scheduleRefresh()),
      vscode.workspace.onDidSaveTextDocument(d => this.#previews.get(d.uri.toString())?.scheduleRefresh()),
      vscode.window.onDidChangeTextEditorSelection(e => this.#previews.get(e.textEditor.document.uri.toString())?.reveal(e.selections[0].active.line)),
    );
  }

  /** Opens (or reveals) the preview of a document beside its editor. */
  show(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const existing = this.#previews.get(key);
    if (existing) {
      existing.show();
      return;
    }
    const line = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection.active.line : 0;
    const preview = new DocumentPreview(document.uri, this.#source, this.#media, line, () => this.#previews.delete(key));
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
  readonly #script: vscode.Uri;
  /** The editor line the preview shows, sent again after each refresh. */
  #line: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: vscode.CancellationTokenSource | undefined;
  /** Increases with each request, so a late answer never replaces a newer one. */
  #generation = 0;
  #disposed = false;

  constructor(uri: vscode.Uri, source: PreviewSource, media: vscode.Uri, line: number, onDispose: () => void) {
    this.#uri = uri;
    this.#source = source;
    this.#onDispose = onDispose;
    this.#line = line;
    const name = uri.path.split('/').pop() ?? 'document';
    this.#panel = vscode.window.createWebviewPanel(
      'unres.preview',
      `Preview ${name}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Scripts on for our one nonce'd file (the policy admits nothing else); local files from media/ only.
      { enableScripts: true, enableForms: false, localResourceRoots: [media], enableFindWidget: true },
    );
    this.#script = this.#panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
    this.#panel.onDidDispose(() => this.dispose());
    this.#panel.webview.html = page(this.#panel.webview.cspSource, '<p class="unres-status">Loading the preview…</p>');
    void this.#refresh();
  }

  show(): void {
    this.#panel.reveal(undefined, true);
  }

  /** Scroll sync: shows the block of the editor's line. */
  reveal(line: number): void {
    if (this.#disposed || line === this.#line) return;
    this.#line = line;
    void this.#panel.webview.postMessage({ type: 'reveal', line });
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
    let body: { html: string; css: string };
    try {
      body = await this.#source(this.#uri.toString(), tokenSource.token);
    } catch (e) {
      body = { html: `<p class="unres-status">The language server could not render the preview: ${escapeHtml(e instanceof Error ? e.message : String(e))}</p>`, css: '' };
    } finally {
      tokenSource.dispose();
      if (this.#pending === tokenSource) this.#pending = undefined;
    }
    if (this.#disposed || generation !== this.#generation || tokenSource.token.isCancellationRequested) return;
    // A fresh nonce per page: an old page's nonce admits nothing in the new one.
    const nonce = randomBytes(16).toString('base64');
    this.#panel.webview.html = page(this.#panel.webview.cspSource, body.html, { css: body.css, script: { src: this.#script.toString(), nonce }, line: this.#line });
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
