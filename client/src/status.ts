/**
 * The status bar item that shows the language server's state while a .unres editor is active:
 * starting, ready, stopped or error. Clicking it opens the server's output.
 */
import * as vscode from 'vscode';

/** What the status bar can say about the server. */
export type ServerStatus = 'starting' | 'ready' | 'stopped' | 'error';

const LOOK: Record<ServerStatus, { icon: string; tooltip: string }> = {
  starting: { icon: '$(sync~spin)', tooltip: 'The unres language server is starting.' },
  ready: { icon: '$(check)', tooltip: 'The unres language server is ready.' },
  stopped: { icon: '$(circle-slash)', tooltip: 'The unres language server is stopped. Run “unres: Restart Language Server” to start it.' },
  error: { icon: '$(error)', tooltip: 'The unres language server failed. See its output; “unres: Restart Language Server” starts it again.' },
};

/** The status bar item; shown only while the active editor holds a .unres document. */
export class ServerStatusItem implements vscode.Disposable {
  readonly #item: vscode.StatusBarItem;
  readonly #subscriptions: vscode.Disposable[] = [];
  #status: ServerStatus = 'starting';
  #detail: string | undefined;

  constructor(showOutputCommand: string) {
    this.#item = vscode.window.createStatusBarItem('unres.serverStatus', vscode.StatusBarAlignment.Right, 100);
    this.#item.name = 'unres Language Server';
    this.#item.command = showOutputCommand;
    this.#subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.#updateVisibility()));
    this.set('starting');
  }

  /** The status shown now. */
  get status(): ServerStatus {
    return this.#status;
  }

  /** Shows a new status; `detail` (an error message) goes into the tooltip. */
  set(status: ServerStatus, detail?: string): void {
    this.#status = status;
    this.#detail = detail;
    const look = LOOK[status];
    this.#item.text = `${look.icon} unres`;
    this.#item.tooltip = this.#detail ? `${look.tooltip}\n\n${this.#detail}` : look.tooltip;
    this.#item.backgroundColor = status === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.#item.accessibilityInformation = { label: `unres language server: ${status}` };
    this.#updateVisibility();
  }

  #updateVisibility(): void {
    const languageId = vscode.window.activeTextEditor?.document.languageId;
    // An error stays visible wherever the user is: it is news.
    if (languageId === 'unres' || this.#status === 'error') this.#item.show();
    else this.#item.hide();
  }

  dispose(): void {
    this.#item.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}
