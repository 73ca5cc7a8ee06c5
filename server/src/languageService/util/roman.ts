/** Roman numerals: the sessions the General Assembly numbered so (`(XXV)`), and subparagraph labels (`(iv)`). */

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Writes `n` (1–3999) as a roman numeral. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/**
 * The value of a roman numeral written in canonical form (`XXV` → 25), or undefined when it is
 * not one: `XXVV`, `IIII` and `VX` are rejected because no session was ever written that way.
 */
export function romanValue(s: string): number | undefined {
  if (s.length === 0 || s.length > 15) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]];
    if (v === undefined) return undefined;
    const next = i + 1 < s.length ? VALUES[s[i + 1]] : undefined;
    total += next !== undefined && next > v ? -v : v;
  }
  return total > 0 && total < 4000 && toRoman(total) === s ? total : undefined;
}
