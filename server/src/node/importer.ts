/**
 * The importer (PDF.js, mammoth), loaded on first use by the server and by `unres import`: PDF.js
 * is large (3.6 MB of the command line's bundle, a quarter of a second to load), so the bundles
 * keep it in its own file (`dist/importer.js`, beside `dist/server.js` and `dist/cli.js`) and
 * `unres check` never loads it. Compiled by tsc, it is the module `../import`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Importer = typeof import('../import');

let importer: Importer | undefined;

export function loadImporter(): Importer {
  if (importer) return importer;
  const bundled = path.join(__dirname, 'importer.js');
  const local = '../import';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  importer = require(fs.existsSync(bundled) ? bundled : local) as Importer;
  return importer;
}
