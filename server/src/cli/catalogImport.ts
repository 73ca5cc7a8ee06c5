/** `unres catalog import`: CSV or MARCXML in, a catalog file out. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { importCatalog, serializeCatalog } from '../languageService/catalog/import';
import type { CatalogEntry } from '../languageService/catalog/types';
import type { ImportArgs } from './args';
import { readNamedFile } from './files';

export async function runCatalogImport(args: ImportArgs): Promise<number> {
  const entries: CatalogEntry[] = [];
  for (const file of args.files) {
    const text = await readNamedFile(file);
    const result = importCatalog(text, path.basename(file));
    // Not push(...entries): an import of 200,000 records is more arguments than the stack holds.
    for (const entry of result.entries) entries.push(entry);
    process.stderr.write(`${file}: ${result.entries.length} entries` + (result.warnings.length ? `; ${result.warnings.join('; ')}` : '') + '\n');
  }
  const json = serializeCatalog(entries);
  if (args.out) await fs.writeFile(args.out, json);
  else process.stdout.write(json);
  return 0;
}
