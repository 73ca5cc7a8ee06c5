/**
 * A worker thread of {@link WorkerPool} (`node:worker_threads`): reads, parses and summarises
 * workspace files, and for `unres check` holds the models of the files it parsed until asked for
 * their diagnostics. It runs the same language service as the main thread, so what it answers is
 * what the main thread would have computed.
 */
import { parentPort } from 'node:worker_threads';
import {
  bundledLayer,
  bundledRecord,
  computeDiagnostics,
  createCatalogLookup,
  parseDocument,
  summarizeFacts,
  summaryDataOf,
  summaryToData,
  type ResolutionDocument,
  type SummaryData,
} from '../languageService';
import { fileOf, readTextFileSync } from './files';
import { CHUNK_FILES, type WorkerReply, type WorkerRequest } from './threads';

const logs: string[] = [];
const log = (message: string) => logs.push(message);
/** The models `open` parsed, in the order received, until `diagnose`. */
const held: ResolutionDocument[] = [];

function answer(request: WorkerRequest, part: (from: number, result: readonly (SummaryData | null)[]) => void): WorkerReply['result'] {
  switch (request.kind) {
    case 'summarize': {
      // The next chunk is whichever no thread took yet: the threads balance themselves.
      const next = new Int32Array(request.next);
      for (let from = Atomics.add(next, 0, CHUNK_FILES); from < request.uris.length; from = Atomics.add(next, 0, CHUNK_FILES)) {
        part(
          from,
          request.uris.slice(from, from + CHUNK_FILES).map(uri => {
            const text = readDisk(uri);
            return text === undefined ? null : summaryDataOf(parseDocument(text, uri, 0));
          }),
        );
      }
      return [];
    }
    case 'open':
      // `unres check`: the diagnostics ask the index only for each document's catalog facts.
      return request.files.map(({ uri, file }) => {
        const text = readFile(file);
        if (text === undefined) return null;
        const model = parseDocument(text, uri, 0);
        held.push(model);
        return summaryToData(summarizeFacts(model));
      });
    case 'diagnose': {
      // As the service's getDiagnostics, with the catalog the main thread's index makes; each
      // document is checked once, so the rules keep nothing for a next run.
      const catalog = createCatalogLookup([...request.layers, bundledLayer()], bundledRecord());
      const onRuleError = (e: unknown) => log(`rule failed: ${String(e)}`);
      return held.map(doc => computeDiagnostics(doc, { catalog, config: request.config, onRuleError, once: true }));
    }
  }
}

function readDisk(uri: string): string | undefined {
  const file = fileOf(uri);
  return file === undefined ? undefined : readFile(file);
}

/**
 * As the main thread's workspaces read a file: `undefined` when it cannot be, logged unless it is
 * missing or unreadable. Read synchronously: this thread has nothing else to do meanwhile, and a
 * read through the thread pool cost a fifth of a scan in waiting.
 */
function readFile(file: string): string | undefined {
  try {
    return readTextFileSync(file);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) log(`${file}: ${(e as Error).message}`);
    return undefined;
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  const post = (reply: Omit<WorkerReply, 'logs'>) => parentPort!.postMessage({ ...reply, logs: logs.splice(0) } satisfies WorkerReply);
  try {
    post({ id: request.id, result: answer(request, (part, result) => post({ id: request.id, part, result })) });
  } catch (error) {
    post({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
