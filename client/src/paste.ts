/**
 * "Paste as resolution markup": on paste of text into a .unres file, VS Code offers this beside the
 * plain paste (which stays the default): the server converts the text as `unres import` does
 * (masthead to front matter, furniture dropped, paragraphs joined, openers in emphasis, footnotes).
 * Into a document that has text already, the piece goes in without front matter.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConvertTextRequest } from '../../server/src/protocol';

export const PASTE_KIND = vscode.DocumentDropOrPasteEditKind.Text.append('unres', 'resolution');

export function registerPasteAsMarkup(client: () => LanguageClient | undefined): vscode.Disposable {
  const provider: vscode.DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(document, _ranges, dataTransfer, _context, token) {
      const text = await dataTransfer.get('text/plain')?.asString();
      const languageClient = client();
      // Only something worth converting: several lines, as copied out of a document.
      if (!text || !text.includes('\n') || !languageClient?.isRunning() || token.isCancellationRequested) return undefined;
      const fragment = document.getText().trim() !== '';
      const result = await languageClient.sendRequest(ConvertTextRequest, { text, fragment }, token);
      if (!result || token.isCancellationRequested) return undefined;
      const edit = new vscode.DocumentPasteEdit(result.text, 'Paste as resolution markup', PASTE_KIND);
      // Plain text first: this one is offered in the paste menu, never forced.
      edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
      return [edit];
    },
  };
  return vscode.languages.registerDocumentPasteEditProvider({ language: 'unres' }, provider, {
    providedPasteEditKinds: [PASTE_KIND],
    pasteMimeTypes: ['text/plain'],
  });
}
