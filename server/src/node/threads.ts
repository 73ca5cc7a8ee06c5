/**
 * Worker threads for the two Node adapters: the server's first workspace scan and `unres check`
 * read, parse and summarise files on up to as many threads as the machine has cores
 * (`os.availableParallelism()`). Small inputs stay on the calling thread: starting a worker costs
 * about as much as parsing a hundred typical files.
 *
 * Work is handed out in chunks of files to whichever worker is free, and answers are passed on in
 * the order of the files, so the index is built in the same order as on one thread.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import { summaryFromData, type CatalogEntry, type CancellationLike, type DocumentSummary, type RuleConfig, type SummaryData, type WorkspaceSummarizer } from '../languageService';

/** Below this many files per thread, a worker does not pay for its start. */
export const MIN_FILES_PER_THREAD = 100;
/** Files per request: small enough to balance the threads, large enough that messages are few. */
const CHUNK_FILES = 16;
/** …or fewer files when they are large (texts sent to a worker for `open`). */
const CHUNK_CHARS = 512 * 1024;

export type WorkerRequest =
  | { readonly id: number; readonly kind: 'summarize'; readonly uris: readonly string[] }
  | { readonly id: number; readonly kind: 'open'; readonly documents: readonly { readonly uri: string; readonly text: string }[] }
  | { readonly id: number; readonly kind: 'diagnose'; readonly layers: readonly (readonly CatalogEntry[])[]; readonly config: RuleConfig };

export interface WorkerReply {
  readonly id: number;
  /** `summarize` and `open`: one summary per file (`null`: unreadable); `diagnose`: the diagnostics of each held document. */
  readonly result?: readonly (SummaryData | null)[] | readonly Diagnostic[][];
  readonly error?: string;
  readonly logs: readonly string[];
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The cores this process may use. */
export function availableThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** How many threads `files` files deserve, at most `max`: 1 means "stay on this thread". */
export function threadsFor(files: number, max: number = availableThreads(), minFilesPerThread = MIN_FILES_PER_THREAD): number {
  return Math.max(1, Math.min(max, Math.floor(files / minFilesPerThread)));
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

/** One worker and its requests in flight. */
class Thread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #dead: Error | undefined;

  constructor(log: (message: string) => void) {
    // Beside this module: dist/worker.js next to the bundles, out/server/src/node/worker.js in the tests.
    this.#worker = new Worker(path.join(__dirname, 'worker.js'));
    this.#worker.on('message', (reply: WorkerReply) => {
      for (const line of reply.logs) log(line);
      const pending = this.#pending.get(reply.id);
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

  request(request: Request): Promise<WorkerReply> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
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
   * Runs `chunks` on the threads, each chunk on the next free thread, and passes the answers to
   * `done` in the order of the chunks. A chunk whose thread failed is passed over (`done` is not
   * called for it) once every other chunk is answered. Returns, per chunk, the thread that ran it.
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
    await Promise.all(this.#threads.map((_, t) => loop(t)));
    flush(true);
    return ranOn;
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

/** Cuts `items` into chunks of at most {@link CHUNK_FILES} items and about {@link CHUNK_CHARS} characters. */
export function chunked<T>(items: readonly T[], size: (item: T) => number = () => 0): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    current.push(item);
    chars += size(item);
    if (current.length >= CHUNK_FILES || chars >= CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Summarises files on the threads of `pool`, passing the summaries on in the order of `uris`. */
export async function summarizeOnPool(
  pool: WorkerPool,
  uris: readonly string[],
  take: (uri: string, summary: DocumentSummary | undefined) => void,
  token?: CancellationLike,
): Promise<void> {
  await pool.runChunks<string[], (SummaryData | null)[]>(
    chunked(uris),
    chunk => ({ kind: 'summarize', uris: chunk }),
    (chunk, found) => chunk.forEach((uri, i) => take(uri, found[i] ? summaryFromData(found[i]!) : undefined)),
    token,
  );
}

/**
 * The server's summarizer: for a scan of enough files, starts threads, summarises, and stops them
 * (their memory goes back once the scan is done); for a small one, declines.
 */
export function threadSummarizer(
  options: { readonly maxThreads?: number; readonly minFilesPerThread?: number; readonly log?: (message: string) => void } = {},
): WorkspaceSummarizer {
  return {
    async summarize(uris, take, token) {
      const threads = threadsFor(uris.length, options.maxThreads, options.minFilesPerThread);
      if (threads < 2) return;
      const pool = new WorkerPool(threads, options.log);
      try {
        await summarizeOnPool(pool, uris, take, token);
      } finally {
        await pool.close();
      }
    },
  };
}
