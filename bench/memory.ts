/**
 * Memory per open document, measured in the benchmark process on the language service itself:
 * the heap that stays reachable (after a full garbage collection) once `copies` copies of a
 * document are open through the façade, divided among them. It counts each document's text, its
 * model, its parse cache and its index summary: what the server keeps per open document besides the
 * protocol library's copy of the text. Resident memory seen from outside cannot tell that from
 * garbage not yet collected.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { createLanguageService, InMemoryWorkspace } from '../server/src/languageService';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** MB of heap retained per open copy of `text` (diagnostics of each computed). */
export function retainedPerOpenMB(text: string, copies: number): number {
  const service = createLanguageService({ workspace: new InMemoryWorkspace() });
  // A distinct, flat string per copy, as each editor document has its own.
  const texts = Array.from({ length: copies }, (_, i) => JSON.parse(JSON.stringify(`${text}\n<!-- copy ${i} -->\n`)) as string);
  const warm = { uri: 'file:///bench/warm.unres', version: 1, getText: () => text.slice(0, 20_000) };
  service.getDiagnostics(warm);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < copies; i++) service.getDiagnostics({ uri: `file:///bench/memory-${i}.unres`, version: 1, getText: () => texts[i] });
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the service and the texts alive until measured.
  if (service.getModel(warm).uri !== warm.uri || texts.length !== copies) throw new Error('unreachable');
  return Math.round(((after - before) / copies / 1024 / 1024) * 10) / 10;
}
