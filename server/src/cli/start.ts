/**
 * What `bin/unres.js` runs before it loads the command line (`dist/cli.js`, ~70 ms to compile): for
 * `unres check` over a folder, the worker threads that will parse its files are started now and
 * load their bundle meanwhile; the pool of the first workspace takes them (node/workerStart.ts).
 * Bundled on its own (`dist/start.js`) with nothing but the argument parser: any other command, a
 * check of a few named files or arguments in error cost nothing here.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './args';
import { availableThreads, startWaitingWorkers } from '../node/workerStart';

export function startCheckThreads(argv: readonly string[]): void {
  let threads: number;
  try {
    const args = parseArgs(argv);
    // As runCheck decides (check.ts): a folder may hold hundreds of files; named files rarely do.
    if (args.command !== 'check' || args.online || !args.paths.some(isFolder)) return;
    threads = args.jobs ?? availableThreads();
  } catch {
    return;
  }
  if (threads > 1) startWaitingWorkers(path.join(__dirname, 'worker.js'), Math.min(threads, availableThreads()));
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
