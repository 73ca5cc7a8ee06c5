/**
 * Where the shared material lives: `../shared` beside the checkout (as CI lays it out), or
 * `UNRES_SHARED`. Tests read the real data from there (none of it is copied into the project) and
 * skip the suites that need it when it is missing; the seed example and text are committed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (tests run compiled from `out/test/…`). */
export const ROOT = path.resolve(__dirname, '../../..');
export const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '../shared');
export const SHARED_DATA = path.join(SHARED, 'data');
/** The seed resolution A/RES/74/29 in the markup: the committed example (identical to ../shared/examples/A-RES-74-29.unres). */
export const SEED_EXAMPLE = path.join(ROOT, 'examples/A-RES-74-29.unres');
/** The seed's official text: a committed copy of ../shared/seeds/A-RES-74-29.txt (test/fixtures/README.md). */
export const SEED_TEXT = path.join(ROOT, 'test/fixtures/A-RES-74-29.txt');

/** Whether the real data is there (CI has it; a clone alone does not). */
export const HAS_SHARED_DATA = fs.existsSync(SHARED_DATA);

if (!HAS_SHARED_DATA) {
  // Said once for the whole run; each suite that needs the data is then skipped.
  console.log(`The real data is not there (${SHARED_DATA}): the suites that read it are skipped. Put the shared folder beside the repository, or set UNRES_SHARED, to run them.`);
}

/** A suite that reads ../shared/data: run when the data is there, skipped when it is not. */
export const describeWithData: Mocha.SuiteFunction | Mocha.PendingSuiteFunction = HAS_SHARED_DATA ? describe : describe.skip;

/** A test that reads ../shared/data: run when the data is there, skipped when it is not. */
export const itWithData: Mocha.TestFunction | Mocha.PendingTestFunction = HAS_SHARED_DATA ? it : it.skip;
