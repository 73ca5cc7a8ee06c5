// Headless Chromium (Debian's) driven by playwright-core: opens the code-server workbench.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Log } from './codeServer';

/** Where Debian's chromium lives, unless `UNRES_E2E_CHROMIUM` names another. */
export function chromiumPath(): string {
  return process.env.UNRES_E2E_CHROMIUM || '/usr/bin/chromium';
}

/** Whether a Chromium to drive is installed. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Launches headless Chromium with no sandbox (we run as root), no GPU and no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
      '--metrics-recording-only',
      '--disable-domain-reliability',
    ],
  });
}

/** A page of 1400×900 CSS pixels whose console errors go to the log. */
export async function openPage(browser: Browser, log: Log): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', e => log(`[page error] ${e.message}`));
  return page;
}

/** What VS Code's extension test runner reports through the page. */
export interface ExtensionTestResult {
  exitCode: number;
  /** The extension host's log files, when the workbench sends them. */
  logs: { relativePath: string; contents: string }[];
}

/**
 * Runs an extension test suite in the workbench: opens `folder` with `extensionDevelopmentPath` and
 * `extensionTestsPath` in the URL payload, forwards `codeAutomationLog` lines to `onLog`, and
 * resolves with what `codeAutomationExit` receives, or rejects after `timeoutMs`.
 */
export async function runExtensionTests(
  page: Page,
  serverUrl: string,
  options: {
    folder: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    timeoutMs: number;
    /** Receives every line the workbench and the extension host log, with its level. */
    onLog: (level: string, line: string) => void;
  },
): Promise<ExtensionTestResult> {
  const authority = new URL(serverUrl).host;
  const remote = (path: string) => `vscode-remote://${authority}${path}`;
  let finish!: (result: ExtensionTestResult) => void;
  const finished = new Promise<ExtensionTestResult>(resolve => {
    finish = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = (Array.isArray(args) ? args : [args]).map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    for (const line of text.replace(/\n$/, '').split('\n')) options.onLog(String(type), line);
  });
  await page.exposeFunction('codeAutomationExit', (exitCode: number, logs?: ExtensionTestResult['logs']) => {
    finish({ exitCode, logs: Array.isArray(logs) ? logs : [] });
  });
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(options.extensionTestsPath)],
  ]);
  const url = `${serverUrl}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${options.timeoutMs} ms`)), options.timeoutMs);
  });
  try {
    return await Promise.race([finished, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
