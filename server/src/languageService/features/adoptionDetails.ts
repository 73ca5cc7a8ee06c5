/**
 * What Prepare for adoption asks the drafter (the adopted text's symbol, date and meeting) and
 * whether an answer can be written. Kept apart, with no model, so that the VS Code client can
 * check the answers as they are typed.
 */
import { isoDate } from '../util/dates';
import { isDocumentSymbol } from '../util/symbols';

/** What the drafter knows of the adoption; each absent value is marked for filling in. */
export interface AdoptionDetails {
  /** The resolution's symbol, such as `A/RES/80/12`. */
  readonly symbol?: string;
  /** The date of adoption: `12 December 2025` or `2025-12-12`. */
  readonly adopted?: string;
  /** The meeting, such as `46th plenary meeting`. */
  readonly meeting?: string;
}

/** The keys Prepare for adoption fills, in front matter order. */
export const ADOPTION_KEYS = ['symbol', 'adopted', 'meeting'] as const;
export type AdoptionKey = (typeof ADOPTION_KEYS)[number];

export const KEY_NAMES: Record<AdoptionKey, string> = { symbol: 'symbol', adopted: 'adoption date', meeting: 'meeting' };

/** Why a value given for `key` cannot be written, or undefined when it can (an empty value means "mark it for filling"). */
export function adoptionDetailProblem(key: AdoptionKey, value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (text.length > 100 || /[\r\n]/.test(text)) return `The ${KEY_NAMES[key]} is one short line.`;
  if (key === 'symbol' && !isDocumentSymbol(text)) return `“${text}” is not a document symbol: write it as the UN prints it, such as A/RES/80/12 or S/RES/2790 (2025).`;
  if (key === 'adopted' && isoDate(text) === undefined) return `“${text}” is not a date: write it as 12 December 2025 or 2025-12-12.`;
  return undefined;
}
