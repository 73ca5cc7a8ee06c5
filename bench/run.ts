/**
 * `npm run bench [-- --quick] [-- --only=ours|peer|workspace]`: measures our language server
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
import { measureEdits, openToDiagnostics } from './measures';
import { ROOT, startOurs } from './ours';
import { delay } from './lspClient';
import { startPeer } from './peer';
import { profileMarkdown } from './profile';
import { renderPerformanceMd, type Measure } from './report';
import { now, summarize, timeRuns, type Summary } from './stats';
import { importDerivedCatalog, measureWorkspace } from './workspaceBench';

const quick = process.argv.includes('--quick');
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length);
/** `--profile`: our server runs under `--cpu-prof`; the summary goes to `bench/.work/profile.md`. */
const profile = process.argv.includes('--profile');
const WORK = path.join(ROOT, 'bench', '.work');
const DATA = process.env.UNRES_SHARED_DATA ?? path.resolve(ROOT, '..', 'shared', 'data');

interface Size { readonly name: string; readonly bytes: number; readonly runs: number; readonly peerRuns: number }
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
    log(`generated ${size.name}: ${pair.unres.text.length} chars, ${pair.unres.paragraphs} paragraphs, ${pair.unres.citations} citations and references; Markdown twin ${pair.md.text.length} chars, ${pair.md.citations} links`);
  }

  const ours = new Map<string, Summary | null>();
  const peer = new Map<string, Summary | null>();
  const floor = new Map<string, Summary | null>();
  const notes = new Map<string, string>();
  const runsOf = new Map<string, number>();

  // The floor: in this process, no protocol.
  for (const size of SIZES) {
    const text = docs.get(size.name)!.unres.text;
    linearPass(text);
    floor.set(`open-${size.name}`, summarize(await timeRuns(size.runs, () => linearPass(text))));
  }
  if (floor.has('open-1MB')) floor.set('edit-1MB', floor.get('open-1MB')!);

  if (!only || only === 'peer') await safe('peer', () => measurePeer(docs, peer, notes));
  if (!only || only === 'ours') await safe('ours', () => measureOurs(docs, ours, notes, runsOf));
  const workspace = !only || only === 'workspace' ? await safe('workspace', () => measureWorkspace({ work: WORK, data: DATA, citables, quick, log })) : null;

  const names = [
    ...SIZES.map(s => `open-${s.name}`),
    'edit-1MB', 'hover-1MB', 'completion-1MB', 'definition-1MB', 'symbols-1MB', 'format-1MB',
  ];
  const measures: Measure[] = names.map(name => ({
    name, unit: 'ms', ours: ours.get(name) ?? null, peer: peer.get(name) ?? null, floor: floor.get(name) ?? null,
    runs: runsOf.get(name) ?? SIZES.find(s => name === `open-${s.name}`)?.runs,
    ...(notes.has(name) ? { note: notes.get(name) } : {}),
  }));
  if (workspace) measures.push(...workspace.measures);
  else for (const name of ['workspace-first-diagnostics', 'workspace-indexed', 'workspace-rss-MB', 'check-2000-files']) {
    measures.push({ name, unit: name.endsWith('MB') ? 'MB' : 'ms', ours: null, peer: null, floor: null, note: 'not measured in this run' });
  }

  const facts = [
    ...SIZES.map(s => {
      const d = docs.get(s.name)!;
      return `\`open-${s.name}\`: ${(d.unres.text.length / 1e6).toFixed(2)} MB of \`.unres\`, ${d.unres.paragraphs} paragraphs, ${d.unres.citations} citation items, symbols and paragraph references; the Markdown twin has ${d.md.citations} links (reference, fragment and file links)`;
    }),
    ...(workspace?.facts ?? []),
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
    const analysis = previous.includes('\n## Analysis\n') ? previous.slice(previous.indexOf('\n## Analysis\n') + '\n## Analysis\n'.length) : '\n(to be written after the first full run)\n';
    writeFileSync(docPath, renderPerformanceMd(describeMachine(), command, new Date().toISOString().slice(0, 10), measures, facts, analysis));
    log('wrote bench/results.json and docs/performance.md');
  }
  for (const m of measures) {
    const f = (s: Summary | null) => (s ? `${s.median}`.padStart(10) : '—'.padStart(10));
    process.stdout.write(`${m.name.padEnd(28)} ${f(m.ours)} ${f(m.peer)} ${f(m.floor)} ${m.unit}${m.note ? `  (${m.note})` : ''}\n`);
  }
}

/** The Markdown server: open → link diagnostics per size, and a one-character edit at 1 MB. */
async function measurePeer(docs: Map<string, { md: GeneratedDocument }>, peer: Map<string, Summary | null>, notes: Map<string, string>): Promise<void> {
  const dir = path.join(WORK, 'docs');
  const client = await startPeer(dir);
  try {
    const uriOf = (name: string) => URI.file(path.join(dir, name)).toString();
    // Warm-up: the first request pays for loading and compiling the server's code.
    const warm = generatePair(10_000, [], 1).md.text;
    await openToDiagnostics(client, uriOf('warm-up.md'), 'markdown', warm);
    await client.close(uriOf('warm-up.md'));
    for (const size of SIZES) {
      const text = docs.get(size.name)!.md.text;
      const samples: number[] = [];
      let count = 0;
      for (let run = 0; run < size.peerRuns; run++) {
        const uri = uriOf(`bench-${size.name}-run${run}.md`);
        const r = await withTimeout(openToDiagnostics(client, uri, 'markdown', text), 300_000, `peer open-${size.name}`);
        samples.push(r.ms);
        count = r.diagnostics.length;
        await client.close(uri);
      }
      peer.set(`open-${size.name}`, summarize(samples));
      log(`peer open-${size.name}: median ${summarize(samples).median} ms, ${count} diagnostics`);
    }
    const doc = docs.get('1MB')?.md;
    if (doc) {
      const uri = uriOf('bench-1MB-edit.md');
      await openToDiagnostics(client, uri, 'markdown', doc.text);
      const at = editPoint(doc.text);
      peer.set('edit-1MB', summarize(await measureEdits(client, uri, at.line, at.character, Math.min(EDIT_RUNS, 5))));
      const symbols = await timeRuns(quick ? 3 : 5, () => client.request('textDocument/documentSymbol', { textDocument: { uri } }));
      peer.set('symbols-1MB', summarize(symbols));
      const definition = await timeRuns(FEATURE_RUNS, () => client.request('textDocument/definition', { textDocument: { uri }, position: doc.definitionAt }));
      peer.set('definition-1MB', summarize(definition));
      await client.close(uri);
    }
  } finally {
    await client.stop();
  }
  notes.set('open-1MB', 'peer: pull diagnostics incl. markdown-it parse in the client, as in VS Code');
}

/** A point in the middle of the document, inside running text, for one-character edits. */
function editPoint(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = lines.length >> 1; i < lines.length; i++) if (lines[i].length > 40) return { line: i, character: 20 };
  return { line: 0, character: 0 };
}

/** Our server: open → diagnostics per size, then the edit and the features at 1 MB. */
async function measureOurs(docs: Map<string, { unres: GeneratedDocument }>, ours: Map<string, Summary | null>, notes: Map<string, string>, runsOf: Map<string, number>): Promise<void> {
  // An empty workspace folder: what is measured is the document, not an index of its neighbours.
  // A workspace of the document alone plus the catalog of the shared data, as a drafter sets it up.
  const dir = path.join(WORK, 'single');
  mkdirSync(dir, { recursive: true });
  copyFileSync(importDerivedCatalog(WORK, DATA).file, path.join(dir, 'derived.catalog.json'));
  const profiles = path.join(WORK, 'profiles');
  const client = await startOurs(dir, profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []);
  try {
    const uriOf = (name: string) => URI.file(path.join(dir, name)).toString();
    log(`ours: ${client.pulls ? 'pull' : 'push'} diagnostics`);
    // Let the start-up scan (the catalog) finish first: the server asks for a refresh when it has.
    const scanned = client.nextRefresh(20_000);
    const warm = docs.get(SIZES[0].name)!.unres.text.slice(0, 20_000);
    await openToDiagnostics(client, uriOf('warm-up.unres'), 'unres', warm);
    if (!(await scanned)) log('ours: no diagnostics refresh after the start-up scan within 20 s; measuring anyway');
    await client.close(uriOf('warm-up.unres'));
    for (const size of SIZES) {
      const text = docs.get(size.name)!.unres.text;
      const samples: number[] = [];
      let count = 0;
      for (let run = 0; run < size.runs; run++) {
        const uri = uriOf(`bench-${size.name}-run${run}.unres`);
        const r = await withTimeout(openToDiagnostics(client, uri, 'unres', text), 300_000, `ours open-${size.name}`);
        samples.push(r.ms);
        count = r.diagnostics.length;
        await client.close(uri);
      }
      ours.set(`open-${size.name}`, summarize(samples));
      log(`ours open-${size.name}: median ${summarize(samples).median} ms, ${count} diagnostics`);
    }
    const doc = docs.get('1MB')?.unres;
    if (!doc) return;
    const uri = uriOf('bench-1MB-features.unres');
    await openToDiagnostics(client, uri, 'unres', doc.text);
    const at = editPoint(doc.text);
    ours.set('edit-1MB', summarize(await measureEdits(client, uri, at.line, at.character, EDIT_RUNS)));
    runsOf.set('edit-1MB', EDIT_RUNS);
    let version = 2 + EDIT_RUNS;
    // Features are timed on a document at rest (past the server's 200 ms re-index debounce), each
    // after one untimed call, so what is measured is the request and not a settling edit or the JIT.
    await delay(400);
    const feature = async (name: string, method: string, params: object, runs = FEATURE_RUNS, check?: (r: unknown) => string | undefined) => {
      const result = await safe(name, async () => {
        await withTimeout(client.request(method, { textDocument: { uri }, ...params }), 120_000, name);
        let last: unknown;
        const samples = await timeRuns(runs, async () => { last = await withTimeout(client.request(method, { textDocument: { uri }, ...params }), 120_000, name); });
        const problem = check?.(last);
        if (problem) notes.set(name, problem);
        return summarize(samples);
      });
      ours.set(name, result);
      runsOf.set(name, runs);
      if (!result) notes.set(name, `${method} failed or is not offered`);
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
    await client.change(uri, version++, [{ range: { start: { line: organ + 1, character: 0 }, end: { line: organ + 1, character: 0 } }, text: `\n${typed}\n` }]);
    if (client.pulls) await client.pull(uri);
    await delay(400);
    await feature('completion-1MB', 'textDocument/completion', { position: { line: organ + 2, character: typed.length } }, FEATURE_RUNS, r => {
      const items = Array.isArray(r) ? r : (r as { items?: unknown[] } | null)?.items;
      return items && items.length > 0 ? undefined : 'no completion items';
    });
    await client.close(uri);
  } finally {
    await client.stop();
    if (profile) writeProfileSummary(profiles);
  }
}

/** Summarises the newest profile of our server into `bench/.work/profile.md`. */
function writeProfileSummary(dir: string): void {
  const newest = readdirSync(dir).filter(f => f.endsWith('.cpuprofile')).map(f => path.join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
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
