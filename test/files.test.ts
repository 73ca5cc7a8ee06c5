/**
 * Issue 7, item 4: bad files, for the command line and the language server. Unreadable, binary,
 * huge (50 MB) and vanishing workspace files and catalogs, a catalog of 200,000 entries, and
 * symbolic-link loops in the workspace scan: each is handled with a clear message, and nothing
 * hangs (every run has a deadline). Needs `npm run build` (the CLI and server bundles in `dist/`).
 */
import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HoverRequest, type Diagnostic, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { LspSession } from './lsp/session';

const CLI = path.resolve(__dirname, '../../bin/unres.js');
const ROOT_USER = process.getuid?.() === 0;

/** A folder with these files (name → text or bytes), removed after the suite. */
function workspace(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-files-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `unres check --format json …` in `cwd` with a deadline: a hang fails the test, it does not stall the suite. */
function check(cwd: string, args: string[], timeoutMs = 60_000): CliRun {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 2 ** 20 });
  assert.ok(!r.error, `unres check ${args.join(' ')} did not finish in ${timeoutMs} ms: ${r.error?.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function diagnosticsOf(run: CliRun): { file: string; code: string; message: string; line: number }[] {
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const RESOLUTION = (citation: string) => `The General Assembly,\n\n*Recalling* its resolution ${citation},\n\n1. *Decides* to act.\n`;

/** `n` catalog entries A/RES/60/1 … with dates in session 60, as a catalog file. */
function bigCatalog(n: number): string {
  return JSON.stringify(Array.from({ length: n }, (_, i) => ({ symbol: `A/RES/60/${i + 1}`, date: '2005-12-01', title: `Catalog entry ${i + 1}` })));
}

/** 50 MB of the example resolution's body, over and over: a huge but plausible document. */
function fiftyMegabytes(): string {
  const body = fs
    .readFileSync(
      path.resolve(
        __dirname,
        '../../examples',
        fs.readdirSync(path.resolve(__dirname, '../../examples')).find(f => f.endsWith('.unres'))!,
      ),
      'utf8',
    )
    .replace(/^---[\s\S]*?\n---\n/, '');
  return body.repeat(Math.ceil((50 * 2 ** 20) / body.length)).slice(0, 50 * 2 ** 20);
}

describe('files: the command line', function () {
  this.timeout(120_000);
  const roots: string[] = [];
  after(() => roots.forEach(r => fs.rmSync(r, { recursive: true, force: true })));
  const ws = (files: Record<string, string | Buffer>) => {
    const root = workspace(files);
    roots.push(root);
    return root;
  };

  before(function () {
    if (!fs.existsSync(path.resolve(__dirname, '../../dist/cli.js'))) this.skip();
  });

  it('a FIFO named on the command line is refused without being read (exit 2, no hang)', () => {
    const root = ws({});
    execFileSync('mkfifo', [path.join(root, 'pipe.unres')]);
    const run = check(root, ['pipe.unres'], 20_000);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /cannot read '[^']*pipe\.unres': not a file/);
  });

  it('a FIFO, a dangling link and a binary file in the workspace: the scan passes over the first two and checks the third', () => {
    const root = ws({
      'draft.unres': RESOLUTION('60/2 of 1 December 2005'),
      'binary.unres': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'refs.catalog.json': bigCatalog(3),
    });
    execFileSync('mkfifo', [path.join(root, 'pipe.unres')]);
    fs.symlinkSync(path.join(root, 'gone.unres'), path.join(root, 'dangling.unres'));
    fs.symlinkSync(path.join(root, 'gone.catalog.json'), path.join(root, 'dangling.catalog.json'));
    const found = diagnosticsOf(check(root, ['.'], 20_000));
    assert.deepStrictEqual([...new Set(found.map(d => d.file))].sort(), ['binary.unres']);
    assert.ok(
      found.some(d => d.code === 'structure/organ-line'),
      'the binary file was checked as text',
    );
  });

  it('an unreadable file named on the command line: exit 2 with the reason', function () {
    // root reads any file whatever its mode: the case cannot be made as root.
    if (ROOT_USER) this.skip();
    const root = ws({ 'locked.unres': RESOLUTION('60/1') });
    fs.chmodSync(path.join(root, 'locked.unres'), 0o000);
    const run = check(root, ['locked.unres']);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /cannot read 'locked\.unres'/);
  });

  it('a file over the 64 MB bound named on the command line: exit 2, not read', () => {
    const root = ws({});
    fs.closeSync(fs.openSync(path.join(root, 'huge.unres'), 'w'));
    fs.truncateSync(path.join(root, 'huge.unres'), 70 * 2 ** 20);
    const run = check(root, ['huge.unres']);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /huge\.unres.*larger than 64 MB/);
  });

  it('a 50 MB document in the workspace is indexed, and the named file checked', () => {
    const root = ws({ 'huge.unres': `---\nsymbol: A/RES/60/7\nadopted: 2005-12-01\n---\n\n${fiftyMegabytes()}`, 'draft.unres': RESOLUTION('60/7 of 1 December 2005') });
    const run = check(root, ['draft.unres']);
    const found = diagnosticsOf(run);
    assert.deepStrictEqual(
      found.filter(d => d.code === 'citation/unknown'),
      [],
      'the 50 MB document served as catalog',
    );
  });

  it('a 50 MB binary catalog: one clear problem on that file, the rest still checked', () => {
    // 80/290: no catalog holds it (the bundled catalog knows session 80 up to 80/246).
    const root = ws({ 'junk.catalog.json': Buffer.alloc(50 * 2 ** 20, 0x07).fill(0, 1000, 1001), 'draft.unres': RESOLUTION('80/290 of 1 December 2025') });
    const found = diagnosticsOf(check(root, ['draft.unres']));
    const onCatalog = found.filter(d => d.file === 'junk.catalog.json');
    assert.strictEqual(onCatalog.length, 1, JSON.stringify(onCatalog));
    assert.match(onCatalog[0].message, /NUL byte.*binary/);
    assert.ok(found.some(d => d.file === 'draft.unres' && d.code === 'citation/unknown'));
  });

  it('a catalog of 200,000 entries named with --catalog', () => {
    const root = ws({ 'draft.unres': RESOLUTION('60/199999 of 1 December 2005'), 'other.unres': RESOLUTION('60/200001 of 1 December 2005') });
    fs.writeFileSync(path.join(os.tmpdir(), `unres-200k-${process.pid}.catalog.json`), bigCatalog(200_000));
    roots.push(path.join(os.tmpdir(), `unres-200k-${process.pid}.catalog.json`));
    const run = check(root, ['--catalog', path.join(os.tmpdir(), `unres-200k-${process.pid}.catalog.json`), 'draft.unres', 'other.unres']);
    const unknown = diagnosticsOf(run)
      .filter(d => d.code === 'citation/unknown')
      .map(d => d.file);
    assert.deepStrictEqual(unknown, ['other.unres']);
  });

  it('a catalog named with --catalog that is not there: exit 2 with the reason', () => {
    const root = ws({ 'draft.unres': RESOLUTION('60/1') });
    const run = check(root, ['--catalog', 'vanished.catalog.json', 'draft.unres']);
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /cannot read '.*vanished\.catalog\.json'/);
  });

  it('symbolic-link loops in the workspace scan end, and the files behind them are still found once', () => {
    const root = ws({ 'sub/cited.unres': `---\nsymbol: A/RES/60/9\nadopted: 2005-12-01\n---\n\n${RESOLUTION('60/1')}`, 'draft.unres': RESOLUTION('60/9 of 1 December 2005') });
    fs.symlinkSync('.', path.join(root, 'sub/self'));
    fs.symlinkSync('..', path.join(root, 'sub/up'));
    fs.symlinkSync(path.join(root, 'b'), path.join(root, 'a'));
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'b'));
    const found = diagnosticsOf(check(root, ['.'], 20_000));
    assert.deepStrictEqual(
      found.filter(d => d.code === 'citation/unknown' || d.code === 'citation/self'),
      [],
    );
    // Each real file is checked once, whatever the links that lead to it again.
    const checked = diagnosticsOf(check(root, ['--format', 'json', '.'], 20_000)).map(d => d.file);
    assert.ok(!checked.some(f => f.includes('self/') || f.includes('up/')), checked.join(', '));
  });
});

describe('files: the language server', function () {
  this.timeout(120_000);
  let session: LspSession | undefined;
  afterEach(async () => {
    await session?.stop();
    session = undefined;
  });
  before(function () {
    if (!fs.existsSync(path.resolve(__dirname, '../../dist/server.js'))) this.skip();
  });

  const hoverText = async (s: LspSession, name: string, line: number, character: number) => {
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri(name) }, position: { line, character } })) as Hover | null;
    return hover ? (hover.contents as MarkupContent).value : '';
  };
  const unknownCitations = (d: Diagnostic[]) => d.filter(x => x.code === 'citation/unknown');

  it('scans past link loops, a FIFO, dangling links and a binary catalog, and reads a catalog of 200,000 entries', async () => {
    session = await LspSession.start(
      {
        'draft.unres': RESOLUTION('60/199999 of 1 December 2005'),
        'big.catalog.json': bigCatalog(200_000),
        'junk.catalog.json': Buffer.from([0x5b, 0, 1, 2, 0xff]).toString('latin1'),
        'sub/cited.unres': `---\nsymbol: A/RES/61/5\nadopted: 2006-12-01\n---\n\n${RESOLUTION('60/1')}`,
      },
      {
        prepare: root => {
          fs.symlinkSync('.', path.join(root, 'sub/self'));
          fs.symlinkSync('..', path.join(root, 'sub/up'));
          fs.symlinkSync(path.join(root, 'b'), path.join(root, 'a'));
          fs.symlinkSync(path.join(root, 'a'), path.join(root, 'b'));
          fs.symlinkSync(path.join(root, 'gone.unres'), path.join(root, 'dangling.unres'));
          execFileSync('mkfifo', [path.join(root, 'pipe.unres')]);
        },
      },
    );
    await session.open('draft.unres');
    // After the scan, the 200,000-entry catalog knows the citation and the diagnostics say so.
    await session.diagnosticsOf('draft.unres', d => unknownCitations(d).length === 0, 60_000);
    assert.match(await hoverText(session, 'draft.unres', 2, 30), /Catalog entry 199999/);
    const junk = await session.until(() => session!.diagnostics.get(session!.uri('junk.catalog.json'))?.diagnostics, 'diagnostics of the binary catalog', 30_000);
    assert.match(String(junk[0]?.message), /NUL byte/);
  });

  it('a workspace file that vanishes: the change is answered, the server keeps working', async () => {
    session = await LspSession.start({
      'draft.unres': RESOLUTION('80/291 of 1 December 2025'),
      'cited.unres': `---\nsymbol: A/RES/80/291\nadopted: 2025-12-01\n---\n\n${RESOLUTION('60/1')}`,
      'refs.catalog.json': bigCatalog(3),
    });
    await session.open('draft.unres');
    await session.diagnosticsOf('draft.unres', d => unknownCitations(d).length === 0, 30_000);
    // Deleted behind the server's back, and reported as changed (a watcher racing the deletion).
    fs.rmSync(path.join(session.root, 'cited.unres'));
    fs.rmSync(path.join(session.root, 'refs.catalog.json'));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: session.uri('cited.unres'), type: FileChangeType.Changed },
        { uri: session.uri('refs.catalog.json'), type: FileChangeType.Changed },
        { uri: session.uri('never-there.unres'), type: FileChangeType.Created },
      ],
    });
    await session.diagnosticsOf('draft.unres', d => unknownCitations(d).length === 1, 30_000);
    assert.match(await hoverText(session, 'draft.unres', 2, 30), /Not in any catalog/);
  });
});
