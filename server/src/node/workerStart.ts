/**
 * Where worker threads are started (node/threads.ts), and started early: `bin/unres.js` starts the
 * threads of `unres check` over a folder before it compiles the command line (~70 ms on one core), so
 * that they load their own bundle meanwhile instead of after. The two bundles share only the global
 * object, where started workers wait until a pool takes them.
 *
 * Node-only and free of the language service: the small bundle `bin/unres.js` runs first
 * (cli/start.ts) includes it.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** A worker and whether it failed before anyone listened. */
export interface StartedWorker {
  readonly worker: Worker;
  /** Set when the worker failed or exited while it waited. */
  readonly failed: () => Error | undefined;
}

interface Waiting extends StartedWorker {
  readonly file: string;
}

const WAITING = Symbol.for('unres.waitingWorkers');
const waitingList = (): Waiting[] => ((globalThis as { [WAITING]?: Waiting[] })[WAITING] ??= []);

/** Below this many files per thread, a worker does not pay for its start. */
export const MIN_FILES_PER_THREAD = 100;

/** The cores this process may use. */
export function availableThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * Starts `count` workers of `file` to wait for a pool ({@link startWorker}). They do not keep the
 * process alive: a run that ends up needing no threads (few files, an unreadable path) exits as
 * if they had never been started.
 */
export function startWaitingWorkers(file: string, count: number): Worker[] {
  const started: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(file);
    let failed: Error | undefined;
    worker.on('error', e => (failed ??= e));
    worker.on('exit', code => (failed ??= new Error(`worker thread exited (${code})`)));
    worker.unref();
    waitingList().push({ file: path.resolve(file), worker, failed: () => failed });
    started.push(worker);
  }
  return started;
}

/** A worker of `file`: one started early when one waits (and is well), else a new one. */
export function startWorker(file: string): StartedWorker {
  const list = waitingList();
  const at = list.findIndex(w => w.file === path.resolve(file));
  if (at >= 0) {
    const [taken] = list.splice(at, 1);
    taken.worker.ref();
    return taken;
  }
  return { worker: new Worker(file), failed: () => undefined };
}

/** How many started workers wait for a pool. */
export function waitingWorkers(): number {
  return waitingList().length;
}

/** Stops the workers no pool took: the run has the threads it will use. */
export function dismissWaitingWorkers(): void {
  for (const { worker } of waitingList().splice(0)) void worker.terminate();
}
