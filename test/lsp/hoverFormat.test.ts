/**
 * Issue 11, item 3: a client that prefers plain text for hovers (Emacs eglot without markdown-mode
 * declares `contentFormat: ["plaintext"]`) gets plain text: no stray escapes (`Date\:`), no
 * emphasis marks; a Markdown client keeps the Markdown.
 */
import * as assert from 'node:assert';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { markdownToPlainText } from '../../server/src/languageService';
import { LspSession } from './session';

const DOC = `---
symbol: A/C.2/80/L.5
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Decides* to act;

2. *Requests* a report on paragraph 1 above.
`;

async function hoverOn(format: string[], line: number, character: number): Promise<MarkupContent> {
  const s = await LspSession.start({ 'a.unres': DOC }, { hoverFormat: format });
  try {
    const uri = await s.open('a.unres');
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    assert.ok(hover, 'a hover');
    return hover.contents as MarkupContent;
  } finally {
    await s.stop();
  }
}

describe('hover in the format the client prefers', function () {
  this.timeout(20_000);

  it('answers plain text to a plain-text client: no backslashes, no emphasis marks', async () => {
    const citation = await hoverOn(['plaintext'], 6, 27);
    assert.strictEqual(citation.kind, 'plaintext');
    assert.match(citation.value, /73\/27/);
    assert.ok(!/\\[^\s]/.test(citation.value), citation.value);
    const reference = await hoverOn(['plaintext'], 10, 32);
    assert.strictEqual(reference.kind, 'plaintext');
    assert.match(reference.value, /Decides to act;/);
    assert.ok(!reference.value.includes('*'), reference.value);
  });

  it('keeps Markdown for a client that prefers it', async () => {
    const citation = await hoverOn(['markdown', 'plaintext'], 6, 27);
    assert.strictEqual(citation.kind, 'markdown');
  });

  it("turns the service's Markdown into plain text", () => {
    assert.strictEqual(markdownToPlainText('**A/RES/73/27**\n\nAdopted\\: 5 December 2018 \\*not emphasis\\*'), 'A/RES/73/27\n\nAdopted: 5 December 2018 *not emphasis*');
    assert.strictEqual(markdownToPlainText('*Decides* to act\n\n[A/RES/73/27](https://undocs.org/A/RES/73/27)'), 'Decides to act\n\nA/RES/73/27 (https://undocs.org/A/RES/73/27)');
    assert.strictEqual(markdownToPlainText('### Paragraph 1\nthe 1\\_000 \\[brackets\\]'), 'Paragraph 1\nthe 1_000 [brackets]');
  });
});
