/**
 * Sessions as symbols name them: `A/RES/74/29` (the seventy-fourth session), `A/RES/2625 (XXV)`,
 * `A/RES/S-26/2` (the twenty-sixth special session), `A/RES/ES-10/19` (the tenth emergency special
 * session), `A/HRC/RES/40/1` (the Human Rights Council's fortieth session). The one reading of a
 * symbol's session for the parser, the rules, the catalogs and the hovers.
 */
import { gaSessionYears } from './dates';
import { organFromSymbol } from './organs';
import { romanValue } from './roman';

/** A session of the General Assembly or of the Human Rights Council. */
export interface Session {
  readonly organ: 'GA' | 'HRC';
  readonly kind: 'regular' | 'special' | 'emergency special';
  readonly number: number;
}

/**
 * The session a symbol names; undefined for the Security Council and ECOSOC (their symbols carry a
 * year) and for symbols that name none. Numbers may be arabic or roman (`(S-VI)`, `(XXV)`).
 */
export function sessionOfSymbol(symbol: string): Session | undefined {
  const s = symbol.trim().toUpperCase();
  const organ = organFromSymbol(s);
  if (organ !== 'GA' && organ !== 'HRC') return undefined;
  const special = /[/(](E?S)-(\d{1,3}|[IVXLC]{1,8})(?=[/)]|$)/.exec(s);
  if (special) {
    const number = /^\d/.test(special[2]) ? Number(special[2]) : romanValue(special[2]);
    if (number === undefined || number < 1) return undefined;
    return { organ, kind: special[1] === 'ES' ? 'emergency special' : 'special', number };
  }
  const roman = /^A\/RES\/\d+(?: [A-Z])? \(([IVXLC]+)\)$/.exec(s);
  if (roman) {
    const number = romanValue(roman[1]);
    return number === undefined ? undefined : { organ, kind: 'regular', number };
  }
  for (const segment of s.split('/').slice(1)) {
    if (/^\d{1,3}$/.test(segment)) return Number(segment) > 0 ? { organ, kind: 'regular', number: Number(segment) } : undefined;
  }
  return undefined;
}

/** The number of the regular session a symbol names (`A/RES/74/29` → 74); undefined for special sessions. */
export function regularSessionOf(symbol: string): number | undefined {
  const session = sessionOfSymbol(symbol);
  return session?.kind === 'regular' ? session.number : undefined;
}

/** The General Assembly's regular session a symbol names (`A/RES/2625 (XXV)` → 25); undefined for other organs and special sessions. */
export function gaRegularSessionOf(symbol: string): number | undefined {
  const session = sessionOfSymbol(symbol);
  return session?.organ === 'GA' && session.kind === 'regular' ? session.number : undefined;
}

/** Whether an ISO date falls outside the years of the GA regular session a symbol names ({@link gaSessionYears}). */
export function outsideGaSession(symbol: string, date: string): boolean {
  const session = gaRegularSessionOf(symbol);
  if (session === undefined) return false;
  const year = Number(date.slice(0, 4));
  return !gaSessionYears(session).includes(year);
}

/** A session as the UN names it: `seventy-fourth session`, `twenty-sixth special session`, `tenth emergency special session`. */
export function sessionName(session: Session): string {
  return `${ordinalWords(session.number)} ${session.kind === 'regular' ? '' : `${session.kind} `}session`;
}

const UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const IRREGULAR: Readonly<Record<string, string>> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** 1–999 in ordinal words as the UN writes session numbers: 26 → `twenty-sixth`, 100 → `one hundredth`. */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return `${n}th`;
  const words = cardinalWords(n);
  const cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
  const last = words.slice(cut);
  const ordinal = IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return words.slice(0, cut) + ordinal;
}

function cardinalWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const below = rest < 20 ? UNITS[rest] : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${UNITS[rest % 10]}` : ''}`;
  if (hundreds === 0) return below;
  return `${UNITS[hundreds]} hundred${rest ? ` and ${below}` : ''}`;
}

let ordinalTable: Map<string, number> | undefined;

/** Ordinal words read back: `Seventy-fifth` → 75 (any case, any hyphen); undefined when they are no ordinal of 1–999. */
export function readOrdinalWords(words: string): number | undefined {
  ordinalTable ??= new Map(Array.from({ length: 999 }, (_, i) => [ordinalWords(i + 1), i + 1]));
  return ordinalTable.get(words.toLowerCase().replace(/\s+/g, ' ').replace(/[‐‑–]/g, '-'));
}
