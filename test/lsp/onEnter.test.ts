/**
 * Issue 11, item 7: Enter on an empty subparagraph label over stdio. The server declares
 * format-on-type on "\n" and answers, for the text as it is after the Enter, the edit that puts the
 * next operative number in place of the empty label.
 */
import * as assert from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentOnTypeFormattingRequest } from 'vscode-languageserver-protocol';
import { LspSession } from './session';

const AFTER_ENTER = 'The General Assembly,\n\n14. *Calls upon* Member States to adopt:\n\n   (a) Measures;\n\n   (b) ';

describe('language server: Enter on an empty subparagraph label', function () {
  this.timeout(20_000);
  let s: LspSession | undefined;
  after(() => s?.stop());

  it('declares format-on-type on "\\n" and answers the next operative number in place of the label', async () => {
    const text = `${AFTER_ENTER}\n   `;
    s = await LspSession.start({ 'list.unres': text });
    const { capabilities } = await s.initializeResult;
    assert.deepStrictEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
    const uri = await s.open('list.unres');
    const edits = await s.connection.sendRequest(DocumentOnTypeFormattingRequest.type, {
      textDocument: { uri },
      position: { line: 7, character: 3 },
      ch: '\n',
      options: { tabSize: 3, insertSpaces: true },
    });
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, text), edits ?? []), AFTER_ENTER.replace('   (b) ', '15. '));
  });
});
