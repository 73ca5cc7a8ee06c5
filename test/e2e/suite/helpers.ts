// Helpers for the tests that run inside the real extension host.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

/** The project root (this file runs from out/test/e2e/suite/). */
export const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** How long to wait for the language server to answer anything (it may still be starting). */
export const SERVER_TIMEOUT = 30_000;

/** The workspace folder the runner opened: a fresh copy of examples/. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e runner opens a workspace folder; none is open');
  return folder.uri.fsPath;
}

/** Opens a workspace file in an editor (pull diagnostics are asked for visible documents). */
export async function openFile(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(workspaceDir(), name)));
  return vscode.window.showTextDocument(doc);
}

/** Copies a workspace file under a new name, so a test may edit it without disturbing others. */
export function copyInWorkspace(from: string, to: string): void {
  copyFileSync(join(workspaceDir(), from), join(workspaceDir(), to));
}

/** The position `offset` characters into the first occurrence of `needle` at or after line `fromLine`. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, fromLine = 0): vscode.Position {
  for (let line = fromLine; line < doc.lineCount; line++) {
    const column = doc.lineAt(line).text.indexOf(needle);
    if (column >= 0) return new vscode.Position(line, column + offset);
  }
  throw new Error(`"${needle}" is not in ${doc.uri.fsPath}`);
}

/** The 0-based line of the first line that contains `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  return positionOf(doc, needle).line;
}

/** Waits until the document's diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    SERVER_TIMEOUT,
  ).catch((e: Error) => {
    const present = vscode.languages.getDiagnostics(uri).map(d => `${d.range.start.line + 1} ${codeOf(d)}`);
    throw new Error(`${e.message}\npresent (line code): ${present.join(', ') || 'none'}`);
  });
}

/** A diagnostic's rule code, whether the server sent a plain code or one with a documentation link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** One diagnostic of the command line's JSON output (contract §6). */
export interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

/** What `unres check --format json` reports for a workspace file, run in the workspace. */
export function cliDiagnostics(name: string): CliDiagnostic[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [join(ROOT, 'bin', 'unres.js'), 'check', '--format', 'json', name], { cwd: workspaceDir(), encoding: 'utf8' });
  } catch (e) {
    // Exit status 1 means "errors were reported", which is what a faulty example is for.
    const failed = e as { status?: number; stdout?: string };
    if (failed.status !== 1 || failed.stdout === undefined) throw e;
    stdout = failed.stdout;
  }
  return JSON.parse(stdout) as CliDiagnostic[];
}

/** Hover contents as plain text, whatever form each part takes. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The diagnostics of warning or error severity, once the server has checked the document (its outline is there). */
export async function seriousDiagnostics(doc: vscode.TextDocument): Promise<string[]> {
  await waitFor(
    'the document to be checked',
    async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return symbols && symbols.length > 0 ? true : undefined;
    },
    SERVER_TIMEOUT,
  );
  return vscode.languages
    .getDiagnostics(doc.uri)
    .filter(d => d.severity <= vscode.DiagnosticSeverity.Warning)
    .map(d => `${d.range.start.line + 1} ${codeOf(d)} ${d.message}`);
}
