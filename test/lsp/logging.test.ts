/**
 * Issue 11, item 8: the server's log (VS Code's "unres Language Server" output channel) says what
 * happened: start-up and version, the catalogs and their sizes, configuration changes, errors and
 * slow requests; the time of each request only while the client traces (`unres.trace.server`).
 */
import * as assert from 'node:assert';
import { DidChangeConfigurationNotification, HoverRequest } from 'vscode-languageserver-protocol';
import { SLOW_MS, count, createServerLog, type LogSink } from '../../server/src/logger';
import { version } from '../../package.json';
import { LspSession } from './session';

const DOC = `---
symbol: A/RES/80/5
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Decides* to act.
`;

describe('the server log over stdio', function () {
  this.timeout(20_000);
  let s: LspSession | undefined;
  afterEach(() => s?.stop());

  it('logs start-up with the version, the catalogs and their sizes, and configuration changes', async () => {
    s = await LspSession.start({ 'a.unres': DOC, 'my.catalog.json': '[{"symbol": "A/RES/1/1", "date": "1946-01-24"}]' });
    const started = await s.until(() => s!.logs.find(l => l.startsWith('unres-language-server ')), 'the start-up line');
    assert.match(started, new RegExp(`^unres-language-server ${version.replace(/\./g, '\\.')} \\(Node `));
    assert.match(started, /1 workspace folder .*diagnostics pushed/);
    const catalogs = await s.until(() => s!.logs.find(l => l.includes('catalogs:')), 'the catalogs line');
    assert.match(
      catalogs,
      /workspace scanned in \d+ ms: 1 \.unres document; catalogs: \d+ documents? as entries, 1 entry in workspace catalog files, 0 entries in settings catalogs, 0 answers of the UN Digital Library \(and 0 symbols it did not find or could not be asked for\), [\d,]+ entries in the bundled catalog/,
    );

    s.settings = { rules: { 'citation/order': 'off' } };
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const changed = await s.until(() => s!.logs.find(l => l.startsWith('configuration changed')), 'the configuration line');
    assert.match(changed, /citation\/order.*off/);
  });

  it('shows the first workspace scan as work done progress, ended once the index and its catalogs are complete', async () => {
    const files: Record<string, string> = { 'my.catalog.json': '[{"symbol": "A/RES/1/1", "date": "1946-01-24"}]' };
    for (let i = 1; i <= 30; i++) files[`d${i}.unres`] = DOC.replace('symbol: A/RES/80/5', `symbol: A/RES/80/${i}\nadopted: 2025-12-01`);
    s = await LspSession.start(files, { progress: true });
    const end = await s.until(() => s!.progress.find(p => p.kind === 'end'), 'the end of the progress');
    const begin = s.progress.find(p => p.kind === 'begin');
    assert.deepStrictEqual(
      s.progress.map(p => p.kind),
      ['begin', 'end'],
    );
    assert.strictEqual(begin?.token, end.token);
    assert.strictEqual(begin?.title, 'unres');
    assert.match(begin?.message ?? '', /indexing the workspace/);
    // The scan's log line (every document and catalog counted) comes before the end.
    assert.match(
      s.logs.slice(0, end.logsBefore).join('\n'),
      /workspace scanned in \d+ ms: 30 \.unres documents; catalogs: 30 documents as entries, 1 entry in workspace catalog files/,
    );
  });

  it('traces the time of each request only while the client traces', async () => {
    s = await LspSession.start({ 'a.unres': DOC });
    const traces: string[] = [];
    s.connection.onNotification('$/logTrace', (p: { message: string }) => {
      traces.push(p.message);
    });
    const uri = await s.open('a.unres');
    const hover = () => s!.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 27 } });
    await hover();
    assert.deepStrictEqual(traces, [], 'nothing traced with trace off');
    await s.connection.sendNotification('$/setTrace', { value: 'messages' });
    await hover();
    await s.until(() => traces.find(t => /^hover: \d+ ms$/.test(t)), 'a hover timing in the trace');
  });
});

describe('createServerLog', () => {
  function sink() {
    const lines: string[] = [];
    const log: LogSink = {
      console: { error: m => lines.push(`error ${m}`), warn: m => lines.push(`warn ${m}`), info: m => lines.push(`info ${m}`), log: m => lines.push(`log ${m}`) },
      tracer: { log: m => lines.push(`trace ${m}`) },
    };
    return { lines, log };
  }

  it('warns of a slow request, traced or not, and traces every request', async () => {
    const { lines, log } = sink();
    let clock = 0;
    const logger = createServerLog(log, () => clock);
    await logger.timed('hover', () => {
      clock += 5;
      return 1;
    });
    await logger.timed('completion', async () => {
      clock += SLOW_MS + 200;
    });
    assert.deepStrictEqual(lines, ['trace hover: 5 ms', `trace completion: ${SLOW_MS + 200} ms`, `warn slow: completion took ${SLOW_MS + 200} ms`]);
  });

  it('logs an error with its stack, and still reports the time of a request that throws', async () => {
    const { lines, log } = sink();
    const logger = createServerLog(log, () => 0);
    await assert.rejects(
      logger.timed('rename', () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    logger.error('rename failed', new Error('boom'));
    assert.strictEqual(lines[0], 'trace rename: 0 ms');
    assert.match(lines[1], /^error rename failed: Error: boom\n\s+at /);
  });

  it('counts in English, with a comma between thousands', () => {
    assert.deepStrictEqual(
      [count(0, 'entry', 'entries'), count(1, 'entry', 'entries'), count(999, 'file'), count(1000, 'file'), count(12161, 'entry', 'entries'), count(1234567, 'symbol')],
      ['0 entries', '1 entry', '999 files', '1,000 files', '12,161 entries', '1,234,567 symbols'],
    );
  });
});
