// Issue 11's editing checks in the real editor: Prepare for Adoption asking for the symbol, date
// and meeting, and typing over a selection with ( [ “ * (nothing wrapped, nothing garbled). Each
// check writes a file of its own into the workspace and compares the saved file exactly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goToPosition, openFromExplorer, runCommand, shot, UI_TIMEOUT, type UiCheckOptions } from './ui';
import { waitFor } from './wait';

type Check = (name: string, body: () => Promise<void> | void) => Promise<void>;

/** Runs the checks with the caller's recorder (outcomes and failure screenshots are the caller's). */
export async function runEditingChecks(options: UiCheckOptions, check: Check): Promise<void> {
  // The editors the earlier checks left open (the preview among them) would crowd the screenshots.
  await check('the editors of the earlier checks close', () => runCommand(options.page, 'View: Close All Editor Groups'));
  await check('Prepare for Adoption asks for symbol, date and meeting, writes them and counts bracketed passages', () => prepareForAdoption(options));
  await check('typing over a selection with ( [ “ * replaces it: nothing wrapped, nothing left over', () => typeOverSelections(options));
}

const DRAFT = `---
symbol: A/C.2/80/L.98
session: 80
status: draft
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Welcomes* the report of the Secretary-General [on lagoon salinity];

1 bis. *Encourages* Member States to cooperate;

2. *Requests* the Secretary-General to report [at its eighty-first session [on the
implementation of the present resolution]].
`;

async function prepareForAdoption(options: UiCheckOptions): Promise<void> {
  const { page } = options;
  const name = 'adoption.unres';
  const file = join(options.workspace, name);
  writeFileSync(file, DRAFT);
  await openFromExplorer(page, name);
  await page.locator('.monaco-editor .view-lines').getByText('1 bis. *Encourages*').waitFor({ timeout: UI_TIMEOUT });

  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill('>unres: Prepare for Adoption');
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Prepare for Adoption' }).first().waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');

  await answer(page, 1, 'A/RES/80/12');
  // A date of the wrong shape is refused as it is typed; the box stays open until it is right.
  await question(page, 2);
  await input.fill('31 November 2025');
  await page.locator('.quick-input-widget').getByText('is not a date', { exact: false }).first().waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  await question(page, 2);
  await answer(page, 2, '15 December 2025');
  // No meeting yet: left empty, it is marked for filling in.
  await answer(page, 3, '');

  const message =
    'Renumbered, marked adopted and wrote the symbol and adoption date. 2 bracketed passages are left to agree (lines 13, 17). To fill in: the meeting (marked in the front matter).';
  await page.locator('.notifications-toasts').getByText(message).waitFor({ timeout: UI_TIMEOUT });
  // The notification centre shows the whole message (a toast cuts it), for the screenshot.
  await runCommand(page, 'Notifications: Show Notifications');
  await page.locator('.notifications-center').getByText(message).waitFor({ timeout: UI_TIMEOUT });
  await page
    .locator('.notifications-center [aria-label^="Expand Notification"]')
    .first()
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  await shot(options, 'prepare-for-adoption', options.screenshots.final);
  await runCommand(page, 'Notifications: Hide Notifications');
  await page.keyboard.press('Control+S');
  const expected = DRAFT.replace('symbol: A/C.2/80/L.98', 'symbol: A/RES/80/12')
    .replace('status: draft', 'adopted: 15 December 2025\nmeeting: # the meeting, such as 46th plenary meeting\nstatus: adopted')
    .replace('1 bis. *Encourages*', '2. *Encourages*')
    .replace('2. *Requests*', '3. *Requests*');
  const saved = await waitFor('the prepared text saved', () => (readFileSync(file, 'utf8') === expected ? true : undefined), UI_TIMEOUT).catch(() => readFileSync(file, 'utf8'));
  if (saved !== true) throw new Error(`the saved text differs:\n${saved}\nexpected:\n${expected}`);
}

/** Waits for input box `n` of Prepare for Adoption. */
async function question(page: Page, n: number): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title').getByText(`Prepare for Adoption (${n}/3)`).waitFor({ timeout: UI_TIMEOUT });
}

async function answer(page: Page, n: number, value: string): Promise<void> {
  await question(page, n);
  await page.locator('.quick-input-widget input').fill(value);
  await page.keyboard.press('Enter');
}

/**
 * Issue 11, item 5: with a word selected, typing a line that starts with ( [ “ or * replaces the
 * word with exactly what was typed (no pair wraps the selection), at full speed.
 */
async function typeOverSelections(options: UiCheckOptions): Promise<void> {
  const { page } = options;
  const name = 'selection-typing.unres';
  const file = join(options.workspace, name);
  const lines = ['The General Assembly,', '', '1. *Decides* to act;', '', '2. *Requests* a report;', '', '3. *Invites* States;', '', '4. *Calls upon* Member States;'];
  writeFileSync(file, `${lines.join('\n')}\n`);
  await openFromExplorer(page, name);
  await page.locator('.monaco-editor .view-lines').getByText('4. *Calls upon*').waitFor({ timeout: UI_TIMEOUT });
  // Each line: the word selected (from its first column, Shift+Right over its length) and what is typed over it.
  const tries = [
    { line: 3, word: 'act', typed: '(in [full]) act' },
    { line: 5, word: 'report', typed: '[a] report “soon”' },
    { line: 7, word: 'States', typed: '“all” States' },
    { line: 9, word: 'Member States', typed: '*Member States*' },
  ];
  for (const t of tries) {
    const column = lines[t.line - 1].indexOf(t.word) + 1;
    await goToPosition(page, t.line, column);
    for (let i = 0; i < t.word.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.statusbar-item[id="status.editor.selection"]').getByText(`(${t.word.length} selected)`).waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.type(t.typed);
    lines[t.line - 1] = lines[t.line - 1].replace(t.word, t.typed);
  }
  await page.keyboard.press('Control+S');
  const expected = `${lines.join('\n')}\n`;
  const saved = await waitFor('the typed text saved', () => (readFileSync(file, 'utf8') === expected ? true : undefined), UI_TIMEOUT).catch(() => readFileSync(file, 'utf8'));
  if (saved !== true) throw new Error(`the saved text differs:\n${saved}\nexpected:\n${expected}`);
  await shot(options, 'selection-typing', options.screenshots.final);
}
