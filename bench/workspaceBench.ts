/**
 * Workspace start-up and the command line at scale: 2,000 generated `.unres` files plus a catalog
 * of every entry in the shared `_derived/` data, imported with `unres catalog import` (read from the
 * shared folder into the git-ignored work folder; never copied into the repository).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { linearPass } from './floor';
import { generateWorkspaceFile, type Citable } from './generate';
import type { LspClient } from './lspClient';
import { ROOT, startOurs } from './ours';
import type { Measure } from './report';
import { delay } from './lspClient';
import { bundledCatalog } from '../server/src/languageService/catalog/bundled';
import { now, summarize, timeRuns } from './stats';

const FILES = 2000;
/** Bump when the generator changes, so a stale workspace is rebuilt. */
const GENERATION = 'ws-1';

export interface WorkspaceOptions {
  readonly work: string;
  readonly data: string;
  readonly citables: readonly Citable[];
  readonly quick: boolean;
  readonly log: (message: string) => void;
}

/** Builds the workspace (once) and measures start-up, indexing, memory and `unres check`. */
export async function measureWorkspace(o: WorkspaceOptions): Promise<{ measures: Measure[]; facts: string[] }> {
  const dir = path.join(o.work, 'workspace');
  const symbols = ensureWorkspace(dir, o);
  const catalog = importDerivedCatalog(o.work, o.data);
  copyFileSync(catalog.file, path.join(dir, 'derived.catalog.json'));
  const importMs = catalog.ms;
  const catalogEntries = (JSON.parse(readFileSync(path.join(dir, 'derived.catalog.json'), 'utf8')) as unknown[]).length;
  o.log(`workspace: ${FILES} files, catalog of ${catalogEntries} entries imported in ${importMs.toFixed(0)} ms`);

  const runs = o.quick ? 1 : 3;
  const first: number[] = [];
  const indexed: number[] = [];
  const rss: number[] = [];
  let how = '';
  for (let run = 0; run < runs; run++) {
    const r = await startUp(dir, symbols, o);
    first.push(r.firstDiagnostics);
    if (r.indexed !== undefined) indexed.push(r.indexed);
    if (r.rssMB !== undefined) rss.push(r.rssMB);
    how = r.how;
    o.log(
      `workspace run ${run + 1}: first diagnostics ${r.firstDiagnostics.toFixed(0)} ms, indexed ${r.indexed?.toFixed(0) ?? '?'} ms (${r.how}), ${r.rssMB?.toFixed(0) ?? '?'} MB`,
    );
  }

  // The floor of indexing: read every file and make one linear pass over it, in this process.
  const files = readdirSync(dir)
    .filter(f => f.endsWith('.unres') || f.endsWith('.catalog.json'))
    .map(f => path.join(dir, f));
  const readAndScan = () => files.reduce((n, f) => n + linearPass(readFileSync(f, 'utf8')), 0);
  const floorIndex = summarize(await timeRuns(runs, readAndScan));

  const checkRuns = o.quick ? 1 : 3;
  let diagnostics = 0;
  const check = await timeRuns(checkRuns, () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'unres.js'), 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`unres check exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    diagnostics = (JSON.parse(r.stdout) as unknown[]).length;
  });
  const totalBytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  return {
    measures: [
      {
        name: 'workspace-first-diagnostics',
        unit: 'ms',
        ours: summarize(first),
        peer: null,
        floor: null,
        runs,
        note: 'from spawning the server to the first diagnostics of an open workspace document',
      },
      {
        name: 'workspace-indexed',
        unit: 'ms',
        ours: indexed.length ? summarize(indexed) : null,
        peer: null,
        floor: floorIndex,
        runs,
        note: `from spawning the server; index complete seen by ${how}; floor: read every file + one linear pass, in-process`,
      },
      { name: 'workspace-rss-MB', unit: 'MB', ours: rss.length ? summarize(rss) : null, peer: null, floor: null, runs, note: 'resident memory of the server once indexed (VmRSS)' },
      {
        name: 'check-2000-files',
        unit: 'ms',
        ours: summarize(check),
        peer: null,
        floor: floorIndex,
        runs: checkRuns,
        note: `\`unres check --format json .\` in the workspace, process start to exit; ${diagnostics} diagnostics`,
      },
    ],
    facts: [
      `workspace: ${FILES} \`.unres\` files (${(totalBytes / 1e6).toFixed(1)} MB with the catalog) and \`derived.catalog.json\` of ${catalogEntries} entries from \`unres catalog import\` over the five \`_derived/*.csv\` (import: ${importMs.toFixed(0)} ms)`,
    ],
  };
}

/**
 * Imports every entry of the shared `_derived/*.csv` with `unres catalog import` into the work
 * folder (once per run); returns the catalog file and how long the import took.
 */
export function importDerivedCatalog(work: string, data: string): { file: string; ms: number } {
  const derived = path.join(data, '_derived');
  const csvs = readdirSync(derived)
    .filter(f => f.endsWith('.csv'))
    .map(f => path.join(derived, f));
  const file = path.join(work, 'derived.catalog.json');
  const start = now();
  const imported = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'unres.js'), 'catalog', 'import', ...csvs, '--out', file], { encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`unres catalog import failed: ${imported.stderr}`);
  return { file, ms: now() - start };
}

/** Writes the 2,000 files unless the same generation is already there; returns their symbols. */
function ensureWorkspace(dir: string, o: WorkspaceOptions): string[] {
  const stamp = path.join(dir, '.generation');
  const symbols: string[] = [];
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATION;
  if (!fresh) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (let i = 0; i < FILES; i++) {
    const file = generateWorkspaceFile(i, o.citables);
    symbols.push(file.symbol);
    if (!fresh) writeFileSync(path.join(dir, `res-${String(i).padStart(4, '0')}.unres`), file.text);
  }
  if (!fresh) writeFileSync(stamp, GENERATION);
  return symbols;
}

/**
 * One start-up: spawn, initialize, open one workspace document and pull its diagnostics; then wait
 * until the index is complete. The server may say so with `$/progress` (work done end); otherwise a
 * probe document citing every workspace symbol is pulled until none of them is `citation/unknown`.
 */
async function startUp(dir: string, symbols: readonly string[], o: WorkspaceOptions): Promise<{ firstDiagnostics: number; indexed?: number; rssMB?: number; how: string }> {
  const t0 = now();
  let progressEnd: number | undefined;
  const client: LspClient = await startOurs(dir, [], c => {
    void c.nextProgressEnd().then(() => {
      progressEnd = now();
    });
  });
  try {
    const file = path.join(dir, 'res-0000.unres');
    const uri = URI.file(file).toString();
    const text = readFileSync(file, 'utf8');
    if (client.pulls) {
      await client.open(uri, 'unres', text);
      await client.pull(uri);
    } else {
      const pushed = client.expectPush(uri);
      await client.open(uri, 'unres', text);
      await pushed;
    }
    const firstDiagnostics = now() - t0;
    const deadline = now() + (o.quick ? 60_000 : 180_000);
    let indexed: number | undefined;
    let how = 'progress end';
    // Give a progress report a moment to arrive before probing.
    while (progressEnd === undefined && now() < t0 + 200) await delay(10);
    if (progressEnd === undefined) {
      how = 'probe document';
      indexed = await probeIndexed(client, dir, symbols, deadline, () => progressEnd);
      if (progressEnd !== undefined) how = 'progress end';
    }
    if (progressEnd !== undefined) indexed = progressEnd;
    const rssMB = indexed !== undefined ? client.rssMB() : undefined;
    return { firstDiagnostics, indexed: indexed === undefined ? undefined : indexed - t0, rssMB, how };
  } finally {
    await client.stop();
  }
}

/**
 * Pulls a probe citing every workspace symbol until none is reported unknown; the time it first
 * holds. This is completion as a client sees it: it includes the server's 200 ms refresh debounce.
 */
async function probeIndexed(client: LspClient, dir: string, symbols: readonly string[], deadline: number, progressEnd: () => number | undefined): Promise<number | undefined> {
  if (!client.pulls) return undefined;
  const uri = URI.file(path.join(dir, 'zz-probe.unres')).toString();
  // Every workspace symbol, plus a few resolutions only the imported catalog knows: when none is
  // unknown, every file of the workspace is in the index.
  const bundled = new Set(bundledCatalog().map(e => e.symbol));
  const catalogOnly = (JSON.parse(readFileSync(path.join(dir, 'derived.catalog.json'), 'utf8')) as { symbol: string }[])
    .map(e => e.symbol)
    .filter(s => /^A\/RES\/\d{2}\/\d+$/.test(s) && !bundled.has(s))
    .slice(0, 5);
  const body = [...symbols, ...catalogOnly].map(s => `*Recalling* its resolution ${s.replace('A/RES/', '')},`).join('\n\n');
  await client.open(uri, 'unres', `---\nstatus: draft\n---\n\nThe General Assembly,\n\n${body}\n\n1. *Decides* to remain seized of the matter.\n`);
  let sawUnknown = false;
  while (now() < deadline) {
    if (progressEnd() !== undefined) return progressEnd();
    const unknown = (await client.pull(uri)).filter(d => d.code === 'citation/unknown').length;
    if (unknown > 0) sawUnknown = true;
    else if (sawUnknown) return now();
    else return undefined; // The rule reports nothing here: the probe cannot tell.
    // Probe again when the server says diagnostics changed (it does once its scan is done), or
    // every half second: frequent pulls of a 2,000-citation probe would slow the scan they time.
    await client.nextRefresh(500);
  }
  return undefined;
}
