// Issue 14, item 4 through the page, as a drafter does it, with the VSIX installed: "unres: Import
// Official Text…" from the command palette and its file dialog, and a paste of official text into
// a .unres file, switched to "Paste as resolution markup" from the paste menu (the plain paste is
// what Ctrl+V gives first). The browser's clipboard holds the text, as after a copy from a PDF reader.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { resolutionPdf } from '../util/pdfFixture';
import { UI_TIMEOUT, openFromExplorer, shot, type UiCheckOptions } from './ui';
import { checkRecorder, waitFor, type CheckOutcome } from './wait';

const ROOT = resolve(__dirname, '..', '..', '..');
/** Text as PDF readers copy it out of A/RES/79/16 (test/fixtures/pasted/README.md says its source). */
const PASTED = join(ROOT, 'test', 'fixtures', 'pasted', 'A-RES-79-16.txt');

/** What `unres import` makes of a file: the markup the editor must show. */
function importedByCli(file: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'unres.js'), 'import', file], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`unres import ${file} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Runs the import checks in order; one that fails does not stop the other. */
export async function runImportUiChecks(options: UiCheckOptions): Promise<CheckOutcome[]> {
  const { page, log } = options;
  const outcomes: CheckOutcome[] = [];
  const check = checkRecorder(outcomes, log, '  ', () => shot(options, `import-failed-${outcomes.length}`, false).catch(() => undefined));

  await check('"unres: Import Official Text…" from the palette: a PDF picked in the file dialog opens as markup', async () => {
    const pdf = join(options.workspace, 'hand-made.pdf');
    writeFileSync(pdf, resolutionPdf());
    await page.keyboard.press('Escape');
    // The dialog follows in the same quick input: not `runCommand`, which waits for it to close.
    const input = await chooseInPalette(options, 'unres: Import Official Text');
    // code-server's open dialog is a quick input that takes a path; wait for it to show the folder.
    await waitFor('the file dialog', async () => ((await input.inputValue()).startsWith('/') ? true : undefined), UI_TIMEOUT);
    // The dialog may set its own value after showing: type the path until it holds.
    await waitFor(
      'the PDF path in the file dialog',
      async () => {
        if ((await input.inputValue()) === pdf) return true;
        await input.fill(pdf);
        return undefined;
      },
      UI_TIMEOUT,
      300,
    );
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'hand-made.pdf' }).first().waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    // A new untitled editor with the markup, in the unres language.
    await page.locator('.tab.active[aria-label^="Untitled"]').waitFor({ timeout: UI_TIMEOUT });
    const lines = page.locator('.monaco-editor .view-lines');
    await lines.getByText('symbol: A/RES/79/990').waitFor({ timeout: UI_TIMEOUT });
    await lines.getByText('its resolution 78/17 of 4 December 2023', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.statusbar-item[id="status.editor.mode"]').getByText('UN Resolution', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    await shot(options, 'import', options.screenshots.final);
    await closeWithoutSaving(options);
  });

  await check('pasting official text: Ctrl+V pastes it plain, the paste menu offers "Paste as resolution markup", which gives the markup', async () => {
    const official = readFileSync(PASTED, 'utf8');
    const expected = importedByCli(PASTED);
    const name = 'pasted.unres';
    const file = join(options.workspace, name);
    writeFileSync(file, '');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(options.serverUrl).origin });
    await openFromExplorer(page, name);
    const editor = page.locator('.monaco-editor .view-lines').first();
    await editor.click();
    // (Runs in the page, whose `navigator` this Node project's types do not declare.)
    await page.evaluate(text => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(text), official);
    await page.keyboard.press('Control+V');
    // The plain paste first: the text as copied, up to its last line (where the cursor is left).
    await page.locator('.monaco-editor .view-lines').getByText('A/45/435.', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT });
    // The paste widget's menu (Ctrl+. while it shows) lists the other ways to paste.
    const option = page.locator('.action-widget').getByText('Paste as resolution markup');
    await waitFor(
      'the paste menu with "Paste as resolution markup"',
      async () => {
        if (!(await option.isVisible())) await page.keyboard.press('Control+.');
        await option.first().waitFor({ timeout: 3_000 });
        return true;
      },
      UI_TIMEOUT,
      500,
    );
    await shot(options, 'paste-menu', options.screenshots.final);
    // Chosen with the keyboard, as the menu is made to be (it stands over a layer that takes clicks).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    await waitFor(
      'the option focused in the menu',
      async () => {
        if ((await focused.innerText().catch(() => '')).includes('Paste as resolution markup')) return true;
        await page.keyboard.press('ArrowDown');
        return undefined;
      },
      UI_TIMEOUT,
      200,
    );
    await page.keyboard.press('Enter');
    // The markup ends with the footnotes' definitions.
    await page.locator('.monaco-editor .view-lines').getByText('[^4]: A/45/435.', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT });
    const saved = await waitFor(
      'the markup saved',
      async () => {
        await page.keyboard.press('Control+S');
        return readFileSync(file, 'utf8') === expected ? true : undefined;
      },
      UI_TIMEOUT,
      500,
    ).then(
      () => readFileSync(file, 'utf8'),
      () => readFileSync(file, 'utf8'),
    );
    if (saved !== expected) {
      const at = [...saved].findIndex((c, i) => c !== expected[i]);
      throw new Error(
        `the pasted markup differs from \`unres import\` at ${at}: got …${JSON.stringify(saved.slice(at, at + 80))}, want …${JSON.stringify(expected.slice(at, at + 80))}`,
      );
    }
    // The footnote digits the copy glued to the text are markers again, as the PDF prints them.
    for (const marker of ['the General Assembly,[^1]', 'resolution 78/17,[^2]', 'Nuclear Weapons;[^3]', '10 October 1990[^4] or']) {
      if (!saved.includes(marker)) throw new Error(`the pasted markup lacks ${marker}`);
    }
  });

  return outcomes;
}

/** Closes the active editor and its unsaved text (an untitled import) through the command palette. */
async function closeWithoutSaving(options: UiCheckOptions): Promise<void> {
  await chooseInPalette(options, 'View: Revert and Close Editor');
  await options.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/** Picks a command in the palette (F1) by its title and returns the palette's input. */
export async function chooseInPalette(options: UiCheckOptions, title: string): Promise<Locator> {
  const { page } = options;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: title.replace(/^.*: /, '') })
    .first()
    .waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  return input;
}
