/**
 * Ordinals spelled out as the UN writes session numbers: `seventy-fifth`, `eighty-first`,
 * `one hundredth`, `one hundred and first`. From 1 to 999.
 */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TEN_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** `75` → `seventy-fifth`; undefined outside 1–999. */
export function spellOrdinal(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) return rest === 0 ? `${UNITS[hundreds]} hundredth` : `${UNITS[hundreds]} hundred and ${spellOrdinal(rest)}`;
  if (rest < 20) return UNIT_ORDINALS[rest];
  const tens = Math.floor(rest / 10);
  return rest % 10 === 0 ? TEN_ORDINALS[tens] : `${TENS[tens]}-${UNIT_ORDINALS[rest % 10]}`;
}

let table: Map<string, number> | undefined;

/** `Seventy-fifth` → 75 (any case); undefined when it is no ordinal of 1–999. */
export function readOrdinal(words: string): number | undefined {
  table ??= new Map(Array.from({ length: 999 }, (_, i) => [spellOrdinal(i + 1)!, i + 1]));
  return table.get(words.toLowerCase().replace(/\s+/g, ' ').replace(/[‐‑–]/g, '-'));
}
