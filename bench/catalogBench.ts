/**
 * The bundled catalog's first use (12,161 entries), in a fresh process each run, as a server pays it
 * once after start:
 * - `catalog-first-use`: from nothing to a catalog lookup over the bundled catalog answering the
 *   symbols of a draft and the record's facts (a Council year, a complete session);
 * - `catalog-first-diagnostics`: the first diagnostics of a draft citing GA and SC resolutions, in a
 *   fresh language service (the catalog's first use, and the first run of parser and rules);
 * - `catalog-warm-diagnostics`: then a second draft with a symbol of its own (the catalog is
 *   rebuilt with the new workspace layer, the bundled layer ready).
 * The floor, in the same child: one linear pass over the bundled rows (bench/floor.ts), the least
 * any reader of that data does once.
 * - `server-start`: spawning `dist/server.js` until it answers `initialize`, beside the same bundle
 *   with the bundled rows taken out (the peer column): what the catalog adds to server start.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';
import { bundledLayer, bundledRecord } from '../server/src/languageService/catalog/bundled';
import { createCatalogLookup } from '../server/src/languageService/catalog/lookup';
import { BUNDLED_ROWS } from '../server/src/languageService/catalog/bundledData';
import { linearPass } from './floor';
import { LspClient } from './lspClient';
import { ROOT, SERVER_NODE_FLAGS } from './ours';
import type { Measure } from './report';
import { now, summarize } from './stats';

/** What one child measures, in ms. */
interface ChildTimes {
  readonly floor: number;
  readonly use: number;
  readonly first: number;
  readonly warm: number;
  readonly diagnostics: number;
}

/** The symbols CITING cites. */
const CITED = ['A/RES/36/103', 'A/RES/2625 (XXV)', 'A/RES/73/27', 'A/RES/70/176', 'A/DEC/78/546', 'S/RES/2250 (2016)', 'S/RES/1325 (2000)', 'A/RES/78/999', 'A/RES/80/301'];

const CITING = (n: number) =>
  [
    '---',
    `symbol: A/RES/80/${900 + n}`,
    '---',
    '',
    'The General Assembly,',
    '',
    '*Recalling* its resolutions 36/103 of 9 December 1981, 2625 (XXV) of 24 October 1970 and 73/27 of 5 December 2018,',
    '',
    '*Recalling also* its resolution 70/176 of 18 December 2015 and its decision 78/546 of 2 July 2024,',
    '',
    '*Taking note* of Security Council resolutions 2250 (2016) and 1325 (2000),',
    '',
    `*Noting* resolution 78/999 and resolution 80/${300 + n},`,
    '',
    '1. *Decides* to remain seized of the matter.',
    '',
  ].join('\n');

/** Runs in a fresh process (`node out/bench/catalogBench.js --child=use|diagnostics`): prints its times as JSON. */
function child(mode: string): void {
  let start = now();
  linearPass(BUNDLED_ROWS);
  const floor = now() - start;
  if (mode === 'use') {
    start = now();
    const catalog = createCatalogLookup([[], bundledLayer()], bundledRecord());
    const found = CITED.filter(s => catalog.get(s)).length + (catalog.record?.securityCouncilYears(2250) ? 1 : 0) + (catalog.record?.lastOfSession(78) ? 1 : 0);
    const use = now() - start;
    return void process.stdout.write(JSON.stringify({ floor, use, diagnostics: found }));
  }
  const service = createLanguageService({ workspace: new InMemoryWorkspace() });
  const doc = (name: string, text: string) => ({ uri: `file:///bench/${name}.unres`, version: 1, getText: () => text });
  start = now();
  const diagnostics = service.getDiagnostics(doc('first', CITING(1))).length;
  const first = now() - start;
  start = now();
  service.getDiagnostics(doc('second', CITING(2)));
  const warm = now() - start;
  process.stdout.write(JSON.stringify({ floor, first, warm, diagnostics }));
}

/** A copy of dist/ whose server bundle has no bundled rows (an empty catalog), under `work`. */
function serverWithoutCatalog(work: string): string {
  const dir = path.join(work, 'dist-without-catalog');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(path.join(ROOT, 'dist'))) copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
  const bundle = readFileSync(path.join(dir, 'server.js'), 'utf8');
  const start = bundle.indexOf('var BUNDLED_ROWS = `');
  const end = start < 0 ? -1 : bundle.indexOf('`;', start + 'var BUNDLED_ROWS = `'.length);
  if (end < 0) throw new Error('dist/server.js: no BUNDLED_ROWS literal to take out');
  writeFileSync(path.join(dir, 'server.js'), `${bundle.slice(0, start)}var BUNDLED_ROWS = \`\n${bundle.slice(end)}`);
  return path.join(dir, 'server.js');
}

/** Spawn → `initialize` answered, in ms. */
async function startToInitialize(script: string): Promise<number> {
  const started = now();
  const client = new LspClient({ command: script, args: ['--stdio'], cwd: ROOT, rootUri: null, settings: () => null, nodeFlags: SERVER_NODE_FLAGS });
  await client.initialize();
  const ms = now() - started;
  await client.stop();
  return ms;
}

/** Server start with and without the bundled rows, `runs` times each, in turn. */
export async function measureServerStart(work: string, runs: number): Promise<Measure> {
  const without = serverWithoutCatalog(work);
  const withRows: number[] = [];
  const withoutRows: number[] = [];
  const ours = path.join(ROOT, 'dist', 'server.js');
  // One untimed start of each (the files into the page cache), then in turn, alternating which goes first.
  await startToInitialize(ours);
  await startToInitialize(without);
  for (let run = 0; run < runs; run++) {
    const pair = run % 2 === 0 ? [ours, without] : [without, ours];
    for (const script of pair) (script === ours ? withRows : withoutRows).push(await startToInitialize(script));
  }
  return {
    name: 'server-start',
    unit: 'ms',
    ours: summarize(withRows),
    peer: summarize(withoutRows),
    floor: null,
    runs,
    note: 'spawn → initialize answered; peer: the same bundle without the bundled rows',
  };
}

/** `runs` fresh processes of each kind, in turn. */
export function measureCatalogFirstUse(runs: number): { measures: Measure[]; facts: string[] } {
  const spawnChild = (mode: string): Partial<ChildTimes> => {
    const r = spawnSync(process.execPath, ['--max-semi-space-size=8', __filename, `--child=${mode}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`catalog bench child failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Partial<ChildTimes>;
  };
  const uses: Partial<ChildTimes>[] = [];
  const checks: Partial<ChildTimes>[] = [];
  for (let run = 0; run < runs; run++) {
    uses.push(spawnChild('use'));
    checks.push(spawnChild('diagnostics'));
  }
  const of = (samples: Partial<ChildTimes>[], key: keyof ChildTimes) => summarize(samples.map(s => s[key] ?? NaN));
  const fresh = 'a fresh process each run; floor: one linear pass over the bundled rows in the same process';
  return {
    measures: [
      {
        name: 'catalog-first-use',
        unit: 'ms',
        ours: of(uses, 'use'),
        peer: null,
        floor: of(uses, 'floor'),
        runs,
        note: `${uses[0].diagnostics} of ${CITED.length + 2} facts found; ${fresh}`,
      },
      {
        name: 'catalog-first-diagnostics',
        unit: 'ms',
        ours: of(checks, 'first'),
        peer: null,
        floor: of(checks, 'floor'),
        runs,
        note: `${checks[0].diagnostics} diagnostics; ${fresh}`,
      },
      {
        name: 'catalog-warm-diagnostics',
        unit: 'ms',
        ours: of(checks, 'warm'),
        peer: null,
        floor: of(checks, 'floor'),
        runs,
        note: 'a second draft with its own symbol, the catalog ready',
      },
    ],
    facts: [
      `\`catalog-first-use\`: a catalog lookup over the bundled catalog (${BUNDLED_ROWS.split('\n').length - 2} rows) built from nothing, answering ${CITED.length} cited symbols, a Council year and a complete session; \`catalog-first-diagnostics\` / \`catalog-warm-diagnostics\`: the first and the second draft citing them in a fresh language service`,
    ],
  };
}

const childMode = process.argv.find(a => a.startsWith('--child='))?.slice('--child='.length);
if (childMode) child(childMode);
