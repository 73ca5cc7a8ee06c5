/** Dates written as the UN writes them: `9 December 1981`. */
import { DateAt, type OffsetLines } from '../spans';
import { daysInMonth, MONTH_NAMES } from '../../util/dates';
import { isDigit, isLower } from './text';

// One or two digits, spaces, a month name, spaces, four digits. The space classes are single
// quantifiers between fixed words, and a match can only start at a digit, so this is linear.
// The word must be a month name (util/dates MONTH_NAMES); other words are skipped by the scan.
// Run with `test`, not `exec`: the parts are read back from where the match ends, so a date costs
// no match array and no substrings but its own text and its ISO form.
const DATE = /(?<![0-9A-Za-z])[0-9]{1,2}[ \t\n\u00a0]+[A-Z][a-z]{2,8}[ \t\n\u00a0]+[0-9]{4}(?![0-9A-Za-z])/g;

/** Months as ISO writes them, `01` for January. */
const ISO_MONTHS: readonly string[] = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** Days 0–99 as ISO writes them, `07` for 7. */
const ISO_DAYS: readonly string[] = Array.from({ length: 100 }, (_, d) => String(d).padStart(2, '0'));

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
 * Every `D Month YYYY` in `text`, in order, with `valid` false for days that do not exist. A date
 * carries its offsets in the scanned text, so citations can pick up the date after `of`.
 */
export function scanDates(text: string, lines: OffsetLines): DateAt[] {
  const dates: DateAt[] = [];
  DATE.lastIndex = 0;
  while (DATE.test(text)) {
    // Read back from the end: four digits, spaces, a capital and small letters, spaces, one or two
    // digits with no letter or digit before them (the pattern's look-behind).
    const end = DATE.lastIndex;
    let wordEnd = end - 4;
    while (isDateSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
    let wordStart = wordEnd - 1;
    while (isLower(text.charCodeAt(wordStart))) wordStart--;
    let dayEnd = wordStart;
    while (isDateSpace(text.charCodeAt(dayEnd - 1))) dayEnd--;
    const twoDigits = isDigit(text.charCodeAt(dayEnd - 2));
    const start = twoDigits ? dayEnd - 2 : dayEnd - 1;
    const day = twoDigits ? (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48 : text.charCodeAt(start) - 48;
    const month = monthAt(text, wordStart, wordEnd);
    if (month === 0) {
      DATE.lastIndex = start + 1;
      continue;
    }
    const yearText = text.slice(end - 4, end);
    const year = Number(yearText);
    const valid = day >= 1 && day <= daysInMonth(year, month);
    dates.push(new DateAt(text.slice(start, end), lines, start, end, day, month, year, valid, `${yearText}-${ISO_MONTHS[month - 1]}-${ISO_DAYS[day]}`));
  }
  return dates;
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
