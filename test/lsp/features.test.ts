/**
 * The real server over stdio, driven by a real LSP client library, on multi-file workspaces:
 * every feature of issue 3 as an editor sees it.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  type CompletionList,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type Hover,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { fork } from 'node:child_process';
import { IPCMessageReader, IPCMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { LspSession, SERVER, cursorIn } from './session';

const CITED = `---
symbol: A/RES/73/27
adopted: 5 December 2018
session: 73
title: Developments in the field of information and telecommunications in the context of international security
status: adopted
---

The General Assembly,

*Recalling* its resolution 53/70 of 4 December 1998,

1. *Welcomes* the work of the Open-ended Working Group;

2. *Requests* the Secretary-General to report;

3. *Decides* to include the item in the provisional agenda of its seventy-fourth session.
`;

const DRAFT = `---
symbol: A/C.1/74/L.1
status: draft
---

The General Assembly,

*Recalling* its resolutions 53/70 of 4 December 1998 and 73/27 of 5 December 2018,

*Noting* the report of the Secretary-General (A/74/363),[^1]

1. *Welcomes* the work of the Group, as set out in paragraph 1 of resolution 73/27;

2. *Requests* the Secretary-General, further to paragraph 1 above, to report on paragraph 9 above.

[^1]: A/74/363.
`;

const OTHER = `The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Decides* to remain seized of the matter.
`;

const BAD_CATALOG = `[
  {"symbol": "A/RES/79/901", "date": "2024-12-20", "title": "A resolution only this catalog knows"},
  {"symbol": "A/RES/79/902"}
]`;

/** The position of a text in a file's text: line and character of its first occurrence (plus `offset`). */
function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `'${needle}' not found`);
  const before = text.slice(0, i + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const codes = (ds: readonly Diagnostic[]) => ds.map(d => String(d.code));
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server over stdio', function () {
  this.timeout(30_000);
  let s: LspSession;

  before(async () => {
    s = await LspSession.start({ 'cited.unres': CITED, 'draft.unres': DRAFT, 'more/other.unres': OTHER, 'bad.catalog.json': BAD_CATALOG });
    await s.open('draft.unres');
  });
  after(() => s?.stop());

  it('declares its capabilities: incremental sync, push diagnostics for a client without pull', async () => {
    const { capabilities } = await s.initializeResult;
    assert.deepStrictEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.strictEqual(capabilities.diagnosticProvider, undefined);
    for (const c of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentLinkProvider', 'completionProvider'] as const) {
      assert.ok(capabilities[c], c);
    }
  });

  it('pushes the diagnostics of the opened document', async () => {
    const ds = await s.diagnosticsOf('draft.unres');
    const wrong = ds.find(d => d.code === 'reference/paragraph');
    assert.ok(wrong, `got ${codes(ds)}`);
    assert.match(messageOf(wrong), /9/);
    assert.deepStrictEqual(wrong.range.start, positionOf(DRAFT, '9 above'));
  });

  it('reports a malformed catalog entry on the catalog file, and loads the rest', async () => {
    const ds = await s.diagnosticsOf('bad.catalog.json', d => d.length > 0);
    assert.deepStrictEqual([...new Set(codes(ds))], ['catalog/invalid']);
    assert.strictEqual(ds[0].range.start.line, 2, 'at the faulty entry');
    const text = 'The General Assembly,\n\n*Recalling* its resolution 79/901 of 20 December 2024,\n';
    await s.open('uses-catalog.unres', text);
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('uses-catalog.unres') }, position: positionOf(text, '79/901', 2) });
    assert.match((hover!.contents as MarkupContent).value, /A resolution only this catalog knows/);
  });

  it('hovers a citation of a workspace document: title, date, first operative paragraphs, link', async () => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: positionOf(DRAFT, '73/27 of', 3) })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.strictEqual((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /Developments in the field of information and telecommunications/);
    assert.match(value, /Adopted 5 December 2018/);
    assert.match(value, /Open\\-ended Working Group|Open-ended Working Group/);
    assert.match(value, /https:\/\/undocs\.org\/A\/RES\/73\/27/);
  });

  it('hovers a paragraph reference with the text of that paragraph', async () => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: positionOf(DRAFT, '1 above') })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /\*Welcomes\* the work of the Group/); // emphasis rendered, not escaped (issue 11, item 7)
  });

  it('goes from a citation to the cited workspace document, and to the cited paragraph', async () => {
    const toDoc = (await s.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: s.uri('draft.unres') },
      position: positionOf(DRAFT, '73/27 of', 1),
    })) as Location[];
    assert.deepStrictEqual(
      toDoc.map(l => [l.uri, l.range.start.line]),
      [[s.uri('cited.unres'), 1]],
    );
    const toParagraph = (await s.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: s.uri('draft.unres') },
      position: positionOf(DRAFT, '73/27;', 1),
    })) as Location[];
    assert.deepStrictEqual(
      toParagraph.map(l => [l.uri, l.range.start.line]),
      [[s.uri('cited.unres'), positionOf(CITED, '1. *Welcomes*').line]],
    );
  });

  it('goes from a paragraph reference to the paragraph', async () => {
    const locations = (await s.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: s.uri('draft.unres') },
      position: positionOf(DRAFT, '1 above'),
    })) as Location[];
    assert.deepStrictEqual(
      locations.map(l => l.range.start),
      [positionOf(DRAFT, '1. *Welcomes*')],
    );
  });

  it("finds every citation in the workspace of a document's own symbol, unopened files included", async () => {
    await s.open('cited.unres');
    const locations = (await s.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: s.uri('cited.unres') },
      position: positionOf(CITED, 'A/RES/73/27', 4),
      context: { includeDeclaration: false },
    })) as Location[];
    const places = locations.map(l => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}`).sort();
    assert.deepStrictEqual(places, ['draft.unres:7', 'draft.unres:11', 'other.unres:2'].sort());
  });

  it('finds the references to a paragraph number', async () => {
    const locations = (await s.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: s.uri('cited.unres') },
      position: positionOf(CITED, '1. *Welcomes*'),
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepStrictEqual(
      locations.map(l => [l.uri, l.range.start.line]),
      [[s.uri('draft.unres'), 11]],
    );
  });

  it('highlights the same resolution cited twice', async () => {
    const highlights = await s.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: positionOf(DRAFT, '73/27 of', 1) });
    assert.deepStrictEqual(
      highlights!.map(h => h.range.start.line),
      [7, 11],
    );
  });

  it('links citations and document symbols to their official texts', async () => {
    const links = await s.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: s.uri('draft.unres') } });
    const targets = links!.map(l => l.target);
    for (const t of ['https://undocs.org/A/C.1/74/L.1', 'https://undocs.org/A/RES/53/70', 'https://undocs.org/A/RES/73/27', 'https://undocs.org/A/74/363']) {
      assert.ok(targets.includes(t), `${t} in ${targets}`);
    }
  });

  it('completes a citation from the catalogs: 73/ offers 73/27 with its date, its title in the detail', async () => {
    const { text, position } = cursorIn('The General Assembly,\n\n*Recalling* its resolution 73/|\n');
    await s.open('typing.unres', text);
    const list = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri('typing.unres') }, position })) as CompletionList;
    const item = list.items.find(i => i.label === '73/27 of 5 December 2018');
    assert.ok(item, `got ${list.items.slice(0, 5).map(i => i.label)}`);
    assert.match(item.detail ?? '', /Developments in the field of information/);
    // The facts come when the editor shows the item: completionItem/resolve.
    assert.strictEqual(item.documentation, undefined);
    const { capabilities } = await s.initializeResult;
    assert.strictEqual(capabilities.completionProvider?.resolveProvider, true);
    const resolved = await s.connection.sendRequest(CompletionResolveRequest.type, item);
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*A\/RES\/73\/27\*\*\n\nDevelopments in the field of information[^]*Adopted 5 December 2018/);
  });

  it('completes opening phrases that fit the place, in emphasis', async () => {
    const { text, position } = cursorIn('The General Assembly,\n\n*Recalling* its resolutions,\n\n1. Req|\n');
    await s.open('phrases.unres', text);
    const list = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: s.uri('phrases.unres') }, position })) as CompletionList;
    const item = list.items.find(i => i.label === 'Requests');
    assert.ok(item);
    assert.strictEqual((item.textEdit as { newText: string }).newText, '*Requests* ');
    assert.ok(!list.items.some(i => i.label === 'Recalling'), 'no preambular phrase in the operative part');
  });

  it('drops a request cancelled before it runs', async () => {
    const response = await s.requestCancelledAtOnce('textDocument/hover', { textDocument: { uri: s.uri('draft.unres') }, position: positionOf(DRAFT, '73/27 of') });
    assert.strictEqual(response.error?.code, LSPErrorCodes.RequestCancelled);
    assert.strictEqual(response.result, undefined);
  });

  it('answers empty for a document that is not open, and keeps running', async () => {
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('nowhere.unres') }, position: { line: 0, character: 0 } });
    assert.strictEqual(hover, null);
    const links = await s.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: s.uri('draft.unres') } });
    assert.ok(links!.length > 0);
  });
});

describe('language server: edits, files and configuration', function () {
  this.timeout(30_000);
  let s: LspSession | undefined;
  afterEach(async () => {
    await s?.stop();
    s = undefined;
  });

  it('follows incremental edits with fresh diagnostics for the newest version', async () => {
    s = await LspSession.start({ 'draft.unres': DRAFT });
    await s.open('draft.unres');
    await s.diagnosticsOf('draft.unres', ds => codes(ds).includes('reference/paragraph'));
    const at = positionOf(DRAFT, '9 above');
    const version = await s.change('draft.unres', [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '1' }]);
    await s.until(() => s!.diagnostics.get(s!.uri('draft.unres'))?.version === version, 'diagnostics of the new version');
    assert.ok(!codes(s.diagnostics.get(s.uri('draft.unres'))!.diagnostics).includes('reference/paragraph'));
  });

  it('checks a citing document again when the cited document changes in the editor', async () => {
    s = await LspSession.start({ 'cited.unres': CITED, 'draft.unres': DRAFT });
    await s.open('draft.unres');
    await s.diagnosticsOf('draft.unres');
    await s.open('cited.unres');
    // The cited resolution's date moves: the draft's citation of it now contradicts the catalog.
    const at = positionOf(CITED, '5 December 2018');
    await s.change('cited.unres', [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '6' }]);
    const ds = await s.diagnosticsOf('draft.unres', d => codes(d).includes('citation/date'));
    assert.match(messageOf(ds.find(d => d.code === 'citation/date')!), /6 December 2018/);
  });

  it('reads a changed catalog file from disk on a file event, and checks the citing documents again', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 79/901 of 20 December 2024,\n';
    s = await LspSession.start({ 'draft.unres': text, 'my.catalog.json': '[{"symbol": "A/RES/79/901", "date": "2024-12-20"}]' });
    await s.open('draft.unres');
    await s.until(
      () => s!.diagnostics.has(s!.uri('draft.unres')) && !codes(s!.diagnostics.get(s!.uri('draft.unres'))!.diagnostics).includes('citation/unknown'),
      'the catalog to be scanned',
    );
    s.write('my.catalog.json', '[{"symbol": "A/RES/79/901", "date": "2024-12-19"}]');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('my.catalog.json'), type: FileChangeType.Changed }] });
    await s.diagnosticsOf('draft.unres', d => codes(d).includes('citation/date'));
  });

  it('indexes a workspace folder added after start-up, and forgets it when it is removed', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 79/901 of 20 December 2024,\n';
    const added = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-added-'));
    try {
      fs.writeFileSync(path.join(added, 'theirs.catalog.json'), '[{"symbol": "A/RES/79/901", "date": "2024-12-20"}]');
      const folder = { uri: pathToFileURL(added).href, name: 'added' };
      // No catalog but the added folder's knows 79/901 (the bundled one says session 79 ended at 79/334).
      const unknown = (d: Diagnostic[]) => codes(d).some(c => c === 'citation/unknown' || c === 'citation/nonexistent');
      s = await LspSession.start({ 'draft.unres': text }, { folderEvents: true });
      await s.open('draft.unres');
      await s.diagnosticsOf('draft.unres', unknown);
      await s.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder], removed: [] } });
      await s.diagnosticsOf('draft.unres', d => !unknown(d));
      await s.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder] } });
      await s.diagnosticsOf('draft.unres', unknown);
    } finally {
      fs.rmSync(added, { recursive: true, force: true });
    }
  });

  it('honours .unresrc.json and reports a malformed one on that file, defaults still applying', async () => {
    const rc = '{ "rules": { "reference/paragraph": "off", "no/such-rule": "error", "footnote/order": "loud" } }';
    s = await LspSession.start({ 'draft.unres': DRAFT, '.unresrc.json': rc });
    const rcDiagnostics = await s.diagnosticsOf('.unresrc.json', d => d.length > 0);
    assert.deepStrictEqual([...new Set(codes(rcDiagnostics))], ['config/invalid']);
    assert.strictEqual(rcDiagnostics.length, 2);
    await s.open('draft.unres');
    const ds = await s.until(() => {
      const got = s!.diagnostics.get(s!.uri('draft.unres'));
      return got ? got.diagnostics : undefined;
    }, 'the diagnostics of the draft');
    assert.ok(
      ds.every(d => d.code !== 'reference/paragraph'),
      `got ${codes(ds)}`,
    );
  });

  it('reads the unres settings per resource: rule severities and catalog files', async () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 79/777 of 1 December 2024,\n\n1. *Decides* to act;\n\n2. *Decides* to act further to paragraph 9 above.\n';
    s = await LspSession.start(
      { 'draft.unres': text, 'catalogs/extra.json': '[{"symbol": "A/RES/79/777", "date": "2024-12-01", "title": "From a settings catalog"}]' },
      { settings: { rules: { 'reference/paragraph': 'hint' }, catalogs: ['catalogs/extra.json'] } },
    );
    await s.open('draft.unres');
    // The catalog named in settings is loaded after the first diagnostics: wait until it is known.
    const ds = await s.diagnosticsOf('draft.unres', d => codes(d).includes('reference/paragraph') && !codes(d).includes('citation/unknown'));
    assert.strictEqual(ds.find(d => d.code === 'reference/paragraph')!.severity, 4);
    const h = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: positionOf(text, '79/777', 1) });
    assert.match((h!.contents as MarkupContent).value, /From a settings catalog/);
    // A changed setting is read again.
    s.settings = { rules: { 'reference/paragraph': 'off' } };
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await s.diagnosticsOf('draft.unres', d => !codes(d).includes('reference/paragraph'));
  });

  it('answers pulled diagnostics where the client can pull, and asks it to refresh when a cited file changes', async () => {
    s = await LspSession.start({ 'draft.unres': DRAFT, 'my.catalog.json': '[]' }, { pull: true });
    const { capabilities } = await s.initializeResult;
    assert.deepStrictEqual(capabilities.diagnosticProvider, { identifier: 'unres', interFileDependencies: true, workspaceDiagnostics: false });
    await s.open('draft.unres');
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri('draft.unres') } })) as FullDocumentDiagnosticReport;
    assert.strictEqual(report.kind, 'full');
    assert.ok(codes(report.items).includes('reference/paragraph'));
    assert.ok(!s.diagnostics.has(s.uri('draft.unres')), 'nothing pushed for a pulling client');
    const before = s.refreshRequests;
    s.write('my.catalog.json', '[{"symbol": "A/RES/73/27", "date": "2018-12-06"}]');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('my.catalog.json'), type: FileChangeType.Changed }] });
    await s.until(() => s!.refreshRequests > before, 'workspace/diagnostic/refresh');
    const again = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri('draft.unres') } })) as FullDocumentDiagnosticReport;
    assert.ok(codes(again.items).includes('citation/date'), `got ${codes(again.items)}`);
  });
});

describe('language server over node IPC', function () {
  this.timeout(20_000);

  it('starts with --node-ipc, as the VS Code client starts it, and answers a hover', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.ok((result as { capabilities: { hoverProvider?: boolean } }).capabilities.hoverProvider);
      await connection.sendNotification('initialized', {});
      const uri = 'file:///nowhere/draft.unres';
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'unres', version: 1, text: 'The General Assembly,\n\n*Recalling* its resolution 70/1 of 25 September 2015,\n' },
      });
      const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 29 } })) as Hover;
      assert.match((hover.contents as MarkupContent).value, /Transforming our world/);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
