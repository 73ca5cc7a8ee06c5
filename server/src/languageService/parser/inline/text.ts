/**
 * Character-level helpers shared by the inline scanners. Everything here walks the text by hand
 * (no regexes with quantifiers over the same characters), so each call is linear in what it reads.
 */

/** Whether the character code is an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the character code is an ASCII capital letter. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether the character code is an ASCII small letter. */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether the character code is an ASCII letter or digit: what the scanners' patterns take for a word's edge. */
export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isUpper(c) || isLower(c);
}

/** Whether the character code is a letter (ASCII, or any letter beyond ASCII). */
export function isLetter(c: number): boolean {
  if (isUpper(c) || isLower(c)) return true;
  return c > 127 && /\p{L}/u.test(String.fromCharCode(c));
}

/** Whether the character code is a letter or an ASCII digit. */
export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * Spaces that may separate words in a block: space, tab, line break, no-break and thin spaces,
 * and the invisible marks (zero-width space, left-to-right mark) that documents converted from PDF carry.
 */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0x200e || c === 0x200f;
}

/** A single space between the parts of one item (`217 A (III)`): plain, no-break or a line break. */
export function isGap(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 10;
}

/** The offset of the first non-space character at or after `i`. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the last non-space character before `i`. */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the run of ASCII digits starting at `i` (`i` itself when there is none). */
export function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** A word (a run of ASCII letters) with its offsets. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The run of ASCII letters starting at `i`, if any. */
export function wordAt(text: string, i: number): Word | undefined {
  let end = i;
  while (end < text.length && (isUpper(text.charCodeAt(end)) || isLower(text.charCodeAt(end)))) end++;
  if (end === i) return undefined;
  // A word must not run on into digits or other letters (`74a`, `résolution`).
  if (end < text.length && isAlnum(text.charCodeAt(end))) return undefined;
  return { text: text.slice(i, end), start: i, end };
}

/**
 * The word that ends at `end` or before it with only spaces between. Undefined when anything
 * else stands between.
 */
export function wordBefore(text: string, end: number): Word | undefined {
  const wordEnd = skipSpacesBack(text, end);
  let start = wordEnd;
  while (start > 0 && (isUpper(text.charCodeAt(start - 1)) || isLower(text.charCodeAt(start - 1)))) start--;
  if (start === wordEnd) return undefined;
  if (start > 0 && isAlnum(text.charCodeAt(start - 1))) return undefined;
  return { text: text.slice(start, wordEnd), start, end: wordEnd };
}

/**
 * Whether `word` (ASCII letters) is the next word at `i` (after spaces), followed by a non-letter;
 * returns its end. Compared in place: the scanners ask this at every item and lead, and a `Word`
 * with its text sliced out for each question was garbage.
 */
export function matchWord(text: string, i: number, word: string): number | undefined {
  const at = skipSpaces(text, i);
  const end = at + word.length;
  return text.startsWith(word, at) && !isAlnum(text.charCodeAt(end)) ? end : undefined;
}

/** Matches a sequence of words separated by spaces; returns the end of the last one. */
export function matchWords(text: string, i: number, words: readonly string[]): number | undefined {
  let at: number | undefined = i;
  for (const w of words) {
    at = matchWord(text, at, w);
    if (at === undefined) return undefined;
  }
  return at;
}
