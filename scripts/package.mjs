// Builds the VSIX: bundles with esbuild (scripts/build.mjs), packages with @vscode/vsce, then checks
// what went in. Usage: node scripts/package.mjs [--out FILE]. Prints the VSIX path last.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const vsix = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, `${pkg.name}-${pkg.version}.vsix`);
// Issue 13: the VSIX stays under 5 MB with the catalog, the importer and the exporters of this round.
const MAX_BYTES = 5_000_000;

const fail = message => {
  console.error(`package: ${message}`);
  process.exit(1);
};
const run = (file, args) => {
  try {
    return execFileSync(file, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    // The tool has said why on standard error already.
    return fail(`${basename(args[0])} ${args[1] ?? ''} exited with ${e.status ?? e.signal}`);
  }
};

run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/worker.js', 'dist/importer.js', 'dist/converters.js']) {
  if (!existsSync(join(root, bundle))) fail(`${bundle} is missing after the build`);
}

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// Everything the extension runs is bundled, so no dependencies; the README's screenshots ship
// inside the VSIX and stay relative (there is no public repository to rewrite them to).
const common = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'README.marketplace.md'];
run(process.execPath, [vsce, 'package', ...common, '--out', vsix]);

// Check the package itself rather than trust the ignore file.
const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
const files = listing.filter(f => f.startsWith('extension/')).map(f => f.slice('extension/'.length));
// The server loads the importer and the converters on first use (server/src/node/onDemand.ts).
const required = ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/worker.js', 'dist/importer.js', 'dist/converters.js', 'LICENSE.txt', 'CHANGELOG.md', 'readme.md'];
const lower = new Set(files.map(f => f.toLowerCase()));
const missing = required.filter(f => !lower.has(f.toLowerCase()));
if (missing.length) fail(`the VSIX lacks ${missing.join(', ')}; it has:\n  ${files.join('\n  ')}`);
const forbidden = files.filter(f => /(^|\/)node_modules\/|^out\/|^server\/|^client\/|\.map$|\.ts$|\.test\.js$|\.tmp\.png$|^dist\/cli\.js$/.test(f));
if (forbidden.length) fail(`the VSIX must not contain ${forbidden.join(', ')}`);
const size = statSync(vsix).size;
if (size > MAX_BYTES) fail(`the VSIX is ${size} bytes, over the ${MAX_BYTES} limit`);

console.log(`package: ${files.length} files, ${(size / 1024).toFixed(0)} KiB`);
console.log(vsix);
