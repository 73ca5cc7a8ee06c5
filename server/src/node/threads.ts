/**
 * Worker threads for the two Node adapters: the server's first workspace scan and `unres check`
 * read, parse and summarise files on up to as many threads as the machine has cores
 * (`os.availableParallelism()`). Small inputs stay on the calling thread: starting a worker costs
 * about as much as parsing a hundred typical files.
 *
 * A scan's workers take their next chunk of files themselves, from a counter in shared memory: a
 * main thread busy with a request (the open document's diagnostics) does not hold them up. The
 * files of `unres check` are handed out in chunks, several in flight per worker.
 * Either way answers are passed on in the order of the files, so the index is built in the same
 * order as on one thread.
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import { summaryFromData, type CatalogEntry, type CancellationLike, type DocumentSummary, type RuleConfig, type SummaryData, type WorkspaceSummarizer } from '../languageService';
import { availableThreads, dismissWaitingWorkers, MIN_FILES_PER_THREAD, startWaitingWorkers, startWorker } from './workerStart';

export { availableThreads, MIN_FILES_PER_THREAD } from './workerStart';

/** The workers' script, beside this module: dist/worker.js next to the bundles, out/server/src/node/worker.js in the tests. */
const WORKER_FILE = path.join(__dirname, 'worker.js');
/** Files per request: small enough to balance the threads, large enough that messages are few. */
export const CHUNK_FILES = 16;
/**
 * Chunks of {@link WorkerPool.runChunks} sent ahead per thread: at ~1.5 ms a file, 8 × 16 files keep a
 * thread busy ~190 ms while the main thread parses a catalog (1.4 MB: ~120 ms). Each thread takes its
 * next chunk when one is answered, so the threads still end within about one chunk of each other.
 */
const CHUNKS_IN_FLIGHT = 8;

export type WorkerRequest =
  /** Summarise `uris`, {@link CHUNK_FILES} at a time, taking the next chunk's first index from the `Int32Array` over `next` (Atomics.add) until past the end. */
  | { readonly id: number; readonly kind: 'summarize'; readonly uris: readonly string[]; readonly next: SharedArrayBuffer }
  /** `unres check`: read and parse `files`, keeping the models until `diagnose`. */
  | { readonly id: number; readonly kind: 'open'; readonly files: readonly { readonly uri: string; readonly file: string }[] }
  | { readonly id: number; readonly kind: 'diagnose'; readonly layers: readonly (readonly CatalogEntry[])[]; readonly config: RuleConfig };

export interface WorkerReply {
  readonly id: number;
  /** `summarize`: one summary per file (`null`: unreadable); `open`: one summary of facts ({@link summarizeFacts}) per file; `diagnose`: the diagnostics of each held document. */
  readonly result?: readonly (SummaryData | null)[] | readonly Diagnostic[][];
  /** `summarize`: a part of the answer, `result` being the summaries of the files from this index on; the last reply has none. */
  readonly part?: number;
  readonly error?: string;
  readonly logs: readonly string[];
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** How many threads `files` files deserve, at most `max`: 1 means "stay on this thread". */
export function threadsFor(files: number, max: number = availableThreads(), minFilesPerThread = MIN_FILES_PER_THREAD): number {
  return Math.max(1, Math.min(max, Math.floor(files / minFilesPerThread)));
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  part?(reply: WorkerReply): void;
}

/** One worker and its requests in flight. */
class Thread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #dead: Error | undefined;

  constructor(log: (message: string) => void) {
    const started = startWorker(WORKER_FILE);
    this.#worker = started.worker;
    this.#dead = started.failed();
    this.#worker.on('message', (reply: WorkerReply) => {
      for (const line of reply.logs) log(line);
      const pending = this.#pending.get(reply.id);
      if (reply.part !== undefined && reply.error === undefined) return pending?.part?.(reply);
      this.#pending.delete(reply.id);
      pending?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.#dead ??= error;
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', code => fail(new Error(`worker thread exited (${code})`)));
  }

  /** Sends a request; `part` gets the replies that answer a part of it (`summarize`). */
  request(request: Request, part?: (reply: WorkerReply) => void): Promise<WorkerReply> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, part });
      this.#worker.postMessage({ ...request, id });
    }).then(reply => {
      if (reply.error !== undefined) throw new Error(`worker thread: ${reply.error}`);
      return reply;
    });
  }

  async close(): Promise<void> {
    this.#dead ??= new Error('worker thread closed');
    await this.#worker.terminate();
  }
}

/** A fixed set of worker threads. */
export class WorkerPool {
  readonly #threads: Thread[];

  constructor(threads: number, log: (message: string) => void = () => {}) {
    this.#threads = Array.from({ length: Math.max(1, threads) }, () => new Thread(log));
  }

  get size(): number {
    return this.#threads.length;
  }

  /**
   * Runs `chunks` on the threads, each chunk on the next free thread ({@link CHUNKS_IN_FLIGHT} in
   * flight per thread, so a thread has work queued while the main thread is busy elsewhere, as
   * `unres check` is with the catalog files while its threads parse), and passes the
   * answers to `done` in the order of the chunks. A chunk whose thread failed is passed over
   * (`done` is not called for it) once every other chunk is answered. Returns, per chunk, the
   * thread that ran it; a thread runs its chunks in the order of the chunks.
   */
  async runChunks<C, R>(chunks: readonly C[], request: (chunk: C) => Request, done: (chunk: C, result: R) => void, token?: CancellationLike): Promise<(number | undefined)[]> {
    const results: ({ result: R } | null | undefined)[] = new Array(chunks.length);
    const ranOn: (number | undefined)[] = new Array(chunks.length);
    let next = 0;
    let flushed = 0;
    const flush = (all: boolean) => {
      while (flushed < chunks.length && (results[flushed] !== undefined || all)) {
        const r = results[flushed];
        if (r) done(chunks[flushed], r.result);
        flushed++;
      }
    };
    const loop = async (t: number) => {
      while (next < chunks.length && !token?.isCancellationRequested) {
        const i = next++;
        try {
          const reply = await this.#threads[t].request(request(chunks[i]));
          results[i] = { result: reply.result as R };
          ranOn[i] = t;
        } catch {
          results[i] = null;
          return;
        }
        flush(false);
      }
    };
    await Promise.all(this.#threads.flatMap((_, t) => Array.from({ length: CHUNKS_IN_FLIGHT }, () => loop(t))));
    flush(true);
    return ranOn;
  }

  /**
   * Every thread takes the next chunk of {@link CHUNK_FILES} of `uris` to summarise itself, until
   * none is left; `take` gets the answers in the order of `uris`. A cancelled `token` stops the
   * threads at their next chunk. Files of a chunk whose thread failed get no answer.
   */
  async summarizeAll(uris: readonly string[], take: (uri: string, summary: SummaryData | null) => void, token?: CancellationLike): Promise<void> {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const parts = new Map<number, readonly (SummaryData | null)[]>();
    let flushed = 0;
    const flush = (all: boolean) => {
      for (;;) {
        let from = flushed;
        if (!parts.has(from)) {
          // A failed thread's chunk never comes: at the end, go on with the next one answered.
          if (!all || parts.size === 0) return;
          from = Math.min(...parts.keys());
        }
        const found = parts.get(from)!;
        parts.delete(from);
        found.forEach((summary, i) => take(uris[from + i], summary));
        flushed = from + found.length;
      }
    };
    const part = (reply: WorkerReply) => {
      if (token?.isCancellationRequested) {
        Atomics.store(next, 0, uris.length);
        return;
      }
      parts.set(reply.part!, reply.result as (SummaryData | null)[]);
      flush(false);
    };
    await Promise.all(this.#threads.map(t => t.request({ kind: 'summarize', uris, next: next.buffer as SharedArrayBuffer }, part).catch(() => undefined)));
    if (!token?.isCancellationRequested) flush(true);
  }

  /** Asks every thread the same thing; `undefined` for a thread that failed. */
  all<R>(request: Request): Promise<(R | undefined)[]> {
    return Promise.all(
      this.#threads.map(t =>
        t.request(request).then(
          reply => reply.result as R,
          () => undefined,
        ),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map(t => t.close()));
  }
}

/** Cuts `items` into chunks of at most {@link CHUNK_FILES} items. */
export function chunked<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_FILES) chunks.push(items.slice(i, i + CHUNK_FILES));
  return chunks;
}

/** Summarises files on the threads of `pool`, passing the summaries on in the order of `uris`. */
export async function summarizeOnPool(
  pool: WorkerPool,
  uris: readonly string[],
  take: (uri: string, summary: DocumentSummary | undefined) => void,
  token?: CancellationLike,
): Promise<void> {
  await pool.summarizeAll(uris, (uri, found) => take(uri, found ? summaryFromData(found) : undefined), token);
}

/** The server's summarizer, which may start its threads before the scan asks for them. */
export interface ThreadSummarizer extends WorkspaceSummarizer {
  /**
   * The workspace has `files` `.unres` files: the threads a scan of them needs start now and load
   * while the server answers its first requests (their bundle takes ~50 ms each); the scan takes
   * them. Nothing once a scan began.
   */
  prepare(files: number): void;
}

/**
 * The server's summarizer: for a scan of enough files, starts threads (or takes those {@link
 * ThreadSummarizer.prepare} started), summarises, and stops them (their memory goes back once the
 * scan is done); for a small one, declines.
 */
export function threadSummarizer(options: { readonly maxThreads?: number; readonly minFilesPerThread?: number; readonly log?: (message: string) => void } = {}): ThreadSummarizer {
  let began = false;
  return {
    prepare(files) {
      const threads = threadsFor(files, options.maxThreads, options.minFilesPerThread);
      if (!began && threads > 1) startWaitingWorkers(WORKER_FILE, threads);
    },
    async summarize(uris, take, token) {
      began = true;
      const threads = threadsFor(uris.length, options.maxThreads, options.minFilesPerThread);
      const pool = threads > 1 ? new WorkerPool(threads, options.log) : undefined;
      // Threads prepared for more files than the scan found would only wait.
      dismissWaitingWorkers();
      if (!pool) return;
      try {
        await summarizeOnPool(pool, uris, take, token);
      } finally {
        // The scan is done once the last summary is taken: the threads stop meanwhile (~20 ms to
        // tear down their heaps), not before the index is complete.
        void pool.close().catch(() => undefined);
      }
    },
  };
}
