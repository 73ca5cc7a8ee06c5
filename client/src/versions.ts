/**
 * "Compare with…" and "Roll over to next session" (docs/versions.md). The comparison and the
 * rollover are the language server's (`unres/compare`, `unres/rollover`); this module finds the
 * other version — another .unres file, or the file as committed in git HEAD (`git show`) —, shows
 * the server's view of the changes in a webview (no scripts; the only links are
 * `command:unres.revealVersion`, which opens either version at a line), and opens the rollover in a
 * new untitled editor.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { page } from './previewPage';
import type { CompareResult } from '../../server/src/protocol';

export const REVEAL_VERSION = 'unres.revealVersion';
/** Committed versions are shown as read-only documents of this scheme. */
export const VERSION_SCHEME = 'unres-version';

/** The other version of a comparison: its text, where links to it go, and its name. */
export interface OtherVersion {
  readonly text: string;
  readonly uri: vscode.Uri;
  readonly name: string;
}

/** Read-only documents holding committed versions, so the view's links to them open something. */
export class VersionDocuments implements vscode.TextDocumentContentProvider {
  readonly #texts = new Map<string, string>();

  /** Keeps `text` under a `unres-version:` URI and returns it. */
  add(file: vscode.Uri, revision: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: VERSION_SCHEME, path: file.path, query: revision });
    this.#texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.toString()) ?? '';
  }
}

/** The file as committed in git HEAD, by `git show HEAD:./NAME` in its folder. */
export function headVersion(file: vscode.Uri, versions: VersionDocuments): Promise<OtherVersion> {
  if (file.scheme !== 'file') return Promise.reject(new Error('only a file on disk has a git HEAD version.'));
  const dir = path.dirname(file.fsPath);
  const name = path.basename(file.fsPath);
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `HEAD:./${name}`], { cwd: dir, timeout: 15_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`git has no HEAD version of ${name}: ${(stderr || error.message).trim().split('\n')[0]}`));
        return;
      }
      resolve({ text: stdout, uri: versions.add(file, 'HEAD', stdout), name: `${name} (HEAD)` });
    });
  });
}

/** Another file's text (the open document's, if it is open). */
export async function fileVersion(file: vscode.Uri): Promise<OtherVersion> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === file.toString());
  const text = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
  return { text, uri: file, name: path.basename(file.path) };
}

/** Asks the user what to compare with: git HEAD or another .unres file. */
export async function pickOtherVersion(document: vscode.TextDocument, versions: VersionDocuments): Promise<OtherVersion | undefined> {
  const head = { label: '$(git-commit) The version in git HEAD', id: 'head' };
  const file = { label: '$(file) Another .unres file…', id: 'file' };
  const choice = await vscode.window.showQuickPick([head, file], { placeHolder: `Compare ${path.basename(document.uri.path)} with…` });
  if (!choice) return undefined;
  if (choice.id === 'head') return headVersion(document.uri, versions);
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'UN resolutions': ['unres'] }, openLabel: 'Compare' });
  return picked?.[0] ? fileVersion(picked[0]) : undefined;
}

/** The comparison's webview: one panel, reused. */
export class ComparisonView implements vscode.Disposable {
  #panel: vscode.WebviewPanel | undefined;

  show(title: string, result: CompareResult): vscode.WebviewPanel {
    if (!this.#panel) {
      this.#panel = vscode.window.createWebviewPanel(
        'unres.compare',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          // No scripts and no local files; the only command its links may run is the one that opens a version at a line.
          enableScripts: false,
          enableForms: false,
          enableCommandUris: [REVEAL_VERSION],
          localResourceRoots: [],
          enableFindWidget: true,
        },
      );
      this.#panel.onDidDispose(() => (this.#panel = undefined));
    }
    this.#panel.title = title;
    this.#panel.webview.html = page(this.#panel.webview.cspSource, result.html);
    this.#panel.reveal(undefined, true);
    return this.#panel;
  }

  dispose(): void {
    this.#panel?.dispose();
  }
}

/** `unres.revealVersion`: opens a version (a file, or a committed one) with the cursor at a zero-based line. */
export async function revealVersion(uri: string, line: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const at = new vscode.Position(Math.max(0, Math.min(Number(line) || 0, document.lineCount - 1)), 0);
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
}
