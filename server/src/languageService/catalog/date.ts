/** ISO dates as catalogs hold them. */
import { daysInMonth } from '../util/dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why an ISO date string cannot be a catalog date, or `undefined` when it can. */
export function isoDateProblem(value: string): string | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return `Expected an ISO date (YYYY-MM-DD), found '${clip(value)}'.`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day < 1 || day > daysInMonth(year, month)) return `Impossible date '${value}'.`;
  // The Charter entered into force on 24 October 1945; nothing in a UN catalog is older.
  if (year < 1945) return `Impossible date '${value}': before the United Nations existed.`;
  return undefined;
}

/** Whether `value` is a possible ISO catalog date. */
export function isIsoDate(value: string): boolean {
  return isoDateProblem(value) === undefined;
}

/** A value short enough to quote in a message. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
