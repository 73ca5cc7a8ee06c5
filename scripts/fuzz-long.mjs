#!/usr/bin/env node
// The long fuzz run of issue 7: `node scripts/fuzz-long.mjs [documents=100000] [seed]`.
// Needs the compiled tests (`npx tsc -p .`); prints progress and a final JSON line of figures.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../out/test/fuzz/long.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error(`${compiled} is missing: run 'npx tsc -p .' first`);
  process.exit(2);
}
createRequire(import.meta.url)(compiled);
