/**
 * Diagnostics over stdio, as the scheduler sends them (server/src/diagnostics.ts).
 *
 * Pulled, with result ids: VS Code pulls every open document again on a tab switch, on focus and
 * after each refresh, passing the id of the report it shows. When nothing the diagnostics are
 * computed from changed (the document's version, its rule configuration, the workspace catalog),
 * the server answers `unchanged` instead of computing and sending them again. The first pull after
 * an open does not wait for a settings round trip.
 *
 * Pushed: an opened document's diagnostics are sent once, not once more after the debounce.
 */
import * as assert from 'node:assert';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { DEBOUNCE_MS } from '../../server/src/diagnostics';
import { LspSession } from './session';

const DRAFT = `---
symbol: A/C.1/74/L.1
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Welcomes* the work of the Group, as set out in paragraph 1 of resolution 73/27;

2. *Requests* the Secretary-General to report on paragraph 9 above.
`;

const codes = (ds: readonly Diagnostic[]) => ds.map(d => String(d.code));

describe('pulled diagnostics with result ids over stdio', function () {
  this.timeout(30_000);
  let s: LspSession | undefined;
  afterEach(() => s?.stop());

  /** A pulling session on the draft and an empty catalog file, once its workspace scan is done (the scan changes the catalog). */
  async function started(settings: unknown = {}): Promise<LspSession> {
    const session = await LspSession.start({ 'draft.unres': DRAFT, 'my.catalog.json': '[]' }, { pull: true, settings });
    await session.until(() => session.refreshRequests > 0, 'the refresh after the workspace scan');
    return session;
  }

  function pull(previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return s!.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s!.uri('draft.unres') }, previousResultId });
  }

  async function pullFull(previousResultId?: string): Promise<FullDocumentDiagnosticReport & { resultId: string }> {
    const report = await pull(previousResultId);
    assert.strictEqual(report.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
    assert.ok(report.resultId, 'a full report carries a result id');
    return report as FullDocumentDiagnosticReport & { resultId: string };
  }

  it('answers a repull of the same version `unchanged`, with the id of the report the client holds', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    assert.ok(codes(first.items).includes('reference/paragraph'), `got ${codes(first.items)}`);
    assert.deepStrictEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    assert.deepStrictEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
  });

  it('answers in full without a previous id, or with an id it did not give', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    const again = await pullFull();
    assert.deepStrictEqual(again.items, first.items);
    assert.notStrictEqual(again.resultId, first.resultId);
    await pullFull('not-an-id-of-this-server');
  });

  it('answers in full after an edit', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    const line = DRAFT.split('\n').indexOf('2. *Requests* the Secretary-General to report on paragraph 9 above.');
    await s.change('draft.unres', [{ range: { start: { line, character: 0 }, end: { line, character: 2 } }, text: '3.' }]);
    const edited = await pullFull(first.resultId);
    assert.notStrictEqual(edited.resultId, first.resultId);
    assert.ok(codes(edited.items).includes('numbering/operative'), `got ${codes(edited.items)}`);
    assert.deepStrictEqual(await pull(edited.resultId), { kind: 'unchanged', resultId: edited.resultId });
  });

  it('answers in full when a rule setting changed', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    s.settings = { rules: { 'reference/paragraph': 'off' } };
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const configured = await pullFull(first.resultId);
    assert.ok(!codes(configured.items).includes('reference/paragraph'), `got ${codes(configured.items)}`);
  });

  it('answers in full when a cited fact changed in a catalog file, the document unchanged', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    assert.ok(!codes(first.items).includes('citation/date'), `got ${codes(first.items)}`);
    const refreshes = s.refreshRequests;
    s.write('my.catalog.json', '[{"symbol": "A/RES/73/27", "date": "2018-12-06"}]');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('my.catalog.json'), type: FileChangeType.Changed }] });
    await s.until(() => s!.refreshRequests > refreshes, 'workspace/diagnostic/refresh');
    const recatalogued = await pullFull(first.resultId);
    assert.ok(codes(recatalogued.items).includes('citation/date'), `got ${codes(recatalogued.items)}`);
  });

  it('answers in full after the document was closed and opened again with other text, whatever id the client kept', async () => {
    s = await started();
    await s.open('draft.unres');
    const first = await pullFull();
    await s.close('draft.unres');
    // Opened again at version 1, as editors do, with the paragraph reference gone.
    await s.open('draft.unres', DRAFT.replace(' on paragraph 9 above', ''));
    const reopened = await pullFull(first.resultId);
    assert.ok(!codes(reopened.items).includes('reference/paragraph'), `got ${codes(reopened.items)}`);
  });

  it("asks for an opened document's settings at once, without waiting for a pull (the answer comes while the document is parsed)", async () => {
    s = await started();
    await s.open('draft.unres');
    const uri = s.uri('draft.unres');
    await s.until(() => s!.configurationRequests.some(item => item.scopeUri === uri && item.section === 'unres'), 'workspace/configuration for the opened document');
    const report = await pullFull();
    assert.ok(codes(report.items).includes('reference/paragraph'), `got ${codes(report.items)}`);
  });
});

describe('pushed diagnostics over stdio', function () {
  this.timeout(30_000);
  let s: LspSession | undefined;
  afterEach(() => s?.stop());

  it("sends an opened document's diagnostics once, and again after an edit", async () => {
    // Opened once the workspace scan is done: its end checks every open document again.
    s = await LspSession.start({ 'draft.unres': DRAFT }, { progress: true });
    await s.until(() => s!.progress.some(p => p.kind === 'end'), 'the end of the workspace scan');
    const uri = await s.open('draft.unres');
    await s.diagnosticsOf('draft.unres');
    // Nothing is awaited here but the debounce that used to send them a second time: a later push would come after it.
    await new Promise(resolve => setTimeout(resolve, 3 * DEBOUNCE_MS));
    assert.strictEqual(s.published.filter(u => u === uri).length, 1, 'pushes of the opened document');
    const line = DRAFT.split('\n').indexOf('2. *Requests* the Secretary-General to report on paragraph 9 above.');
    const version = await s.change('draft.unres', [{ range: { start: { line, character: 0 }, end: { line, character: 2 } }, text: '3.' }]);
    await s.until(() => s!.diagnostics.get(uri)?.version === version, 'the diagnostics of the edit');
    assert.strictEqual(s.published.filter(u => u === uri).length, 2, 'pushes after one edit');
  });
});
