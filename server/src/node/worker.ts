/**
 * A worker thread of {@link WorkerPool} (`node:worker_threads`): reads, parses and summarises
 * workspace files, and for `unres check` holds the models of the files it parsed until asked for
 * their diagnostics. It runs the same language service as the main thread, so what it answers is
 * what the main thread would have computed.
 */
import { parentPort } from 'node:worker_threads';
import { bundledLayer, bundledRecord, computeDiagnostics, createCatalogLookup, parseDocument, summarize, summaryToData, type ResolutionDocument } from '../languageService';
import { fileOf, readTextFile } from './files';
import type { WorkerReply, WorkerRequest } from './threads';

const logs: string[] = [];
const log = (message: string) => logs.push(message);
/** The models `open` parsed, in the order received, until `diagnose`. */
const held: ResolutionDocument[] = [];

async function answer(request: WorkerRequest): Promise<WorkerReply['result']> {
  switch (request.kind) {
    case 'summarize': {
      const found = [];
      for (const uri of request.uris) {
        const text = await readDisk(uri);
        found.push(text === undefined ? null : summaryToData(summarize(parseDocument(text, uri, 0))));
      }
      return found;
    }
    case 'open':
      return request.documents.map(({ uri, text }) => {
        const model = parseDocument(text, uri, 0);
        held.push(model);
        return summaryToData(summarize(model));
      });
    case 'diagnose': {
      // As the service's getDiagnostics, with the catalog the main thread's index makes.
      const catalog = createCatalogLookup([...request.layers, bundledLayer()], bundledRecord());
      const onRuleError = (e: unknown) => log(`rule failed: ${String(e)}`);
      return held.map(doc => computeDiagnostics(doc, { catalog, config: request.config, onRuleError }));
    }
  }
}

/** As the main thread's workspaces read a file: `undefined` when it cannot be, logged unless it is missing or unreadable. */
async function readDisk(uri: string): Promise<string | undefined> {
  const file = fileOf(uri);
  if (file === undefined) return undefined;
  try {
    return await readTextFile(file);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) log(`${file}: ${(e as Error).message}`);
    return undefined;
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  answer(request).then(
    result => parentPort!.postMessage({ id: request.id, result, logs: logs.splice(0) } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error), logs: logs.splice(0) } satisfies WorkerReply),
  );
});
