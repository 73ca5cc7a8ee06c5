/** Our server, started as a user's editor starts it: `node --max-semi-space-size=8 dist/server.js --stdio`. */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient } from './lspClient';

/** The repository root (this file runs from `out/bench/`). */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The `unres` settings an editor sends by default. */
export const UNRES_SETTINGS = { rules: {}, catalogs: [], inlayHints: {} };

/** The Node flags the VS Code client starts the server with (`SERVER_NODE_FLAGS` in client/src/extension.ts). */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** Starts our server on a workspace folder (or none), with the client's Node flags and `nodeFlags`, and initializes it. */
export async function startOurs(root: string | null, nodeFlags: readonly string[] = [], beforeInit?: (client: LspClient) => void): Promise<LspClient> {
  const client = new LspClient({
    command: path.join(ROOT, 'dist', 'server.js'),
    args: ['--stdio'],
    cwd: root ?? ROOT,
    rootUri: root ? URI.file(root).toString() : null,
    settings: section => (section === 'unres' || section === undefined ? UNRES_SETTINGS : null),
    nodeFlags: [...SERVER_NODE_FLAGS, ...nodeFlags],
  });
  beforeInit?.(client);
  await client.initialize();
  return client;
}
