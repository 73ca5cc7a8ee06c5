/**
 * "Export as Word…", "Export as Akoma Ntoso…", "Export as HTML…": asks where to save (beside the
 * document, same name), has the server write the file (`unres/export`, the writers `unres export`
 * uses), and saves it. A document with errors is exported all the same, mid-negotiation drafts
 * included, and the message says how many errors it has.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportRequest, type ExportParams } from '../../server/src/protocol';

export const EXPORT_COMMANDS: readonly { readonly command: string; readonly format: ExportParams['format']; readonly label: string; readonly extension: string }[] = [
  { command: 'unres.exportWord', format: 'docx', label: 'Word', extension: 'docx' },
  { command: 'unres.exportAkn', format: 'akn', label: 'Akoma Ntoso', extension: 'xml' },
  { command: 'unres.exportHtml', format: 'html', label: 'HTML', extension: 'html' },
];

/** Registers the three export commands; `target` (optional) is the URI to save to, for tests and scripts. */
export function registerExportCommands(client: () => LanguageClient): vscode.Disposable[] {
  return EXPORT_COMMANDS.map(({ command, format, label, extension }) =>
    vscode.commands.registerCommand(command, async (uri?: vscode.Uri, target?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'unres') {
        void vscode.window.showInformationMessage(`Open a .unres document to export it as ${label}.`);
        return undefined;
      }
      const suggested = document.uri.with({ path: document.uri.path.replace(/(\.unres)?$/i, `.${extension}`) });
      const destination =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({
              defaultUri: suggested,
              saveLabel: `Export as ${label}`,
              filters: { [label]: [extension] },
            });
      if (!destination) return undefined;
      const languageClient = client();
      if (!languageClient.isRunning()) {
        void vscode.window.showErrorMessage('The unres language server is not running: restart it and export again.');
        return undefined;
      }
      const result = await languageClient.sendRequest(ExportRequest, { uri: document.uri.toString(), format });
      if (!result) {
        void vscode.window.showErrorMessage(`The language server could not export ${document.uri.path.split('/').pop()}.`);
        return undefined;
      }
      await vscode.workspace.fs.writeFile(destination, Buffer.from(result.data, result.encoding));
      const errors = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
      const name = destination.path.split('/').pop();
      if (errors) void vscode.window.showWarningMessage(`Exported ${name}; the document has ${errors} error${errors === 1 ? '' : 's'} (see Problems).`);
      else void vscode.window.showInformationMessage(`Exported ${name}.`);
      return destination.toString();
    }),
  );
}
