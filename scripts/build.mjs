// Bundles what ships with esbuild: the CLI, the language server and the VS Code client.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's UMD build requires its modules dynamically; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  define: { UNRES_VERSION: JSON.stringify(pkg.version) },
};
// PDF.js (the importer's) reads import.meta.url, which a CommonJS bundle has not: give it the bundle's own.
const importMeta = { define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" } };
const entries = [
  // xmllint-wasm loads its .wasm file beside its own module: required at run time, not bundled.
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', ...importMeta, external: [...(importMeta.external ?? []), 'xmllint-wasm'] },
  // What bin/unres.js runs before the CLI: the early start of `unres check`'s worker threads (server/src/cli/start.ts).
  { entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/start.js' },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  // The importer (PDF.js, mammoth), which the server loads on the first "Import official text…".
  { entryPoints: ['server/src/import/index.ts'], outfile: 'dist/importer.js', minify: true, ...importMeta },
  // The Word writer and the catalog importers, which the server loads on first use (server/src/node/onDemand.ts).
  { entryPoints: ['server/src/node/converters.ts'], outfile: 'dist/converters.js' },
  // The worker threads of the server's workspace scan and of `unres check` (server/src/node/threads.ts).
  { entryPoints: ['server/src/node/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];
await Promise.all(entries.filter(e => existsSync(e.entryPoints[0])).map(e => build({ ...common, ...e })));
