/**
 * Where the shared material lives: `../shared` beside the checkout (as CI lays it out), or
 * `UNRES_SHARED`. Tests read real data and the seed example from there; none of it is copied
 * into the project.
 */
import * as path from 'node:path';

/** The repository root (tests run compiled from `out/test/…`). */
export const ROOT = path.resolve(__dirname, '../../..');
export const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '../shared');
export const SHARED_DATA = path.join(SHARED, 'data');
/** The seed resolution A/RES/74/29 in the markup. */
export const SEED_EXAMPLE = path.join(SHARED, 'examples/A-RES-74-29.unres');
