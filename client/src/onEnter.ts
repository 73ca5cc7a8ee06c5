/**
 * `unres.onEnter`, bound to Enter in .unres editors (see package.json `keybindings`): continues the
 * numbering where the cursor ends a numbered line, and otherwise types a plain Enter, so VS Code's
 * own on-enter rules and indentation still apply.
 */
import * as vscode from 'vscode';
import { enterAction, previousSubparagraphLabel } from './numbering';

/** Registers the command. */
export function registerOnEnter(): vscode.Disposable {
  return vscode.commands.registerTextEditorCommand('unres.onEnter', async editor => {
    const action = actionAt(editor);
    if (!action) {
      await vscode.commands.executeCommand('type', { source: 'keyboard', text: '\n' });
      return;
    }
    const line = editor.document.lineAt(editor.selection.active.line);
    if (action.kind === 'end') {
      // An empty label: remove it and leave an empty line, as Markdown lists do.
      await editor.edit(b => b.delete(line.range), { undoStopBefore: true, undoStopAfter: false });
      return;
    }
    const end = line.range.end;
    await editor.edit(b => b.replace(new vscode.Range(end.with({ character: line.text.trimEnd().length }), end), action.text),
      { undoStopBefore: true, undoStopAfter: false });
    const after = editor.document.positionAt(editor.document.offsetAt(end.with({ character: line.text.trimEnd().length })) + action.text.length);
    editor.selection = new vscode.Selection(after, after);
    editor.revealRange(new vscode.Range(after, after));
  });
}

function actionAt(editor: vscode.TextEditor) {
  const { selection, document } = editor;
  if (!selection.isEmpty || editor.selections.length > 1) return undefined;
  const line = document.lineAt(selection.active.line);
  // Only at the end of the line: Enter in the middle of a paragraph splits it as usual.
  if (selection.active.character < line.text.trimEnd().length) return undefined;
  const previous = previousSubparagraphLabel(i => document.lineAt(i).text, line.lineNumber);
  return enterAction(line.text, previous);
}
