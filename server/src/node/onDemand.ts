/**
 * Parts of the server and the command line loaded on first use, each bundled in a file of its own
 * beside `dist/server.js` and `dist/cli.js` (scripts/build.mjs), so that code most sessions never
 * run is neither compiled nor run at every start:
 * - the importer (PDF.js, mammoth: "Import official text…", `unres import`), 3.6 MB, a quarter of a
 *   second to load; `unres check` never loads it;
 * - the converters (the `docx` package, csv-parse, fast-xml-parser: "Export as Word…", "Import
 *   catalog…", the UN Digital Library's MARCXML; `unres export --to docx`, `unres catalog import`),
 *   0.7 MB, a sixth of the server's start-up CPU and a third of the command line's bundle.
 * Compiled by tsc (tests, `out/`), each is the module it names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A loader of `bundle` (a file beside this bundle), else of the module `local` (relative to this file). */
function onDemand<T>(bundle: string, local: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded) return loaded;
    const bundled = path.join(__dirname, bundle);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(fs.existsSync(bundled) ? bundled : local) as T;
    return loaded;
  };
}

export const loadImporter = onDemand<typeof import('../import')>('importer.js', '../import');
export const loadConverters = onDemand<typeof import('./converters')>('converters.js', './converters');
