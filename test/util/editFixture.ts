/** A language service that fails the test on any logged error, and documents and edits at one URI, for tests of whole-document edits. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, InMemoryWorkspace } from '../../server/src/languageService';

export const URI = 'file:///ws/doc.unres';

export const svc = () =>
  createLanguageService({
    workspace: new InMemoryWorkspace(),
    log: m => {
      throw new Error(`service logged: ${m}`);
    },
  });

export const doc = (text: string) => ({ uri: URI, version: 1, getText: () => text });

/** `text` with the edit's changes to {@link URI} applied. */
export function applied(text: string, edit: WorkspaceEdit): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), edit.changes?.[URI] ?? []);
}
