/** GA sessions as symbols and dates name them. */
import { gaSessionYears } from '../util/dates';
import { romanValue } from '../util/roman';

/** The GA session a symbol names: `A/RES/73/27` → 73, `A/RES/2625 (XXV)` → 25; special sessions and other organs → undefined. */
export function sessionOf(symbol: string): number | undefined {
  const modern = /^A\/(?:RES|DEC)\/(\d+)\//.exec(symbol);
  if (modern) return Number(modern[1]);
  const old = /^A\/RES\/\d+(?: [A-Z])? \(([IVXLC]+)\)$/.exec(symbol);
  return old ? romanValue(old[1]) : undefined;
}

/** Whether a GA regular-session date falls outside its session's years ({@link gaSessionYears}). */
export function outsideSession(symbol: string, date: string): boolean {
  const session = sessionOf(symbol);
  if (session === undefined) return false;
  const year = Number(date.slice(0, 4));
  return !gaSessionYears(session).includes(year);
}
