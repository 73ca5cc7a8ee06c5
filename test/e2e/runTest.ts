// The standard runner, for machines where VS Code can be downloaded: `@vscode/test-electron` fetches
// a VS Code build and runs the same extension-host suite (test/e2e/suite) in it. CI cannot reach a
// VS Code download and runs test/e2e/run.ts (code-server) instead.
// Usage: npm run test:electron [-- VERSION]
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { freePort } from './codeServer';
import { standInLibraryEnv } from './digitalLibrary';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  // The suite edits and adds files: give it a copy of the examples, as the code-server run does.
  const workspace = join(mkdtempSync(join(tmpdir(), 'unres-e2e-electron-')), 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const extensionTestsEnv = standInLibraryEnv(await freePort(), join(workspace, '..'));
  await runTests({
    extensionTestsEnv,
    version: process.argv[2] ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch(e => {
  console.error(`the @vscode/test-electron run failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
