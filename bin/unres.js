#!/usr/bin/env node
// `unres check` of a folder starts its worker threads first, so they load while the CLI compiles.
require('../dist/start.js').startCheckThreads(process.argv.slice(2));
require('../dist/cli.js');
