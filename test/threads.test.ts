/**
 * Worker threads (`server/src/node/threads.ts`): `unres check` and the workspace scan give the
 * same answers on several threads as on one. The fixture is a workspace of 60 files made from the
 * examples, each with a symbol of its own (so each is a catalog entry the others can be checked
 * against), a catalog file with one bad entry and a rule file.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../server/src/cli/check';
import type { CheckArgs } from '../server/src/cli/args';
import { parseDocument, summarize, summaryFromData, summaryToData, type IWorkspace } from '../server/src/languageService';
import { workspaceIndexOf } from './util/workspaceFixture';
import { fileOf, readTextFile, uriOf, walkFiles } from '../server/src/node/files';
import { availableThreads, threadsFor, threadSummarizer } from '../server/src/node/threads';
import { startCheckThreads } from '../server/src/cli/start';
import { dismissWaitingWorkers, startWaitingWorkers, startWorker, waitingWorkers } from '../server/src/node/workerStart';
import { PathError } from '../server/src/cli/files';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter(f => f.endsWith('.unres'))
  .sort();

function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-threads-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  for (let i = 0; i < 60; i++) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', EXAMPLES[i % EXAMPLES.length]), 'utf8');
    // A symbol of its own, or (every seventh) none: documents without one are no catalog entry.
    const own = i % 7 === 6 ? text.replace(/^symbol: .*\n/m, '') : text.replace(/^symbol: .*$/m, `symbol: A/RES/75/${i + 1}`);
    fs.writeFileSync(path.join(dir, i % 4 === 0 ? 'sub' : '.', `doc-${String(i).padStart(2, '0')}.unres`), own);
  }
  fs.writeFileSync(
    path.join(dir, 'work.catalog.json'),
    JSON.stringify([
      { symbol: 'A/RES/73/27', date: '2018-12-05' },
      { symbol: 'A/RES/75/3', date: 'soon' },
    ]),
  );
  fs.writeFileSync(path.join(dir, '.unresrc.json'), JSON.stringify({ rules: { 'phrase/emphasis': 'hint' } }));
  return dir;
}

const checkArgs = (dir: string, jobs: number): CheckArgs => ({ command: 'check', format: 'json', catalogs: [], paths: [dir], jobs });

describe('worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stay off for small inputs and grow with the files, up to the cores allowed', () => {
    assert.strictEqual(threadsFor(10, 8), 1);
    assert.strictEqual(threadsFor(199, 8), 1);
    assert.strictEqual(threadsFor(200, 8), 2);
    assert.strictEqual(threadsFor(20_000, 8), 8);
    assert.strictEqual(threadsFor(20_000, 2), 2);
    assert.strictEqual(threadsFor(60, 4, 10), 4);
  });

  it('`unres check` reports the same diagnostics in the same order on three threads as on one', async () => {
    const one = await runCheck(checkArgs(dir, 1), dir, { minFilesPerThread: 10 });
    const three = await runCheck(checkArgs(dir, 3), dir, { minFilesPerThread: 10 });
    assert.strictEqual(one.threads, 0);
    assert.strictEqual(three.threads, 3);
    assert.strictEqual(three.fileCount, 60);
    // The fixture has findings of many kinds: the comparison is not between two empty lists.
    assert.ok(new Set(one.diagnostics.map(d => d.code)).size >= 10, JSON.stringify(one.diagnostics.map(d => d.code)));
    assert.ok(one.diagnostics.some(d => d.code === 'catalog/invalid' && d.file === 'work.catalog.json'));
    assert.ok(one.diagnostics.some(d => d.file.startsWith(`sub${path.sep}`)));
    assert.deepStrictEqual(three.diagnostics, one.diagnostics);
  });

  it('`unres check` of some files of the workspace: the others still count as catalog entries', async () => {
    const args = (jobs: number): CheckArgs => ({ ...checkArgs(dir, jobs), paths: [path.join(dir, 'sub')] });
    const one = await runCheck(args(1), dir, { minFilesPerThread: 5 });
    const two = await runCheck(args(2), dir, { minFilesPerThread: 5 });
    assert.strictEqual(two.threads, 2);
    assert.strictEqual(two.fileCount, 15);
    assert.deepStrictEqual(two.diagnostics, one.diagnostics);
  });

  it('`unres check` on threads stops at an unreadable file with the error one thread gives', async () => {
    // Past the size limit (a sparse file): the threads read the files, the main thread words the failure.
    const big = path.join(dir, 'sub', 'zz-big.unres');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 65 * 1024 * 1024);
    try {
      const failure = (jobs: number) =>
        runCheck(checkArgs(dir, jobs), dir, { minFilesPerThread: 10 }).then(
          () => assert.fail('no error'),
          (e: unknown) => e,
        );
      const one = await failure(1);
      const two = await failure(2);
      assert.ok(one instanceof PathError && one.message.includes('zz-big.unres') && one.message.includes('64 MB'), String(one));
      assert.ok(two instanceof PathError);
      assert.strictEqual(two.message, one.message);
    } finally {
      fs.rmSync(big);
    }
  });

  it('a pool takes the workers started early (bin/unres.js), and those it does not take are stopped', async () => {
    const file = path.join(ROOT, 'out/server/src/node/worker.js');
    const started = startWaitingWorkers(file, 2);
    const taken = startWorker(file);
    assert.strictEqual(taken.worker, started[0]);
    assert.strictEqual(taken.failed(), undefined);
    const exited = new Promise<number>(resolve => started[1].once('exit', resolve));
    dismissWaitingWorkers();
    await exited;
    const fresh = startWorker(file);
    assert.ok(!started.includes(fresh.worker));
    await Promise.all([taken.worker.terminate(), fresh.worker.terminate()]);

    // One that failed while it waited says so when taken.
    const broken = path.join(dir, 'broken-worker.js');
    fs.writeFileSync(broken, "throw new Error('cannot start');");
    const [waiting] = startWaitingWorkers(broken, 1);
    await new Promise(resolve => waiting.once('exit', resolve));
    assert.match(String(startWorker(broken).failed()), /cannot start/);
  });

  it('bin/unres.js starts threads early only for a check of enough files, as many as the check may use', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-many-'));
    try {
      fs.mkdirSync(path.join(many, 'drafts'));
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(many, i % 2 ? 'drafts' : '.', `d${i}.unres`), '');
      const started = (argv: string[]) => {
        startCheckThreads(argv);
        const n = waitingWorkers();
        dismissWaitingWorkers();
        return n;
      };
      const cores = availableThreads();
      assert.strictEqual(started(['check', dir]), 0, 'sixty files stay on one thread');
      assert.strictEqual(started(['check', '--format', 'json', many]), cores > 1 ? cores : 0);
      assert.strictEqual(started(['check', '--jobs', '1', many]), 0);
      assert.strictEqual(started(['check', '--online', many]), 0);
      assert.strictEqual(started(['export', '--to', 'html', many]), 0);
      assert.strictEqual(started(['check', '--no-such-option', many]), 0);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it('the workspace scan makes the same summaries and catalog on threads as on one', async () => {
    const workspace: IWorkspace = {
      readFile: uri => readTextFile(fileOf(uri)!).catch(() => undefined),
      listFiles: async () => (await walkFiles(dir, name => name.endsWith('.unres') || name.endsWith('.catalog.json'))).map(uriOf),
    };
    const scan = async (threaded: boolean) => {
      const summarizer = threadSummarizer({ maxThreads: 2, minFilesPerThread: 10 });
      // As the server does: the threads start when a first listing shows enough files; the scan takes them.
      if (threaded) summarizer.prepare(60);
      assert.strictEqual(waitingWorkers(), threaded ? 2 : 0);
      const index = workspaceIndexOf(workspace, threaded ? summarizer : undefined);
      await index.scan();
      assert.strictEqual(waitingWorkers(), 0);
      return {
        summaries: [...index.summaries()].map(s => JSON.parse(JSON.stringify(summaryToData(s)))),
        layers: index.catalogLayers(),
        citing: index.dependentsOf(['A/RES/73/27', 'A/RES/75/1']),
      };
    };
    const one = await scan(false);
    const two = await scan(true);
    assert.strictEqual(one.summaries.length, 60);
    assert.ok(one.layers[0].length > 40);
    assert.deepStrictEqual(two, one);
  });

  it('threads prepared for a scan that turns out small are stopped, and none is prepared once a scan began', async () => {
    const summarizer = threadSummarizer({ maxThreads: 2, minFilesPerThread: 10 });
    summarizer.prepare(60);
    assert.strictEqual(waitingWorkers(), 2);
    const answered: string[] = [];
    await summarizer.summarize(['file:///a.unres'], uri => answered.push(uri));
    assert.deepStrictEqual(answered, []);
    assert.strictEqual(waitingWorkers(), 0);
    summarizer.prepare(60);
    assert.strictEqual(waitingWorkers(), 0);
  });

  it('a summary survives the trip to plain data and back, ranges included', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'S-RES-2250-2015.unres'), 'utf8');
    const summary = summarize(parseDocument(text, 'file:///x.unres', 1));
    assert.ok(summary.paragraphs.length > 3 && summary.citations.length > 3);
    const back = summaryFromData(structuredClone(summaryToData(summary)));
    const plain = (s: typeof summary) => ({
      ...s,
      paragraphs: s.paragraphs.map(p => ({ ...p, range: p.range, labelRange: p.labelRange })),
      citations: s.citations.map(c => ({ ...c, range: c.range })),
    });
    assert.deepStrictEqual(plain(back), plain(summary));
  });
});
