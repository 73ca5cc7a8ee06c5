/**
 * `npm run bench [-- --quick] [-- --only=ours|peer|workspace|versions|units|catalog|import]`: measures our language server
 * through the protocol, side by side with Microsoft's Markdown server and a linear floor, and
 * writes `bench/results.json` and `docs/performance.md` (a quick run writes
 * `bench/.work/results-quick.json` only, so it never replaces the full record).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { linearPass } from './floor';
import { generatePair, loadCitables, type GeneratedDocument } from './generate';
import { describeMachine } from './machine';
import { editToDiagnostics, openToDiagnostics } from './measures';
import { ROOT, startOurs } from './ours';
import { delay, type LspClient } from './lspClient';
import { startPeer } from './peer';
import { profileMarkdown } from './profile';
import { renderPerformanceMd, type Measure } from './report';
import { now, summarize, timeRuns, type Summary } from './stats';
import { importDerivedCatalog, measureWorkspace } from './workspaceBench';
import { measureVersions } from './versionsBench';
import { measureCatalogFirstUse, measureServerStart } from './catalogBench';
import { measureUnits } from './unitsBench';
import { retainedPerOpenMB } from './memory';
import { measureImport } from './importBench';

const quick = process.argv.includes('--quick');
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length);
/** `--profile`: our server runs under `--cpu-prof`; the summary goes to `bench/.work/profile.md`. */
const profile = process.argv.includes('--profile');
const WORK = path.join(ROOT, 'bench', '.work');
const DATA = process.env.UNRES_SHARED_DATA ?? path.resolve(ROOT, '..', 'shared', 'data');

interface Size {
  readonly name: string;
  readonly bytes: number;
  readonly runs: number;
  readonly peerRuns: number;
}
const SIZES: Size[] = quick
  ? [{ name: '1MB', bytes: 1_000_000, runs: 3, peerRuns: 2 }]
  : [
      { name: '10KB', bytes: 10_000, runs: 15, peerRuns: 9 },
      { name: '100KB', bytes: 100_000, runs: 11, peerRuns: 7 },
      { name: '1MB', bytes: 1_000_000, runs: 7, peerRuns: 5 },
      { name: '5MB', bytes: 5_000_000, runs: 5, peerRuns: 3 },
    ];
const FEATURE_RUNS = quick ? 5 : 21;
const EDIT_RUNS = quick ? 3 : 9;

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const safe = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
  try {
    return await fn();
  } catch (e) {
    log(`${what} failed: ${(e as Error).message}`);
    return null;
  }
};
const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms).unref())]);

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  if (only === 'units') return runUnitsOnly();
  const started = now();
  const loadStart = os.loadavg()[0];
  const citables = loadCitables(path.join(DATA, '_derived', 'citation_mined_symbol_dates.csv'));
  const docs = new Map<string, { unres: GeneratedDocument; md: GeneratedDocument }>();
  const docsDir = path.join(WORK, 'docs');
  mkdirSync(docsDir, { recursive: true });
  for (const size of SIZES) {
    const pair = generatePair(size.bytes, citables);
    docs.set(size.name, pair);
    writeFileSync(path.join(docsDir, `bench-${size.name}.unres`), pair.unres.text);
    writeFileSync(path.join(docsDir, `bench-${size.name}.md`), pair.md.text);
    log(
      `generated ${size.name}: ${pair.unres.text.length} chars, ${pair.unres.paragraphs} paragraphs, ${pair.unres.citations} citations and references; Markdown twin ${pair.md.text.length} chars, ${pair.md.citations} links`,
    );
  }

  const ours = new Map<string, Summary | null>();
  const peer = new Map<string, Summary | null>();
  const floor = new Map<string, Summary | null>();
  const notes = new Map<string, string>();
  const runsOf = new Map<string, number>();

  if (!only || only === 'peer' || only === 'ours') {
    await safe('documents', () => measureDocuments(docs, { ours, peer, floor }, notes, runsOf, { ours: only !== 'peer', peer: only !== 'ours' }));
  }
  const workspace = !only || only === 'workspace' ? await safe('workspace', () => measureWorkspace({ work: WORK, data: DATA, citables, quick, log })) : null;

  const names = [...SIZES.map(s => `open-${s.name}`), 'open-1MB-cpu', 'edit-1MB', 'hover-1MB', 'completion-1MB', 'definition-1MB', 'symbols-1MB', 'format-1MB', 'memory-1MB'];
  const measures: Measure[] = names.map(name => ({
    name,
    unit: name.startsWith('memory-') ? 'MB' : 'ms',
    ours: ours.get(name) ?? null,
    peer: peer.get(name) ?? null,
    floor: floor.get(name) ?? null,
    runs: runsOf.get(name) ?? SIZES.find(s => name === `open-${s.name}` || name === `open-${s.name}-cpu`)?.runs,
    ...(notes.has(name) ? { note: notes.get(name) } : {}),
  }));
  if (workspace) measures.push(...workspace.measures);
  const oneMB = docs.get('1MB')?.unres.text;
  const versions =
    oneMB && (!only || only === 'versions') ? await safe('versions', () => measureVersions(oneMB, generatePair(1_000_000, citables, 2019).unres.text, quick ? 3 : 7)) : null;
  if (versions) measures.push(...versions.measures);
  const catalog = !only || only === 'catalog' ? await safe('catalog', () => Promise.resolve(measureCatalogFirstUse(quick ? 5 : 11))) : null;
  if (catalog) measures.push(...catalog.measures);
  const start = !only || only === 'catalog' ? await safe('server start', () => measureServerStart(WORK, quick ? 5 : 11)) : null;
  if (start) measures.push(start);
  const units = !only ? await safe('units', () => measureUnits(quick ? 3 : 9, log)) : null;
  if (units) measures.push(...units.measures);
  else
    for (const name of ['workspace-first-diagnostics', 'workspace-indexed', 'workspace-rss-MB', 'check-2000-files']) {
      measures.push({ name, unit: name.endsWith('MB') ? 'MB' : 'ms', ours: null, peer: null, floor: null, note: 'not measured in this run' });
    }

  const imported = !only || only === 'import' ? await safe('import', () => measureImport({ data: DATA, quick, log })) : null;
  if (imported) measures.push(...imported.measures);
  const facts = [
    ...SIZES.map(s => {
      const d = docs.get(s.name)!;
      return `\`open-${s.name}\`: ${(d.unres.text.length / 1e6).toFixed(2)} MB of \`.unres\`, ${d.unres.paragraphs} paragraphs, ${d.unres.citations} citation items, symbols and paragraph references; the Markdown twin has ${d.md.citations} links (reference, fragment and file links)`;
    }),
    ...(workspace?.facts ?? []),
    ...(versions?.facts ?? []),
    ...(catalog?.facts ?? []),
    ...(units?.facts ?? []),
    ...(imported?.facts ?? []),
    `whole run: ${((now() - started) / 1000).toFixed(0)} s; load average (1 min) ${loadStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end, on ${os.cpus().length} cores shared with other work: absolute times are noisy, ratios within one run less so`,
  ];
  const command = `npm run bench${quick ? ' -- --quick' : ''}${only ? ` -- --only=${only}` : ''}`;
  if (quick || only || profile) {
    writeFileSync(path.join(WORK, 'results-quick.json'), JSON.stringify(measures, null, 2) + '\n');
    log(`wrote ${path.join(WORK, 'results-quick.json')}`);
  } else {
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(measures, null, 2) + '\n');
    const docPath = path.join(ROOT, 'docs', 'performance.md');
    const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const analysis = previous.includes('\n## Analysis\n')
      ? previous.slice(previous.indexOf('\n## Analysis\n') + '\n## Analysis\n'.length)
      : '\n(to be written after the first full run)\n';
    writeFileSync(docPath, renderPerformanceMd(describeMachine(), command, new Date().toISOString().slice(0, 10), measures, facts, analysis));
    log('wrote bench/results.json and docs/performance.md');
  }
  for (const m of measures) {
    const f = (s: Summary | null) => (s ? `${s.median}`.padStart(10) : '—'.padStart(10));
    process.stdout.write(`${m.name.padEnd(28)} ${f(m.ours)} ${f(m.peer)} ${f(m.floor)} ${m.unit}${m.note ? `  (${m.note})` : ''}\n`);
  }
}

/** `--only=units`: the in-process measures alone (no ../shared data needed), to bench/.work/results-quick.json. */
async function runUnitsOnly(): Promise<void> {
  const { measures } = await measureUnits(quick ? 3 : 9, log);
  writeFileSync(path.join(WORK, 'results-quick.json'), JSON.stringify(measures, null, 2) + '\n');
  log(`wrote ${path.join(WORK, 'results-quick.json')}`);
  for (const m of measures) process.stdout.write(`${m.name.padEnd(28)} ${`${m.ours?.median}`.padStart(10)} ms  (${m.note})\n`);
}

type Results = Record<'ours' | 'peer' | 'floor', Map<string, Summary | null>>;

/**
 * Open → diagnostics per size and the 1 MB edit, for both servers and the floor, run by run in
 * turn (floor, peer, ours) so that the load of this shared machine falls on all three alike; then
 * our features, and the peer's document symbols and definition.
 */
async function measureDocuments(
  docs: Map<string, { unres: GeneratedDocument; md: GeneratedDocument }>,
  results: Results,
  notes: Map<string, string>,
  runsOf: Map<string, number>,
  which: { ours: boolean; peer: boolean },
): Promise<void> {
  const peerDir = path.join(WORK, 'docs');
  // Ours: a workspace of the document alone plus the catalog of the shared data, as a drafter sets it up.
  const oursDir = path.join(WORK, 'single');
  mkdirSync(oursDir, { recursive: true });
  copyFileSync(importDerivedCatalog(WORK, DATA).file, path.join(oursDir, 'derived.catalog.json'));
  const profiles = path.join(WORK, 'profiles');
  const peer = which.peer ? await startPeer(peerDir) : undefined;
  const ours = which.ours ? await startOurs(oursDir, profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []) : undefined;
  const peerUri = (name: string) => URI.file(path.join(peerDir, name)).toString();
  const oursUri = (name: string) => URI.file(path.join(oursDir, name)).toString();
  try {
    if (ours) log(`ours: ${ours.pulls ? 'pull' : 'push'} diagnostics`);
    // Warm-up: the first requests pay for loading and compiling code; ours also scans its catalog
    // at start and asks for a refresh when done.
    const scanned = ours?.nextRefresh(20_000);
    const warm = generatePair(10_000, [], 1);
    if (peer) await openToDiagnostics(peer, peerUri('warm-up.md'), 'markdown', warm.md.text).then(() => peer.close(peerUri('warm-up.md')));
    if (ours) await openToDiagnostics(ours, oursUri('warm-up.unres'), 'unres', warm.unres.text).then(() => ours.close(oursUri('warm-up.unres')));
    if (scanned && !(await scanned)) log('ours: no diagnostics refresh after the start-up scan within 20 s; measuring anyway');

    for (const size of SIZES) {
      const { unres, md } = docs.get(size.name)!;
      const samples = { ours: [] as number[], peer: [] as number[], floor: [] as number[] };
      // The servers' own CPU time per open, beside the wall time: steadier than it under load.
      const cpu = { ours: [] as number[], peer: [] as number[] };
      const counts = { ours: 0, peer: 0 };
      for (let run = 0; run < Math.max(size.runs, size.peerRuns); run++) {
        if (run < size.runs) samples.floor.push((await timeRuns(1, () => linearPass(unres.text)))[0]);
        if (peer && run < size.peerRuns) {
          const uri = peerUri(`bench-${size.name}-run${run}.md`);
          const cpuBefore = peer.cpuMs();
          const r = await withTimeout(openToDiagnostics(peer, uri, 'markdown', md.text), 300_000, `peer open-${size.name}`);
          cpu.peer.push(peer.cpuMs() - cpuBefore);
          samples.peer.push(r.ms);
          counts.peer = r.diagnostics.length;
          await peer.close(uri);
        }
        if (ours && run < size.runs) {
          const uri = oursUri(`bench-${size.name}-run${run}.unres`);
          const cpuBefore = ours.cpuMs();
          const r = await withTimeout(openToDiagnostics(ours, uri, 'unres', unres.text), 300_000, `ours open-${size.name}`);
          cpu.ours.push(ours.cpuMs() - cpuBefore);
          samples.ours.push(r.ms);
          counts.ours = r.diagnostics.length;
          await ours.close(uri);
        }
      }
      const name = `open-${size.name}`;
      results.floor.set(name, summarize(samples.floor));
      if (peer) results.peer.set(name, summarize(samples.peer));
      if (ours) results.ours.set(name, summarize(samples.ours));
      if (size.name === '1MB') {
        if (peer) results.peer.set('open-1MB-cpu', summarize(cpu.peer));
        if (ours) results.ours.set('open-1MB-cpu', summarize(cpu.ours));
        notes.set('open-1MB-cpu', 'CPU time of the server process (all threads) over the open, from /proc, 10 ms ticks; the peer’s markdown-it parse in the client is not in it');
      }
      log(
        `${name}: ours ${results.ours.get(name)?.median ?? '—'} ms (${counts.ours} diagnostics), peer ${results.peer.get(name)?.median ?? '—'} ms (${counts.peer} diagnostics), floor ${results.floor.get(name)?.median} ms`,
      );
    }
    notes.set('open-1MB', 'peer: pulled link diagnostics, markdown-it parse in the client included, as in VS Code');

    const doc = docs.get('1MB');
    if (!doc) return;
    // Edits: the same one-character edit in both, in turn; the floor is a whole new pass.
    const uri = { ours: oursUri('bench-1MB-features.unres'), peer: peerUri('bench-1MB-edit.md') };
    if (ours) await openToDiagnostics(ours, uri.ours, 'unres', doc.unres.text);
    if (peer) await openToDiagnostics(peer, uri.peer, 'markdown', doc.md.text);
    const at = { ours: editPoint(doc.unres.text), peer: editPoint(doc.md.text) };
    const edits = { ours: [] as number[], peer: [] as number[], floor: [] as number[] };
    for (let run = 0; run < EDIT_RUNS; run++) {
      const typing = run % 2 === 0;
      edits.floor.push((await timeRuns(1, () => linearPass(doc.unres.text)))[0]);
      if (peer && run < Math.min(EDIT_RUNS, 5))
        edits.peer.push(await editToDiagnostics(peer, uri.peer, 2 + run, at.peer.line, at.peer.character, typing ? 'x' : '', typing ? 0 : 1));
      if (ours) edits.ours.push(await editToDiagnostics(ours, uri.ours, 2 + run, at.ours.line, at.ours.character, typing ? 'x' : '', typing ? 0 : 1));
    }
    results.floor.set('edit-1MB', summarize(edits.floor));
    if (peer) results.peer.set('edit-1MB', summarize(edits.peer));
    if (ours) results.ours.set('edit-1MB', summarize(edits.ours));
    runsOf.set('edit-1MB', EDIT_RUNS);

    if (peer) {
      results.peer.set('symbols-1MB', summarize(await timeRuns(quick ? 3 : 7, () => peer.request('textDocument/documentSymbol', { textDocument: { uri: uri.peer } }))));
      results.peer.set(
        'definition-1MB',
        summarize(await timeRuns(FEATURE_RUNS, () => peer.request('textDocument/definition', { textDocument: { uri: uri.peer }, position: doc.md.definitionAt }))),
      );
    }
    if (ours) await measureFeatures(ours, uri.ours, doc.unres, 2 + EDIT_RUNS, results.ours, notes, runsOf);
    if (peer) await peer.close(uri.peer);

    // Memory: what the service keeps per open 1 MB document (in-process, see bench/memory.ts).
    const copies = quick ? 2 : 4;
    if (ours) results.ours.set('memory-1MB', summarize([retainedPerOpenMB(doc.unres.text, copies)]));
    runsOf.set('memory-1MB', copies);
    notes.set('memory-1MB', `heap kept per open 1 MB document (text, model, parse cache, summary) after a full GC, ${copies} copies open, in-process through the language service`);
  } finally {
    await peer?.stop();
    await ours?.stop();
    if (ours && profile) writeProfileSummary(profiles);
  }
}

/** A point in the middle of the document, inside running text, for one-character edits. */
function editPoint(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = lines.length >> 1; i < lines.length; i++) if (lines[i].length > 40) return { line: i, character: 20 };
  return { line: 0, character: 0 };
}

/** Hover, definition, symbols, formatting and completion on our open 1 MB document. */
async function measureFeatures(
  client: LspClient,
  uri: string,
  doc: GeneratedDocument,
  firstVersion: number,
  ours: Map<string, Summary | null>,
  notes: Map<string, string>,
  runsOf: Map<string, number>,
): Promise<void> {
  const version = firstVersion;
  // Features are timed on a document at rest (past the server's 200 ms re-index debounce), each
  // after one untimed call, so what is measured is the request and not a settling edit or the JIT.
  await delay(400);
  const feature = async (name: string, method: string, params: object, runs = FEATURE_RUNS, check?: (r: unknown) => string | undefined) => {
    const result = await safe(name, async () => {
      await withTimeout(client.request(method, { textDocument: { uri }, ...params }), 120_000, name);
      let last: unknown;
      const samples = await timeRuns(runs, async () => {
        last = await withTimeout(client.request(method, { textDocument: { uri }, ...params }), 120_000, name);
      });
      const problem = check?.(last);
      if (problem) notes.set(name, problem);
      return summarize(samples);
    });
    ours.set(name, result);
    runsOf.set(name, runs);
    if (!result) notes.set(name, `ours: ${method} is not offered by the server yet`);
  };
  const empty = (r: unknown) => (r === null || (Array.isArray(r) && r.length === 0) ? 'empty answer' : undefined);
  await feature('hover-1MB', 'textDocument/hover', { position: doc.hoverAt }, FEATURE_RUNS, empty);
  await feature('definition-1MB', 'textDocument/definition', { position: doc.definitionAt }, FEATURE_RUNS, empty);
  await feature('symbols-1MB', 'textDocument/documentSymbol', {}, quick ? 3 : 7, empty);
  await feature('format-1MB', 'textDocument/formatting', { options: { tabSize: 4, insertSpaces: true } }, quick ? 3 : 7);
  // Completion after `resolution 7`, typed as a new preambular paragraph under the organ line;
  // the edit's diagnostics are awaited first so the timing is the completion's alone.
  const organ = doc.text.split('\n').indexOf('The General Assembly,');
  const typed = '*Recalling* its resolution 7';
  await client.change(uri, version, [{ range: { start: { line: organ + 1, character: 0 }, end: { line: organ + 1, character: 0 } }, text: `\n${typed}\n` }]);
  if (client.pulls) await client.pull(uri);
  await delay(400);
  await feature('completion-1MB', 'textDocument/completion', { position: { line: organ + 2, character: typed.length } }, FEATURE_RUNS, r => {
    const items = Array.isArray(r) ? r : (r as { items?: unknown[] } | null)?.items;
    return items && items.length > 0 ? undefined : 'no completion items';
  });
  await client.close(uri);
}

/** Summarises the newest profile of our server into `bench/.work/profile.md`. */
function writeProfileSummary(dir: string): void {
  const newest = readdirSync(dir)
    .filter(f => f.endsWith('.cpuprofile'))
    .map(f => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) {
    log('no profile written (did the server exit cleanly?)');
    return;
  }
  writeFileSync(path.join(WORK, 'profile.md'), `# Profile of our server over the bench (${path.basename(newest)})\n\n${profileMarkdown(newest, 25)}`);
  log(`profile summary: ${path.join(WORK, 'profile.md')}`);
}

main().catch(e => {
  log(`failed: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 1;
});
