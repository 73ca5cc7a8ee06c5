/**
 * Issue 11, item 2: an untitled buffer (Ctrl+N, language "UN Resolution") is checked like a file,
 * over stdio, whether the client pulls diagnostics or takes them pushed; it stays out of the
 * workspace index (it cannot be cited: it has no file).
 */
import * as assert from 'node:assert';
import {
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { LspSession } from './session';

const UNTITLED = 'untitled:Untitled-1';
const TEXT = `The General Assembly,

Recalling its resolution 73/27 of 5 December 2018,

1. *Welcomes* the work of the Group;

3. *Decides* to remain seized of the matter.
`;

async function openUntitled(s: LspSession): Promise<void> {
  await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: UNTITLED, languageId: 'unres', version: 1, text: TEXT } });
}

describe('an untitled unres buffer over stdio', function () {
  this.timeout(20_000);
  let s: LspSession | undefined;
  afterEach(() => s?.stop());

  it('gets its diagnostics pushed, and cleared when it closes', async () => {
    s = await LspSession.start({});
    await openUntitled(s);
    const ds = await s.until(() => s!.diagnostics.get(UNTITLED)?.diagnostics, 'diagnostics of the untitled buffer');
    const codes = ds.map(d => String(d.code));
    assert.ok(codes.includes('phrase/emphasis'), `got ${codes}`);
    assert.ok(codes.includes('numbering/operative'), `got ${codes}`);
    await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: UNTITLED } });
    await s.until(() => s!.diagnostics.get(UNTITLED)?.diagnostics.length === 0, 'the diagnostics cleared');
  });

  it('answers pulled diagnostics and hovers', async () => {
    s = await LspSession.start({}, { pull: true });
    await openUntitled(s);
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: UNTITLED } })) as FullDocumentDiagnosticReport;
    assert.ok(
      report.items.some(d => d.code === 'numbering/operative'),
      `got ${report.items.map(d => d.code)}`,
    );
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: UNTITLED }, position: { line: 2, character: 27 } });
    assert.ok(hover && JSON.stringify(hover.contents).includes('73/27'), JSON.stringify(hover));
  });
});
