/** Dates written as the UN writes them: `9 December 1981`. */
import { DateAt, type OffsetLines } from '../spans';
import { daysInMonth, MONTH_NAMES } from '../../util/dates';
import { isAsciiAlnum, isDigit, isLower } from './text';

/**
 * The end of an ISO date after its year, `-MM-DD`, by month (1–12) and day (0–99): a date's ISO
 * form is its written year and one of these, two strings joined (a template made four).
 */
const ISO_MONTH_DAYS: readonly (readonly string[])[] = Array.from({ length: 13 }, (_, m) =>
  Array.from({ length: 100 }, (_, d) => `-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** A space of the date pattern's `[ \t\n\u00a0]`. */
function isDateSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 0xa0;
}

/** The month (1–12) whose name stands at `start` … `end` of `text`, or 0. */
function monthAt(text: string, start: number, end: number): number {
  for (let k = 0; k < MONTH_NAMES.length; k++) {
    const name = MONTH_NAMES[k];
    if (name.length === end - start && text.startsWith(name, start)) return k + 1;
  }
  return 0;
}

/**
 * Where a date candidate that ends at `end` starts: one or two digits, spaces, a capital and small
 * letters, spaces, four digits (the date part of landmarks.ts's pattern), read back from its end.
 * The pattern's scan started at `from`; it takes two digits where it can.
 */
export function dateStart(text: string, from: number, end: number): number {
  let wordEnd = end - 4;
  while (isDateSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd - 1;
  while (isLower(text.charCodeAt(wordStart))) wordStart--;
  let dayEnd = wordStart;
  while (isDateSpace(text.charCodeAt(dayEnd - 1))) dayEnd--;
  return dayEnd - 2 >= from && isDigit(text.charCodeAt(dayEnd - 2)) ? dayEnd - 2 : dayEnd - 1;
}

/**
 * The date a candidate at `start` … `end` is (`9 December 1981`), with `valid` false for a day that
 * does not exist; undefined when a letter or digit stands right before or after it, or its word is
 * no month name (util/dates MONTH_NAMES). The date carries its offsets in the scanned text, so
 * citations can pick up the date after `of`; its parts are read from the text, so it costs no
 * substrings but its own text and its ISO form.
 */
export function dateAt(text: string, lines: OffsetLines, start: number, end: number): DateAt | undefined {
  if (isAsciiAlnum(text.charCodeAt(start - 1)) || isAsciiAlnum(text.charCodeAt(end))) return undefined;
  const twoDigits = isDigit(text.charCodeAt(start + 1));
  const day = twoDigits ? (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48 : text.charCodeAt(start) - 48;
  const wordStart = skipDateSpaces(text, start + (twoDigits ? 2 : 1));
  let wordEnd = wordStart + 1;
  while (isLower(text.charCodeAt(wordEnd))) wordEnd++;
  const month = monthAt(text, wordStart, wordEnd);
  if (month === 0) return undefined;
  const yearText = text.slice(end - 4, end);
  const year = (text.charCodeAt(end - 4) - 48) * 1000 + (text.charCodeAt(end - 3) - 48) * 100 + (text.charCodeAt(end - 2) - 48) * 10 + text.charCodeAt(end - 1) - 48;
  const valid = day >= 1 && day <= daysInMonth(year, month);
  return new DateAt(text.slice(start, end), lines, start, end, day, month, year, valid, yearText + ISO_MONTH_DAYS[month][day]);
}

/** The offset after the date pattern's spaces at `i`. */
function skipDateSpaces(text: string, i: number): number {
  while (isDateSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The date of `dates` (in text order) that starts at `offset`, if one does. */
export function dateStartingAt(dates: readonly DateAt[], offset: number): DateAt | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < dates.length && dates[lo].start === offset ? dates[lo] : undefined;
}
