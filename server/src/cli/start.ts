/**
 * What `bin/unres.js` runs before it loads the command line (`dist/cli.js`, ~70 ms to compile): for
 * `unres check` over a folder, the worker threads that will parse its files are started now and
 * load their bundle meanwhile; the pool of the first workspace takes them (node/workerStart.ts).
 * Bundled on its own (`dist/start.js`) with nothing but the argument parser: any other command, a
 * check of a few files or arguments in error cost next to nothing here.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from './args';
import { availableThreads, MIN_FILES_PER_THREAD, startWaitingWorkers } from '../node/workerStart';

export function startCheckThreads(argv: readonly string[]): void {
  let threads: number;
  try {
    const args = parseArgs(argv);
    if (args.command !== 'check' || args.online) return;
    threads = Math.min(args.jobs ?? availableThreads(), availableThreads());
    // As runCheck will decide (check.ts), from a count that stops once there are enough files: a
    // check of a few drafts starts no thread it would only stop again.
    if (threads < 2 || !atLeastFiles(args.paths, 2 * MIN_FILES_PER_THREAD)) return;
  } catch {
    return;
  }
  startWaitingWorkers(path.join(__dirname, 'worker.js'), threads);
}

/**
 * Whether `paths` name at least `enough` `.unres` files, counted folder by folder until there are
 * enough. An estimate (hidden and dependency folders skipped, links not followed): the pool that
 * takes the threads counts exactly, and stops those it does not need.
 */
function atLeastFiles(paths: readonly string[], enough: number): boolean {
  let found = 0;
  const folders: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) folders.push(p);
      else found++;
    } catch {
      // The check says why it cannot read it.
    }
  }
  for (let i = 0; i < folders.length && found < enough; i++) {
    try {
      for (const entry of readdirSync(folders[i], { withFileTypes: true })) {
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') folders.push(path.join(folders[i], entry.name));
        else if (entry.name.endsWith('.unres')) found++;
      }
    } catch {
      // An unreadable folder counts nothing.
    }
  }
  return found >= enough;
}
