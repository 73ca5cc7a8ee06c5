// The UI check: drives the code-server workbench like a drafter, with the VSIX installed, and
// takes the screenshots the marketplace README shows. Every step waits for what it expects.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { bundledCatalog } from '../../server/src/languageService/catalog/bundled';
import type { Log } from './codeServer';
import { checkRecorder, waitFor, type CheckOutcome } from './wait';
import { runEditingChecks } from './uiEditing';

/** What a UI check needs to know. */
export interface UiCheckOptions {
  page: Page;
  serverUrl: string;
  /** The workspace folder to open (a fresh copy of examples/). */
  workspace: string;
  /** Messages of the diagnostics the Problems panel must list for faulty.unres. */
  expectedProblems: readonly string[];
  /** Where screenshots go; `final` names them `NAME.png` (committed), else `NAME.tmp.png`. */
  screenshots: { dir: string; final: boolean };
  log: Log;
}

export const UI_TIMEOUT = Number(process.env.UNRES_E2E_UI_TIMEOUT) || 30_000;

/** Runs the UI checks in order; one that fails does not stop the others. */
export async function runUiChecks(options: UiCheckOptions): Promise<CheckOutcome[]> {
  const { page, log } = options;
  const outcomes: CheckOutcome[] = [];
  const check = checkRecorder(outcomes, log, '  ', () =>
    shot(options, `failed-${outcomes.length}`, false).then(
      () => undefined,
      () => undefined,
    ),
  );

  await check('the workbench opens the workspace', async () => {
    await page.goto(`${options.serverUrl}/?folder=${encodeURIComponent(options.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.explorer-folders-view').getByText('faulty.unres').waitFor({ timeout: UI_TIMEOUT });
  });

  await check('faulty.unres opens, highlighted by the unres grammar', async () => {
    await quickOpen(page, 'faulty.unres');
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.getByText('The Security Council,').waitFor({ timeout: UI_TIMEOUT });
    // The status bar names the language mode VS Code picked for the file, by its first alias.
    await page.locator('.statusbar-item[id="status.editor.mode"]').getByText(languageName(), { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    // A grammar gives a resolution's parts their own token colours: count distinct token classes.
    const classes = await waitFor(
      'several token colours',
      async () => {
        const found = new Set(
          await lines.locator('span[class^="mtk"]').evaluateAll((spans: { className: string }[]) => spans.map(s => s.className.split(' ').find(c => /^mtk\d+$/.test(c)) ?? '')),
        );
        return found.size >= 4 ? found : undefined;
      },
      UI_TIMEOUT,
    );
    options.log(`    ${classes.size} token colours`);
  });

  await check('the installed extension activates: its status bar item says the server is ready', async () => {
    await page.locator('.part.statusbar [aria-label="unres language server: ready"]').first().waitFor({ timeout: UI_TIMEOUT });
  });

  await check('the Problems panel lists the diagnostics of faulty.unres', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ timeout: UI_TIMEOUT });
    await runCommand(page, 'View: Toggle Maximized Panel');
    const missing = await waitFor(
      'every expected problem in the panel',
      async () => {
        const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).join('\n');
        const absent = options.expectedProblems.filter(m => !rows.includes(m));
        return absent.length === 0 ? [] : undefined;
      },
      UI_TIMEOUT,
    ).catch(async e => {
      const rows = await panel.locator('.monaco-list-row').allInnerTexts();
      throw new Error(`${(e as Error).message}\n    panel rows:\n      ${rows.join('\n      ')}`);
    });
    if (missing.length) throw new Error(`missing: ${missing.join('; ')}`);
    await runCommand(page, 'View: Toggle Maximized Panel');
    await shot(options, 'problems', options.screenshots.final);
  });

  await check("hovering a citation previews the cited resolution's title", async () => {
    const symbol = 'A/RES/36/103';
    const title = bundledCatalog().find(e => e.symbol === symbol)?.title;
    if (!title) throw new Error(`the bundled catalog has no title for ${symbol}`);
    await page.keyboard.press('Control+J'); // hide the panel: the hover gets the whole editor
    await quickOpen(page, 'A-RES-74-29.unres');
    await page.locator('.monaco-editor .view-lines').getByText('The General Assembly,').waitFor({ timeout: UI_TIMEOUT });
    const text = readFileSync(join(options.workspace, 'A-RES-74-29.unres'), 'utf8').split('\n');
    const line = text.findIndex(l => l.includes('36/103'));
    await goToPosition(page, line + 1, text[line].indexOf('36/103') + 3);
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await waitFor(
      'the hover with the title',
      async () => {
        await runCommand(page, 'Show or Focus Hover');
        await hover.getByText(title, { exact: false }).first().waitFor({ timeout: 5_000 });
        return true;
      },
      UI_TIMEOUT,
      500,
    );
    await shot(options, 'hover', options.screenshots.final);
    await page.keyboard.press('Escape');
  });

  await check('completion offers citations from the catalog', async () => {
    // Start a new preambular paragraph after the organ line and type the start of a citation.
    const text = readFileSync(join(options.workspace, 'A-RES-74-29.unres'), 'utf8').split('\n');
    const organ = text.findIndex(l => l.startsWith('The General Assembly,'));
    await goToPosition(page, organ + 1, text[organ].length + 1);
    // Insert Line Below (Ctrl+Enter): a blank line after the organ line, whatever Enter would add.
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');
    // The whole number: the bundled catalog holds every resolution of session 73, and the
    // widget shows only the first rows; the completion adds the date.
    await page.keyboard.type('*Recalling* its resolution 73/27', { delay: 10 });
    const suggest = page.locator('.suggest-widget.visible');
    await waitFor(
      'a suggestion for 73/27',
      async () => {
        if (!(await suggest.isVisible())) await page.keyboard.press('Control+Space');
        await suggest.getByText('73/27', { exact: false }).first().waitFor({ timeout: 3_000 });
        return true;
      },
      UI_TIMEOUT,
      500,
    );
    await shot(options, 'completion', options.screenshots.final);
    await page.keyboard.press('Escape');
  });

  await check('the preview shows the resolution in the UN layout and follows the cursor', async () => {
    await page.keyboard.press('Escape');
    // A fresh copy of the seed: the completion check has typed into A-RES-74-29.unres.
    const name = 'preview-74-29.unres';
    writeFileSync(join(options.workspace, name), readFileSync(join(__dirname, '..', '..', '..', 'examples', 'A-RES-74-29.unres'), 'utf8'));
    await openFromExplorer(page, name);
    await runCommand(page, 'unres: Open Preview to the Side');
    // The webview is an iframe inside an iframe; find the frame that holds the document.
    const frame = await waitFor(
      "the preview's masthead",
      async () => {
        for (const f of page.frames()) {
          const masthead = f.locator('.unres-doc .adoption');
          if (await masthead.count().catch(() => 0)) return f;
        }
        return undefined;
      },
      UI_TIMEOUT,
      500,
    );
    await frame.locator('.unres-doc .adoption').getByText('Resolution adopted by the General Assembly on 12 December 2019').waitFor({ timeout: UI_TIMEOUT });
    await frame.locator('.unres-doc .operative .num').first().waitFor({ timeout: UI_TIMEOUT });
    await shot(options, 'preview', options.screenshots.final);
    // Scroll sync: the cursor on the last operative paragraph marks its block in the preview.
    const text = readFileSync(join(options.workspace, name), 'utf8').split('\n');
    const last = text.findIndex(l => l.startsWith('3. *Decides*'));
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToPosition(page, last + 1, 1);
    await frame.locator(`.unres-current[data-line="${last}"]`).waitFor({ timeout: UI_TIMEOUT });
  });

  await check('Enter then typing at full speed: 20 of 20 tries give exactly the expected text', async () => {
    const result = await typeEnterAndText(options);
    options.log(`    ${result.exact}/${result.tries} tries exact`);
    if (result.failure) throw new Error(result.failure);
  });

  await runEditingChecks(options, check);
  return outcomes;
}

/**
 * Issue 11, item 1: Enter and the text after it, typed with no delay at all, 20 times. Each try is
 * saved and the file compared with the text expected: the number Enter adds (`4. `, `   (b) `,
 * `      (i) `) and every character typed, in order, once. The draft opens with a paragraph
 * that the tries continue, through subparagraphs and numerals.
 */
async function typeEnterAndText(options: UiCheckOptions): Promise<{ tries: number; exact: number; failure?: string }> {
  const { page } = options;
  const name = 'enter-typing.unres';
  const file = join(options.workspace, name);
  let expected = '---\nsymbol: A/C.2/80/L.98\nstatus: draft\n---\n\nThe General Assembly,\n\n1. *Decides* to act;';
  writeFileSync(file, `${expected}\n`);
  const tries: Array<{ typed: string; inserted: string }> = [];
  for (let n = 2; n <= 13; n++) {
    tries.push({ typed: `*Requests* the Secretary-General (in [consultation]) to report “${n}”;`, inserted: `\n\n${n}. ` });
  }
  tries.push({ typed: '*Calls upon* Member States to adopt:', inserted: '\n\n14. ' });
  for (const label of ['a', 'b', 'c', 'd']) tries.push({ typed: `Measures of kind ${label};`, inserted: `\n\n   (${label}) ` });
  tries.push({ typed: 'Measures that:', inserted: '\n\n   (e) ' });
  for (const label of ['i', 'ii']) tries.push({ typed: `Steps ${label};`, inserted: `\n\n      (${label}) ` });

  await openFromExplorer(page, name);
  await page.locator('.monaco-editor .view-lines').getByText('1. *Decides* to act;').waitFor({ timeout: UI_TIMEOUT });
  await goToPosition(page, 8, '1. *Decides* to act;'.length + 1);
  let exact = 0;
  for (const [i, t] of tries.entries()) {
    // No delay between the keys: Enter, then the text at once, as fast as Playwright sends them.
    await page.keyboard.press('Enter');
    await page.keyboard.type(t.typed);
    expected += t.inserted + t.typed;
    await page.keyboard.press('Control+S');
    const want = `${expected}\n`;
    const saved = await waitFor(
      'the try saved',
      () => {
        const text = readFileSync(file, 'utf8');
        return text.length >= want.length || text === want ? text : undefined;
      },
      10_000,
    ).catch(() => readFileSync(file, 'utf8'));
    if (saved !== want) {
      await shot(options, 'enter-typing-failed', false);
      return { tries: tries.length, exact, failure: `try ${i + 1} differs: expected …${JSON.stringify(want.slice(-80))}, got …${JSON.stringify(saved.slice(-80))}` };
    }
    exact++;
  }
  await shot(options, 'enter-typing', options.screenshots.final);
  return { tries: tries.length, exact };
}

/** The name VS Code shows for the unres language: its first alias in package.json. */
function languageName(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes?: { languages?: { id: string; aliases?: string[] }[] } };
  return manifest.contributes?.languages?.find(l => l.id === 'unres')?.aliases?.[0] ?? 'unres';
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: UI_TIMEOUT });
}

/**
 * Opens a file just written into the workspace from the explorer, which lists a new file at once
 * (Quick Open's file search may not have it yet).
 */
export async function openFromExplorer(page: Page, name: string): Promise<void> {
  const entry = page.locator('.explorer-folders-view').getByText(name, { exact: true });
  await entry.waitFor({ timeout: UI_TIMEOUT });
  await entry.click();
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor({ timeout: UI_TIMEOUT });
}

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`>${title}`);
  const row: Locator = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
  await row.waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  const status = page.locator('.statusbar-item[id="status.editor.selection"]');
  await status.getByText(`Ln ${line}, Col ${column}`).waitFor({ timeout: UI_TIMEOUT });
}

export async function shot(options: UiCheckOptions, name: string, final: boolean): Promise<void> {
  mkdirSync(options.screenshots.dir, { recursive: true });
  const file = join(options.screenshots.dir, `${name}${final ? '' : '.tmp'}.png`);
  await options.page.screenshot({ path: file });
  options.log(`    screenshot ${file}`);
}
