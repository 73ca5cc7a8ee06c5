/** GA sessions as symbols and dates name them. */

/** The GA session a symbol names: `A/RES/73/27` → 73, `A/RES/2625 (XXV)` → 25; special sessions and other organs → undefined. */
export function sessionOf(symbol: string): number | undefined {
  const modern = /^A\/(?:RES|DEC)\/(\d+)\//.exec(symbol);
  if (modern) return Number(modern[1]);
  const old = /^A\/RES\/\d+(?: [A-Z])? \(([IVXLC]+)\)$/.exec(symbol);
  return old ? fromRoman(old[1]) : undefined;
}

/**
 * Whether a GA regular-session date falls outside its session's years (session N opens in
 * September 1945 + N, so its resolutions date from that year or the next).
 */
export function outsideSession(symbol: string, date: string): boolean {
  const session = sessionOf(symbol);
  if (session === undefined) return false;
  const year = Number(date.slice(0, 4));
  return year !== 1945 + session && year !== 1946 + session;
}

const ROMAN: readonly [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 25 → `XXV`. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** `XXV` → 25; a numeral not written canonically → undefined. */
export function fromRoman(s: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]];
    const next = values[s[i + 1]] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  // Only canonical numerals: `IIII` or `VX` are not sessions.
  return total > 0 && toRoman(total) === s ? total : undefined;
}
