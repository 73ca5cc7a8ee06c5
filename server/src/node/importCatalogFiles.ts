/**
 * CSV catalogues and UN Digital Library MARCXML in, one catalog file out: what `unres catalog
 * import` and the VS Code command "Import catalog…" (request `unres/importCatalog`) both do.
 */
import { importCatalog, serializeCatalog } from './catalogImport';
import type { CatalogEntry } from '../languageService/catalog/types';

export interface ImportedCatalog {
  /** The catalog file's text (contract §5): one entry per line, the first entry of a symbol kept. */
  readonly json: string;
  readonly entries: number;
  /** Per input file: how many entries it gave and what it skipped or doubted. */
  readonly reports: readonly string[];
}

export function importCatalogFiles(files: readonly { readonly name: string; readonly text: string }[]): ImportedCatalog {
  const entries: CatalogEntry[] = [];
  const reports: string[] = [];
  for (const { name, text } of files) {
    const result = importCatalog(text, name);
    // Not push(...entries): an import of 200,000 records is more arguments than the stack holds.
    for (const entry of result.entries) entries.push(entry);
    reports.push(`${name}: ${result.entries.length} entries` + (result.warnings.length ? `; ${result.warnings.join('; ')}` : ''));
  }
  const json = serializeCatalog(entries);
  return { json, entries: new Set(entries.map(e => e.symbol)).size, reports };
}
