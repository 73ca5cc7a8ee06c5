// Issue 13, item 5 through the page, as a drafter does it, with the VSIX installed: "unres: Import
// Catalog…" from the command palette, a CSV catalogue picked in its open dialog, the suggested
// `*.catalog.json` accepted in its save dialog; the catalog is written and a citation it holds is
// then checked against it (its wrong date in the Problems panel).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_TIMEOUT, openFromExplorer, shot, type UiCheckOptions } from './ui';
import { chooseInPalette } from './uiImport';
import { checkRecorder, waitFor, type CheckOutcome } from './wait';

export async function runCatalogUiChecks(options: UiCheckOptions): Promise<CheckOutcome[]> {
  const { page, log } = options;
  const outcomes: CheckOutcome[] = [];
  const check = checkRecorder(outcomes, log, '  ', () => shot(options, `catalog-failed-${outcomes.length}`, false).catch(() => undefined));

  await check('"unres: Import Catalog…" from the palette: a CSV picked, saved as a catalog in the workspace, which then dates a citation', async () => {
    const draft = 'cites-80-271.unres';
    writeFileSync(join(options.workspace, draft), 'The General Assembly,\n\n*Recalling* its resolution 80/271 of 9 April 2026,\n\n1. *Decides* to remain seized of the matter.\n');
    const csv = join(options.workspace, 'mine-ui.csv');
    writeFileSync(csv, 'symbol,date,title\nA/RES/80/271,2026-04-10,International Day of Glacier Preservation\n');
    await page.keyboard.press('Escape');
    await openFromExplorer(page, draft);

    const input = await chooseInPalette(options, 'unres: Import Catalog');
    // code-server's open dialog is a quick input that takes a path.
    await waitFor('the open dialog', async () => ((await input.inputValue()).startsWith('/') ? true : undefined), UI_TIMEOUT);
    await input.fill(csv);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'mine-ui.csv' }).first().waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Enter');
    // Then the save dialog, on the name the command suggests in the workspace folder.
    await waitFor('the save dialog on mine-ui.catalog.json', async () => ((await input.inputValue()).endsWith('mine-ui.catalog.json') ? true : undefined), UI_TIMEOUT);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await page.locator('.notifications-toasts').getByText('Imported 1 entries into mine-ui.catalog.json.').waitFor({ timeout: UI_TIMEOUT });
    const written = JSON.parse(readFileSync(join(options.workspace, 'mine-ui.catalog.json'), 'utf8')) as { symbol: string; date: string }[];
    if (written.map(e => `${e.symbol} ${e.date}`).join() !== 'A/RES/80/271 2026-04-10') throw new Error(`mine-ui.catalog.json holds ${JSON.stringify(written)}`);

    // The catalog file is loaded as a layer: the citation's date is now checked. The panel lists
    // every problem of the workspace (a virtual list): its filter brings the one row into view.
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: UI_TIMEOUT });
    const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await filter.fill('not 9 April 2026');
    await waitFor(
      'the wrong date of 80/271 in the Problems panel',
      async () =>
        (
          await panel
            .locator('.monaco-list-row')
            .allInnerTexts()
            .catch(() => [])
        ).some(r => /10 April 2026, not 9 April 2026/.test(r))
          ? true
          : undefined,
      UI_TIMEOUT,
      500,
    );
    await filter.fill('');
    await shot(options, 'import-catalog', false);
  });

  return outcomes;
}
