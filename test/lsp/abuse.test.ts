/**
 * Issue 7, item 3: the real server over stdio, abused as editors and broken clients abuse it —
 * requests for documents never opened, positions past the end, edits with versions out of order
 * and ranges outside the text, a burst of 1,000 edits, cancelled long requests, malformed
 * JSON-RPC bytes. It answers (with results or errors), keeps running, its final diagnostics match
 * the final text, and its memory stays bounded. Needs `npm run build` (`dist/server.js`).
 */
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  SemanticTokensRequest,
  type Diagnostic,
  type Hover,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, InMemoryWorkspace } from '../../server/src/languageService';
import { LspSession, SERVER } from './session';

const DRAFT = `The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Decides* to act;

2. *Requests* a report on paragraph 1 above.
`;

/** The resident memory of the server this test process started, in MB (Linux /proc), or undefined. */
function serverRssMb(): number | undefined {
  try {
    for (const pid of fs.readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid || !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.js')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return rss ? Number(rss[1]) / 1024 : undefined;
    }
  } catch {
    // Not Linux, or the process is gone: the memory assertion is skipped.
  }
  return undefined;
}

/** What the service says of a text, computed here: the server must agree once it settles. */
function expectedDiagnostics(text: string): string[] {
  const service = createLanguageService({ workspace: new InMemoryWorkspace({}) });
  return service.getDiagnostics(TextDocument.create('file:///x.unres', 'unres', 1, text)).map(key);
}

const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('lsp: the server under abuse', function () {
  this.timeout(120_000);
  let session: LspSession | undefined;
  before(function () {
    if (!fs.existsSync(SERVER)) this.skip();
  });
  afterEach(async () => {
    await session?.stop();
    session = undefined;
  });

  /** The server still answers a plain hover on an open document. */
  async function stillAnswers(s: LspSession, name: string): Promise<void> {
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(name) }, position: { line: 2, character: 1 } })) as Hover | null;
    assert.ok(hover && JSON.stringify(hover.contents).length > 0, 'the server stopped answering');
  }

  it('answers every request for a document it never saw, with an empty result', async () => {
    session = await LspSession.start({ 'draft.unres': DRAFT });
    await session.open('draft.unres');
    const textDocument = { uri: session.uri('never-opened.unres') };
    const position = { line: 3, character: 4 };
    const range = { start: position, end: position };
    const answers = await Promise.all([
      session.connection.sendRequest(HoverRequest.type, { textDocument, position }),
      session.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
      session.connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
      session.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
      session.connection.sendRequest(DocumentHighlightRequest.type, { textDocument, position }),
      session.connection.sendRequest(DocumentLinkRequest.type, { textDocument }),
      session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }).catch(e => e),
      session.connection.sendRequest(FoldingRangeRequest.type, { textDocument }).catch(e => e),
      session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } }).catch(e => e),
      session.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }).catch(e => e),
      session.connection.sendRequest(SemanticTokensRequest.type, { textDocument }).catch(e => e),
    ]);
    for (const [i, answer] of answers.entries()) {
      // Empty results, or a response error (a capability the server does not declare): never a crash, never data.
      const empty =
        answer === null ||
        (Array.isArray(answer) && answer.length === 0) ||
        (answer as { items?: unknown[] })?.items?.length === 0 ||
        (answer as { data?: unknown[] })?.data?.length === 0 ||
        answer instanceof Error;
      assert.ok(empty, `request ${i} answered ${JSON.stringify(answer).slice(0, 200)}`);
    }
    await stillAnswers(session, 'draft.unres');
  });

  it('answers positions past the end of a line and of the document', async () => {
    session = await LspSession.start({ 'draft.unres': DRAFT });
    const uri = await session.open('draft.unres');
    for (const position of [
      { line: 2, character: 1_000_000 },
      { line: 10_000, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    ]) {
      const textDocument = { uri };
      const completion = await session.connection.sendRequest(CompletionRequest.type, { textDocument, position });
      const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
      for (const item of items) {
        const edit = item.textEdit as { range?: { end: { line: number } } } | undefined;
        assert.ok(!edit?.range || edit.range.end.line < DRAFT.split('\n').length, `a completion edit past the end: ${JSON.stringify(item.textEdit)}`);
      }
      await session.connection.sendRequest(HoverRequest.type, { textDocument, position });
      await session.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } });
      await session.connection.sendRequest(DefinitionRequest.type, { textDocument, position });
    }
    await stillAnswers(session, 'draft.unres');
  });

  it('survives edits out of order, outside the text and for unopened documents, and settles on a full resend', async () => {
    session = await LspSession.start({ 'draft.unres': DRAFT });
    const uri = await session.open('draft.unres');
    const send = (version: number, contentChanges: unknown[], target = uri) =>
      session!.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: target, version }, contentChanges: contentChanges as never });
    await send(5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await send(3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]);
    await send(4, [{ range: { start: { line: 500, character: 9 }, end: { line: 2, character: 0 } }, text: 'backwards range' }]);
    await send(-1, [{ range: { start: { line: -3, character: -1 }, end: { line: 99, character: 99 } }, text: '\uD800' }]);
    await send(6, [{ text: 'whole text' }], session.uri('never-opened.unres'));
    await send(7, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], session.uri('never-opened.unres'));
    // The editor gives up on increments and sends the whole text: the diagnostics follow it.
    const final = DRAFT.replace('1. *Decides*', '3. *Decides*');
    await send(100, [{ text: final }]);
    const expected = expectedDiagnostics(final);
    await session.diagnosticsOf('draft.unres', d => JSON.stringify(d.map(key)) === JSON.stringify(expected), 20_000);
    assert.ok(
      expected.some(k => k.startsWith('numbering/operative')),
      'the final text has a numbering problem to report',
    );
    await stillAnswers(session, 'draft.unres');
  });

  it('a burst of 1,000 edits: the final diagnostics match the final text, few publications, bounded memory', async () => {
    session = await LspSession.start({ 'draft.unres': DRAFT });
    await session.open('draft.unres');
    const before = serverRssMb();
    let published = 0;
    const s = session;
    const uri = s.uri('draft.unres');
    let last = s.diagnostics.get(uri);
    // Type a paragraph one character at a time at the end, deleting every tenth character again.
    const doc = TextDocument.create(uri, 'unres', 1, DRAFT);
    const typed = '\n3. *Requests* the Secretary-General to report on resolution 74/29 of 12 December 2019 and paragraph 9 above, [and to] ';
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      const end = doc.positionAt(doc.getText().length);
      const change = i % 10 === 9 ? { range: { start: doc.positionAt(doc.getText().length - 1), end }, text: '' } : { range: { start: end, end }, text: typed[i % typed.length] };
      TextDocument.update(doc, [change], ++version);
      await s.change('draft.unres', [change]);
      if (s.diagnostics.get(uri) !== last) {
        published++;
        last = s.diagnostics.get(uri);
      }
    }
    const expected = expectedDiagnostics(doc.getText());
    const final = await s.diagnosticsOf('draft.unres', d => JSON.stringify(d.map(key)) === JSON.stringify(expected), 30_000);
    assert.ok(final.length > 0);
    // Debounced: the server does not publish once per keystroke.
    assert.ok(published < 200, `${published} publications for 1,000 edits`);
    const after = serverRssMb();
    if (before !== undefined && after !== undefined) assert.ok(after < before + 200, `server memory grew from ${Math.round(before)} to ${Math.round(after)} MB`);
    await stillAnswers(s, 'draft.unres');
  });

  it('cancels long requests and then answers the next one', async () => {
    // A 5 MB document of paragraphs citing one another: references and formatting take a while.
    const big =
      'The General Assembly,\n\n' +
      Array.from(
        { length: 20_000 },
        (_, i) => `${i + 1}. *Decides* to recall paragraph ${Math.max(1, i)} above and resolution 73/27 of 5 December 2018 again and again and again;`,
      ).join('\n\n') +
      '\n';
    session = await LspSession.start({ 'big.unres': big, 'draft.unres': DRAFT });
    await session.open('big.unres');
    await session.open('draft.unres');
    const textDocument = { uri: session.uri('big.unres') };
    const outcomes = await Promise.all(
      [0, 1, 5].map(async delay => {
        const source = new CancellationTokenSource();
        const request = session!.connection.sendRequest(
          ReferencesRequest.type,
          { textDocument, position: { line: 2, character: 40 }, context: { includeDeclaration: true } },
          source.token,
        );
        setTimeout(() => source.cancel(), delay);
        return request.then(
          () => 'answered',
          (e: { code?: number }) => (e.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `error ${e.code}`),
        );
      }),
    );
    assert.ok(
      outcomes.every(o => o === 'answered' || o === 'cancelled'),
      outcomes.join(', '),
    );
    assert.ok(outcomes.includes('cancelled'), `no request was cancelled: ${outcomes.join(', ')}`);
    await stillAnswers(session, 'draft.unres');
  });

  it('malformed JSON-RPC on stdin: answered with errors where there is an id, and the server keeps running', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const responses: { id?: unknown; error?: { code: number }; result?: unknown }[] = [];
    const reader = new StreamMessageReader(child.stdout);
    let readerError: unknown;
    reader.onError(e => (readerError = e));
    reader.listen(m => void responses.push(m as never));
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const until = async (what: string, ok: () => boolean) => {
      const deadline = Date.now() + 20_000;
      while (!ok()) {
        assert.ok(child.exitCode === null, `the server exited (${child.exitCode}) waiting for ${what}`);
        assert.ok(Date.now() < deadline, `no ${what}: ${JSON.stringify(responses).slice(0, 500)}`);
        await new Promise(r => setTimeout(r, 50));
      }
    };
    try {
      const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
      child.stdin.write(frame(JSON.stringify(initialize)));
      await until('initialize result', () => responses.some(r => r.id === 1 && r.result));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} })));
      // Broken bodies behind valid headers: not JSON, JSON but no message, a request with bad params, an unknown method.
      child.stdin.write(frame('{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {'));
      child.stdin.write(frame('[1, 2, 3]'));
      child.stdin.write(frame('"just a string"'));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: 42, position: 'here' } })));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'unres/noSuchMethod', params: {} })));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'textDocument/didOpen', params: null })));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 7, text: null } } })));
      child.stdin.write(frame(Buffer.from([0xff, 0xfe, 0x00, 0x7b]).toString('latin1')));
      await until('an answer to the unknown method', () => responses.some(r => r.id === 4));
      assert.strictEqual(responses.find(r => r.id === 4)?.error?.code, -32601, 'MethodNotFound for an unknown method');
      await until('an answer to the hover with bad params', () => responses.some(r => r.id === 3));
      // Then a well-formed session continues: open a document and hover over it.
      const uri = 'file:///tmp/unres-abuse/draft.unres';
      child.stdin.write(
        frame(JSON.stringify({ jsonrpc: '2.0', method: DidOpenTextDocumentNotification.method, params: { textDocument: { uri, languageId: 'unres', version: 1, text: DRAFT } } })),
      );
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 2, character: 1 } } })));
      await until('a hover after the abuse', () => responses.some(r => r.id === 6));
      assert.ok(responses.find(r => r.id === 6)?.result, 'the hover after the abuse has content');
      // Garbage in a header: the server must not live on deaf (an editor restarts a server that exits).
      child.stdin.write('Content-Length: banana\r\n\r\n{}');
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 2, character: 1 } } })));
      const outcome = await new Promise<string>(resolve => {
        const done = (what: string) => {
          clearInterval(poll);
          clearTimeout(deadline);
          resolve(what);
        };
        const poll = setInterval(() => {
          if (responses.some(r => r.id === 7)) done('answered');
          else if (child.exitCode !== null) done('exited');
        }, 50);
        const deadline = setTimeout(() => done('hung'), 15_000);
        child.once('exit', () => done('exited'));
      });
      // The library cannot find the next message after a broken header: the server says so and exits.
      assert.strictEqual(outcome, 'exited', `after a broken header the server ${outcome} (${String(readerError)})`);
    } finally {
      child.kill();
    }
  });
});
