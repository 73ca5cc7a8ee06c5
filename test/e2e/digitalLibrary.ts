// The UN Digital Library of the extension-host suite: the runner (run.ts, runTest.ts) picks a free
// port and points the language server at it through the environment, which code-server passes on to
// the extension host and the client to the server; test/e2e/suite/catalog.e2e.ts starts and stops a
// stand-in (test/util/digitalLibraryStandIn.ts) on that port, so it can answer, fail or be gone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The variable that tells the suite the stand-in's port. */
export const LIBRARY_PORT_VARIABLE = 'UNRES_E2E_LIBRARY_PORT';

/** The environment of a workbench whose server asks the stand-in on `port`, caching answers under `runDir`. */
export function standInLibraryEnv(port: number, runDir: string): Record<string, string> {
  const cache = join(runDir, 'library-cache');
  mkdirSync(cache, { recursive: true });
  return {
    UNRES_DIGITAL_LIBRARY_URL: `http://127.0.0.1:${port}`,
    UNRES_CACHE_DIR: cache,
    [LIBRARY_PORT_VARIABLE]: String(port),
  };
}
