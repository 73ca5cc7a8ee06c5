// The real-editor suite, as CI runs it (`npm test` calls this after mocha):
//   1. installs code-server 4.100.3 into a cache folder (first run only) and packages the VSIX;
//   2. runs the mocha suite in test/e2e/suite inside code-server's extension host, with the
//      extension loaded from the working tree (extensionDevelopmentPath);
//   3. installs the VSIX with `code-server --install-extension` and checks, through the page, that
//      it activates, highlights, lists problems, hovers and completes; takes the screenshots.
// Skips with a message only off CI on a machine without Chromium. Exit status 1 on any failure.
// Environment: UNRES_E2E_CACHE (cache folder), UNRES_E2E_CHROMIUM (browser), UNRES_E2E_KEEP=1
// (keep the run folder), UNRES_E2E_SCREENSHOTS=update (write the committed screenshots),
// UNRES_E2E=skip (skip it on a developer machine; ignored when CI is set).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, hasChromium, launchBrowser, openPage, runExtensionTests } from './browser';
import { CODE_SERVER_VERSION, ensureCodeServer, freePort, installExtension, startCodeServer, type CodeServer } from './codeServer';
import { standInLibraryEnv } from './digitalLibrary';
import { REPORT_PREFIX } from './suite/index';
import { runUiChecks } from './ui';
import { runImportUiChecks } from './uiImport';
import { checkRecorder, type CheckOutcome } from './wait';

const ROOT = resolve(__dirname, '..', '..', '..');
const EXTENSION_ID = 'unres.unres';
const started = Date.now();
const log = (line: string) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

function isCi(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

async function main(): Promise<number> {
  if (process.env.UNRES_E2E === 'skip') {
    if (!isCi()) {
      console.log('e2e: SKIPPED the real-editor suite (UNRES_E2E=skip).');
      return 0;
    }
    log('UNRES_E2E=skip is ignored in CI: the real-editor suite always runs there');
  }
  if (process.platform !== 'linux' || !hasChromium()) {
    const why =
      process.platform !== 'linux'
        ? `the code-server suite runs on Linux only (this is ${process.platform}); see test/e2e/runTest.ts`
        : `no Chromium at ${chromiumPath()} (apt-get install chromium, or set UNRES_E2E_CHROMIUM)`;
    if (isCi()) {
      console.error(`e2e: cannot run in CI: ${why}`);
      return 1;
    }
    console.log(`e2e: SKIPPED the real-editor suite: ${why}.`);
    return 0;
  }

  const base = mkdtempSync(join(tmpdir(), 'unres-e2e-'));
  const outcomes: CheckOutcome[] = [];
  let hostCounts = { passed: 0, failed: 0 };
  const step = checkRecorder(outcomes, log);

  log(`code-server ${CODE_SERVER_VERSION}, Chromium ${chromiumPath()}, run folder ${base}`);
  let entry = '';
  await step(`code-server ${CODE_SERVER_VERSION} is installed`, () => {
    entry = ensureCodeServer(log);
  });
  const vsix = join(base, 'unres.vsix');
  await step('npm run package builds a VSIX under 5 MB', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    for (const line of `${result.stdout}${result.stderr}`.trim().split('\n')) log(`  ${line}`);
    if (result.status !== 0) throw new Error(`scripts/package.mjs exited with ${result.status}`);
  });
  if (!entry) return summary(outcomes, hostCounts, base);

  await step('the extension-host suite passes in code-server', async () => {
    const workspace = makeWorkspace(join(base, 'workspace-host'));
    const pageLog = join(base, 'extension-host.log');
    const env = standInLibraryEnv(await freePort(), join(base, 'host'));
    await withWorkbench(entry, join(base, 'host'), undefined, env, async (server, page) => {
      const result = await runExtensionTests(page, server.url, {
        folder: workspace,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
        timeoutMs: 5 * 60_000,
        onLog: (level, line) => {
          appendFileSync(pageLog, `${level}: ${line}\n`);
          const at = line.indexOf(REPORT_PREFIX);
          if (at < 0) return;
          const report = line.slice(at + REPORT_PREFIX.length);
          log(`  ${report}`);
          const counts = /^extension host: (\d+) passed, (\d+) failed$/.exec(report);
          if (counts) hostCounts = { passed: Number(counts[1]), failed: Number(counts[2]) };
        },
      });
      if (result.exitCode !== 0) {
        throw new Error(`the extension host exited with ${result.exitCode} (workbench log: ${pageLog})`);
      }
    });
  });

  const vsixRun = join(base, 'vsix');
  const extensions = join(vsixRun, 'extensions');
  if (outcomes.find(o => o.name.startsWith('npm run package'))?.error) return summary(outcomes, hostCounts, base);
  await step('code-server --install-extension installs the VSIX', () => {
    mkdirSync(extensions, { recursive: true });
    installExtension(entry, vsix, extensions, vsixRun);
    const list = spawnSync(process.execPath, [entry, '--extensions-dir', extensions, '--list-extensions'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: join(vsixRun, 'tmp') },
    });
    if (!list.stdout.split('\n').some(l => l.trim() === EXTENSION_ID)) {
      throw new Error(`${EXTENSION_ID} is not listed after the install:\n${list.stdout}${list.stderr}`);
    }
  });

  if (outcomes.at(-1)?.error === undefined) {
    log('UI check with the installed VSIX:');
    const workspace = makeWorkspace(join(base, 'workspace-ui'));
    const final = process.env.UNRES_E2E_SCREENSHOTS === 'update';
    await step('the workbench with the VSIX', () =>
      withWorkbench(entry, vsixRun, extensions, undefined, async (server, page) => {
        const options = {
          page,
          serverUrl: server.url,
          workspace,
          log,
          expectedProblems: expectedProblems(workspace),
          screenshots: { dir: join(ROOT, 'test', 'e2e', 'screenshots'), final },
        };
        outcomes.push(...(await runUiChecks(options)));
        outcomes.push(...(await runImportUiChecks(options)));
      }),
    );
  }
  return summary(outcomes, hostCounts, base);
}

/** A fresh workspace: a copy of examples/, so edits and new files stay out of the project. */
function makeWorkspace(dir: string): string {
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
}

/** The messages `unres check` gives for faulty.unres, hints aside (the Problems panel omits them). */
function expectedProblems(workspace: string): string[] {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'unres.js'), 'check', '--format', 'json', 'faulty.unres'], { cwd: workspace, encoding: 'utf8' });
  const diagnostics = JSON.parse(result.stdout || '[]') as { severity: string; message: string }[];
  if (diagnostics.length === 0) throw new Error(`unres check found nothing in faulty.unres: ${result.stderr}`);
  return diagnostics.filter(d => d.severity !== 'hint').map(d => d.message);
}

/** Starts code-server and a browser page, runs `body`, and stops both whatever happens. */
async function withWorkbench(
  entry: string,
  runDir: string,
  extensionsDir: string | undefined,
  env: Record<string, string> | undefined,
  body: (server: CodeServer, page: import('playwright-core').Page) => Promise<void>,
): Promise<void> {
  const server = await startCodeServer({ entry, runDir, extensionsDir, env, log });
  try {
    const browser = await launchBrowser();
    try {
      await body(server, await openPage(browser, log));
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    appendFileSync(join(runDir, 'code-server.log'), server.output());
  }
}

function summary(outcomes: CheckOutcome[], host: { passed: number; failed: number }, base: string): number {
  // The extension-host suite counts as its own tests, not as one step.
  const passed = outcomes.filter(o => !o.error).length + host.passed;
  const failed = outcomes.filter(o => o.error).length + host.failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failed === 0 && process.env.UNRES_E2E_KEEP !== '1') rmSync(base, { recursive: true, force: true });
  else log(`run folder kept for inspection: ${base}`);
  console.log(`real-editor suite (code-server ${CODE_SERVER_VERSION}) took ${seconds} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  code => {
    process.exitCode = code;
  },
  e => {
    console.error(e);
    process.exitCode = 1;
  },
);
