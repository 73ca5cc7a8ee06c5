/**
 * The real server over stdio, for the editing features of issue 5: formatting, document and
 * workspace symbols, folding, semantic tokens with the service's legend, and inlay hints switched
 * by the `unres.inlayHints` settings the server reads.
 */
import * as assert from 'node:assert';
import {
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  InlayHintRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/languageService';
import { LspSession } from './session';

const MESSY = `---
symbol: A/C.1/74/L.1
title: "Developments  in the field"
---
The General  Assembly,
*Recalling*   its resolution 73/27 of 5 December 2018,



*Noting* the "report",
1. *Requests* the Secretary-General:
(a) To report;
2 bis.  *Decides* to remain seized of the matter.   `;

const FORMATTED = `---
symbol: A/C.1/74/L.1
title: "Developments  in the field"
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

*Noting* the “report”,

1. *Requests* the Secretary-General:
   (a) To report;

2 bis. *Decides* to remain seized of the matter.
`;

const OPTIONS = { tabSize: 3, insertSpaces: true };

describe('language server over stdio: formatting, outline, semantic tokens, inlay hints', function () {
  this.timeout(30_000);
  let s: LspSession;
  let uri: string;

  before(async () => {
    s = await LspSession.start({ 'messy.unres': MESSY }, { settings: { inlayHints: { enabled: true, paragraphLabels: true } } });
    uri = await s.open('messy.unres');
  });
  after(() => s?.stop());

  it('declares the capabilities, with the legend of the language service', async () => {
    const { capabilities } = await s.initializeResult;
    for (const c of [
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'inlayHintProvider',
    ] as const) {
      assert.ok(capabilities[c], c);
    }
    assert.deepStrictEqual(capabilities.semanticTokensProvider?.legend, SEMANTIC_TOKENS_LEGEND);
  });

  it('formats the document: its edits make the formatted text', async () => {
    const edits = (await s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: OPTIONS })) as TextEdit[];
    assert.ok(edits.length > 1, 'minimal edits, not one replacement');
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(uri, 'unres', 1, MESSY), edits), FORMATTED);
  });

  it('formats a range: the lines asked only', async () => {
    const range = { start: { line: 9, character: 0 }, end: { line: 9, character: 5 } };
    const edits = (await s.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: OPTIONS })) as TextEdit[];
    assert.deepStrictEqual(edits, [{ range: { start: { line: 9, character: 13 }, end: { line: 9, character: 21 } }, newText: '“report”' }]);
  });

  it('answers the outline: preamble by phrase, operative paragraphs by number and verb', async () => {
    const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.map(x => x.name);
    assert.deepStrictEqual(names, ['Front matter', 'The General Assembly', 'Preamble', 'Operative part']);
    assert.deepStrictEqual(
      symbols[2].children!.map(x => x.name),
      ['Recalling', 'Noting'],
    );
    assert.deepStrictEqual(
      symbols[3].children!.map(x => x.name),
      ['1. Requests', '2 bis. Decides'],
    );
    assert.deepStrictEqual(
      symbols[3].children![0].children!.map(x => x.name),
      ['(a)'],
    );
  });

  it('finds the document by its symbol across the workspace', async () => {
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'L.1' });
    assert.deepStrictEqual(
      found?.map(x => x.name),
      ['A/C.1/74/L.1 — Developments  in the field'],
    );
  });

  it('folds the front matter and the paragraph with its subparagraph', async () => {
    const ranges = await s.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(
      ranges?.map(r => `${r.startLine}-${r.endLine}`),
      ['0-3', '10-11'],
    );
  });

  it('answers semantic tokens in the legend it declared: known openers and a resolved citation', async () => {
    const tokens = await s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const data = tokens!.data;
    assert.strictEqual(data.length % 5, 0);
    const types = [];
    for (let k = 0; k < data.length; k += 5) types.push(SEMANTIC_TOKENS_LEGEND.tokenTypes[data[k + 3]]);
    assert.deepStrictEqual(types, ['keyword', 'type', 'keyword', 'keyword', 'keyword']);
    // The first token: line 5, character 1, `Recalling`, a preambular phrase.
    assert.deepStrictEqual(data.slice(0, 5), [5, 1, 9, 0, 1 << SEMANTIC_TOKENS_LEGEND.tokenModifiers.indexOf('preambular')]);
  });

  it('shows paragraph labels as inlay hints, and none once the settings turn them off', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };
    const on = await s.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
    assert.deepStrictEqual(
      on?.map(h => `${String(h.label)}@${h.position.line}`),
      ['PP1@5', 'PP2@9', '→ 2@12'],
    );
    s.settings = { inlayHints: { enabled: true, paragraphLabels: false } };
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unres: s.settings } });
    const off = await s.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
    assert.deepStrictEqual(off, []);
  });
});
