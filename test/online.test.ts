/**
 * The UN Digital Library online (issue 13), against a stand-in of our own on 127.0.0.1 serving
 * recorded MARCXML (test/fixtures/digital-library): `unres check --online` finds a wrong date of a
 * resolution no catalog holds, finds it again from the cache with the stand-in stopped, survives a
 * 500, an answer that is not XML and a cache file cut in half, and sends nothing without
 * `--online`; the language server over stdio does the same with `unres.onlineLookup` on.
 */
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, ExecuteCommandRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { DigitalLibrary, recordOf } from '../server/src/node/digitalLibrary';
import { LspSession } from './lsp/session';
import { DIGITAL_LIBRARY_FIXTURES as FIXTURES, DigitalLibraryStandIn } from './util/digitalLibraryStandIn';
import { ROOT } from './util/shared';

const CLI = path.join(ROOT, 'bin/unres.js');
const DRAFT = 'The General Assembly,\n\n*Recalling* its resolution 80/262 of 3 March 2026,\n\n1. *Decides* to remain seized of the matter.\n';

interface JsonDiagnostic {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

/** `unres check` in `dir`, asynchronously: the stand-in answers from this process, whose event loop must run meanwhile. */
async function check(dir: string, env: Record<string, string>, args: string[] = ['--online']): Promise<{ status: number | null; diagnostics: JsonDiagnostic[]; stderr: string }> {
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>(resolve => {
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', ...args, 'draft.unres'], { cwd: dir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += String(d)));
    child.stderr.on('data', d => (stderr += String(d)));
    child.on('close', status => resolve({ status, stdout, stderr }));
  });
  assert.notStrictEqual(r.status, 2, r.stderr);
  return { status: r.status, diagnostics: JSON.parse(r.stdout) as JsonDiagnostic[], stderr: r.stderr };
}

describe('the UN Digital Library online, against a stand-in on 127.0.0.1', function () {
  this.timeout(120_000);
  const standIn = new DigitalLibraryStandIn();
  const dirs: string[] = [];
  const tmp = (prefix: string) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  let workspace = '';
  let cache = '';
  let env: Record<string, string> = {};

  before(async function () {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) return this.skip();
    await standIn.start();
    workspace = tmp('unres-online-ws-');
    fs.writeFileSync(path.join(workspace, 'draft.unres'), DRAFT);
    cache = tmp('unres-online-cache-');
    env = { UNRES_DIGITAL_LIBRARY_URL: standIn.url, UNRES_CACHE_DIR: cache };
  });
  after(async () => {
    await standIn.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('sends no request at all without --online: the citation is unknown, as before', async () => {
    const run = await check(workspace, env, []);
    assert.deepStrictEqual(
      run.diagnostics.map(d => d.code),
      ['citation/unknown'],
    );
    assert.strictEqual(standIn.queries.length, 0);
  });

  it('finds the wrong date of a resolution no catalog holds, sending only its symbol', async () => {
    const run = await check(workspace, env);
    assert.deepStrictEqual(
      run.diagnostics.map(d => `${d.severity} ${d.code} ${d.line}`),
      ['error citation/date 3'],
    );
    assert.match(run.diagnostics[0].message, /was adopted on 5 March 2026, not 3 March 2026 \(source: UN Digital Library, fetched \d{1,2} \w+ \d{4}\)/);
    assert.strictEqual(run.status, 1);
    // Only the cited symbol left the machine: one search for it, nothing of the draft's text.
    assert.deepStrictEqual(standIn.queries, ['/search?p=191__a%3A%22A%2FRES%2F80%2F262%22&of=xm&rg=10']);
    assert.ok(
      fs.readdirSync(path.join(cache, 'digital-library')).some(f => f.startsWith('A_RES_80_262')),
      'the answer is cached',
    );
  });

  it('keeps finding it from the cache with the stand-in stopped', async () => {
    await standIn.stop();
    const before = standIn.queries.length;
    const run = await check(workspace, env);
    assert.deepStrictEqual(
      run.diagnostics.map(d => d.code),
      ['citation/date'],
    );
    assert.strictEqual(standIn.queries.length, before);
    await standIn.start();
    env = { ...env, UNRES_DIGITAL_LIBRARY_URL: standIn.url };
  });

  it('asks again when the cache file was cut in half, and says so on standard error', async () => {
    const dir = path.join(cache, 'digital-library');
    const file = path.join(
      dir,
      fs.readdirSync(dir).find(f => f.startsWith('A_RES_80_262'))!,
    );
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const run = await check(workspace, env);
    assert.deepStrictEqual(
      run.diagnostics.map(d => d.code),
      ['citation/date'],
    );
    assert.match(run.stderr, /damaged/);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(file, 'utf8')), 'rewritten whole');
  });

  for (const [mode, says] of [
    ['500', /could not be asked \(HTTP 500\)/],
    ['not-xml', /not MARCXML/],
  ] as const) {
    it(`survives a stand-in answering ${mode === '500' ? '500' : 'with a page that is not XML'}: the citation stays unknown (information), saying why`, async () => {
      standIn.mode = mode;
      try {
        const run = await check(workspace, { ...env, UNRES_CACHE_DIR: tmp('unres-online-cache-') });
        assert.deepStrictEqual(
          run.diagnostics.map(d => `${d.severity} ${d.code}`),
          ['information citation/unknown'],
        );
        assert.match(run.diagnostics[0].message, says);
        assert.strictEqual(run.status, 0);
      } finally {
        standIn.mode = 'records';
      }
    });
  }

  it('keeps a record without a date as an undated entry: the citation is known, its date not checked, and the log says why', async () => {
    const dir = tmp('unres-online-ws-');
    fs.writeFileSync(path.join(dir, 'draft.unres'), DRAFT.replace('80/262', '80/264'));
    const run = await check(dir, { ...env, UNRES_CACHE_DIR: tmp('unres-online-cache-') });
    assert.deepStrictEqual(run.diagnostics, []);
    assert.match(run.stderr, /A\/RES\/80\/264: the record has no date/);
    assert.ok(standIn.queries.some(q => q.includes('80%2F264')));
  });

  it('with no network (nothing listening) and nothing cached: the citation stays unknown (information), saying the Library could not be asked', async () => {
    await standIn.stop();
    try {
      const run = await check(workspace, { ...env, UNRES_CACHE_DIR: tmp('unres-online-cache-') });
      assert.deepStrictEqual(
        run.diagnostics.map(d => `${d.severity} ${d.code}`),
        ['information citation/unknown'],
      );
      assert.match(run.diagnostics[0].message, /could not be asked/);
      assert.strictEqual(run.status, 0);
    } finally {
      await standIn.start();
      env = { ...env, UNRES_DIGITAL_LIBRARY_URL: standIn.url };
    }
  });

  it('gives up on a Library that does not answer within the timeout (5 s by default; 300 ms here): a failure, not a hang', async () => {
    standIn.mode = 'hang';
    try {
      const library = new DigitalLibrary({ baseUrl: standIn.url, cacheDir: tmp('unres-online-cache-'), timeoutMs: 300 });
      const answer = await library.lookup('A/RES/80/262');
      assert.strictEqual(answer.failed, true);
      assert.match(answer.note ?? '', /could not be asked \(no answer within 0.3 s\)/);
    } finally {
      standIn.mode = 'records';
    }
  });

  it('waits and asks again when the Library answers 429', async () => {
    standIn.mode = '429-once';
    try {
      const library = new DigitalLibrary({ baseUrl: standIn.url, cacheDir: tmp('unres-online-cache-'), minIntervalMs: 10 });
      const answer = await library.lookup('A/RES/80/262');
      assert.strictEqual(answer.entry?.date, '2026-03-05');
      assert.strictEqual(library.requests, 2);
    } finally {
      standIn.mode = 'records';
    }
  });

  it('reads the record: title, adoption date (992), agenda item, voting note, record link; nothing for another symbol', () => {
    const xml = fs.readFileSync(path.join(FIXTURES, 'A_RES_80_262.xml'), 'utf8');
    const entry = recordOf('A/RES/80/262', xml, 'https://digitallibrary.un.org', '2026-12-03');
    assert.deepStrictEqual(entry, {
      symbol: 'A/RES/80/262',
      date: '2026-03-05',
      title: 'International Day of Mountain Biodiversity',
      session: 80,
      agendaItem: '18',
      votingNote: 'Adopted without vote, 61st plenary meeting',
      url: 'https://digitallibrary.un.org/record/4099262',
      source: 'UN Digital Library, fetched 3 December 2026',
    });
    assert.strictEqual(recordOf('A/RES/80/263', xml, 'https://digitallibrary.un.org', '2026-12-03'), undefined);
    const undated = recordOf('A/RES/80/264', fs.readFileSync(path.join(FIXTURES, 'A_RES_80_264.xml'), 'utf8'), 'https://digitallibrary.un.org', '2026-12-03');
    assert.ok(undated && undated !== 'not-marcxml');
    assert.deepStrictEqual([undated.symbol, undated.date, undated.title], ['A/RES/80/264', undefined, 'International Year of Artisanal Fisheries']);
    assert.strictEqual(recordOf('A/RES/80/262', '{"error": "no"}', 'https://digitallibrary.un.org', '2026-12-03'), 'not-marcxml');
    assert.strictEqual(recordOf('A/RES/80/262', xml.slice(0, 900), 'https://digitallibrary.un.org', '2026-12-03'), undefined, 'a truncated answer: no record, no throw');
  });

  describe('through the language server over stdio', () => {
    let session: LspSession | undefined;
    const saved = { url: process.env.UNRES_DIGITAL_LIBRARY_URL, cache: process.env.UNRES_CACHE_DIR };
    afterEach(async () => {
      await session?.stop();
      session = undefined;
      process.env.UNRES_DIGITAL_LIBRARY_URL = saved.url;
      process.env.UNRES_CACHE_DIR = saved.cache;
      if (saved.url === undefined) delete process.env.UNRES_DIGITAL_LIBRARY_URL;
      if (saved.cache === undefined) delete process.env.UNRES_CACHE_DIR;
    });
    const start = async (settings: unknown) => {
      process.env.UNRES_DIGITAL_LIBRARY_URL = standIn.url;
      process.env.UNRES_CACHE_DIR = tmp('unres-online-cache-');
      session = await LspSession.start({ 'draft.unres': DRAFT }, { settings });
      await session.open('draft.unres');
      return session;
    };
    const codes = (ds: Diagnostic[]) => ds.map(d => d.code);

    it('with unres.onlineLookup on: unknown at once, then the wrong date when the answer arrives; the hover says where it comes from', async () => {
      const s = await start({ onlineLookup: true });
      const asked = standIn.queries.length;
      const first = await s.diagnosticsOf('draft.unres', ds => ds.length > 0, 30_000);
      assert.deepStrictEqual(codes(first), ['citation/unknown'], 'diagnostics do not wait for the Library');
      const later = await s.diagnosticsOf('draft.unres', ds => codes(ds).includes('citation/date'), 30_000);
      assert.match(later[0].message as string, /UN Digital Library, fetched/);
      assert.strictEqual(standIn.queries.length, asked + 1);
      const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('draft.unres') }, position: { line: 2, character: 30 } });
      const value = (hover!.contents as MarkupContent).value;
      assert.match(value, /International Day of Mountain Biodiversity/);
      assert.match(value, /Adopted without vote/);
      assert.match(value, /Source: UN Digital Library, fetched \d{1,2} \w+ \d{4}/);
    });

    it('imports a catalog for the VS Code command "Import catalog…" (unres/importCatalog), which then serves hovers; the log lists the catalog layers', async () => {
      const s = await start({});
      const out = path.join(s.root, 'library.catalog.json');
      const result = (await s.connection.sendRequest('unres/importCatalog', { files: [path.join(FIXTURES, 'A_RES_80_262.xml')], out })) as { entries: number; reports: string[] };
      assert.strictEqual(result.entries, 1);
      assert.match(result.reports[0], /A_RES_80_262\.xml: 1 entries/);
      assert.strictEqual(JSON.parse(fs.readFileSync(out, 'utf8'))[0].symbol, 'A/RES/80/262');
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uri('library.catalog.json'), type: 1 }] });
      await s.diagnosticsOf('draft.unres', ds => codes(ds).includes('citation/date'), 30_000);
      await s.until(() => s.logs.find(l => /catalogs: .*1 entry in workspace catalog files.*in the bundled catalog/.test(l)), 'the catalog layers in the log');
      await assert.rejects(s.connection.sendRequest('unres/importCatalog', { files: [path.join(FIXTURES, 'A_RES_80_262.xml')], out: path.join(s.root, 'x.json') }));
    });

    it('with the setting off: no request; the quick fixes offer to look it up once or always, and looking up once works', async () => {
      const s = await start({});
      const asked = standIn.queries.length;
      const [unknown] = await s.diagnosticsOf('draft.unres', ds => ds.length > 0, 30_000);
      assert.strictEqual(unknown.code, 'citation/unknown');
      await new Promise(resolve => setTimeout(resolve, 500));
      assert.strictEqual(standIn.queries.length, asked, 'nothing asked with the setting off');
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: s.uri('draft.unres') },
        range: unknown.range,
        context: { diagnostics: [unknown] },
      })) as CodeAction[];
      const titles = actions.map(a => a.title);
      assert.ok(titles.includes('Look up in the UN Digital Library') && titles.includes('Always look up unknown citations online'), titles.join(', '));
      const lookUp = actions.find(a => a.title === 'Look up in the UN Digital Library')!;
      const result = await s.connection.sendRequest(ExecuteCommandRequest.type, { command: lookUp.command!.command, arguments: lookUp.command!.arguments });
      assert.strictEqual((result as { found: boolean }).found, true);
      await s.diagnosticsOf('draft.unres', ds => codes(ds).includes('citation/date'), 30_000);
      assert.strictEqual(standIn.queries.length, asked + 1);
    });
  });
});
