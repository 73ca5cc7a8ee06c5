/** Ordinal words, as the UN writes a session: `Seventy-fourth session`, `eighty-first session`. */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const IRREGULAR: Readonly<Record<string, string>> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

function cardinal(n: number): string {
  if (n < 20) return UNITS[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : '');
  const rest = n % 100;
  return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${cardinal(rest)}` : ''}`;
}

function ordinalOfWord(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith('y')) return `${word.slice(0, -1)}ieth`;
  return `${word}th`;
}

/** `74` → `seventy-fourth`; a number outside 1–999 is written in figures (`1000th`). */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return `${n}th`;
  const words = cardinal(n);
  const cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
  return words.slice(0, cut) + ordinalOfWord(words.slice(cut));
}

/** `74` → `Seventy-fourth`, for the head of a line. */
export function sessionOrdinal(n: number): string {
  const w = ordinalWords(n);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
