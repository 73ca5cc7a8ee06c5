/** Dates written as the UN writes them: `9 December 1981`. */
import type { DateMention } from '../../model';
import { DateAt, type OffsetLines } from '../spans';
import { daysInMonth, MONTH_NAMES } from '../../util/dates';
import { isDigit, isLower, skipSpaces } from './text';

// One or two digits, spaces, a month name, spaces, four digits. The space classes are single
// quantifiers between fixed words, and a match can only start at a digit, so this is linear.
// The word must be a month name (util/dates MONTH_NAMES); other words are skipped by the scan.
// No capturing groups: the parts are read back from the match's offsets, so a date costs no
// substrings but its own text and its ISO form.
const DATE = /(?<![0-9A-Za-z])[0-9]{1,2}[ \t\n\u00a0]+[A-Z][a-z]{2,8}[ \t\n\u00a0]+[0-9]{4}(?![0-9A-Za-z])/g;

/** Months as ISO writes them, `01` for January. */
const ISO_MONTHS: readonly string[] = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** Days 0–99 as ISO writes them, `07` for 7. */
const ISO_DAYS: readonly string[] = Array.from({ length: 100 }, (_, d) => String(d).padStart(2, '0'));

/** A date with its offsets in the scanned text, so citations can pick up the date after `of`. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly mention: DateMention;
}

/** The month (1–12) whose name stands at `start` … `end` of `text`, or 0. */
function monthAt(text: string, start: number, end: number): number {
  for (let k = 0; k < MONTH_NAMES.length; k++) {
    const name = MONTH_NAMES[k];
    if (name.length === end - start && text.startsWith(name, start)) return k + 1;
  }
  return 0;
}

/** Every `D Month YYYY` in `text`, in order, with `valid` false for days that do not exist. */
export function scanDates(text: string, lines: OffsetLines): DateSpan[] {
  const dates: DateSpan[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The match is digits, spaces, a capital and small letters, spaces, four digits.
    const twoDigits = isDigit(text.charCodeAt(start + 1));
    const day = twoDigits ? (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48 : text.charCodeAt(start) - 48;
    const wordStart = skipSpaces(text, start + (twoDigits ? 2 : 1));
    let wordEnd = wordStart + 1;
    while (isLower(text.charCodeAt(wordEnd))) wordEnd++;
    const month = monthAt(text, wordStart, wordEnd);
    if (month === 0) {
      DATE.lastIndex = start + 1;
      continue;
    }
    const yearText = text.slice(end - 4, end);
    const year = Number(yearText);
    const valid = day >= 1 && day <= daysInMonth(year, month);
    const mention: DateMention = new DateAt(m[0], lines, start, end, day, month, year, valid, `${yearText}-${ISO_MONTHS[month - 1]}-${ISO_DAYS[day]}`);
    dates.push({ start, end, mention });
  }
  return dates;
}

/** The date of `dates` (in text order) that starts at `offset`, if one does. */
export function dateStartingAt(dates: readonly DateSpan[], offset: number): DateSpan | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < dates.length && dates[lo].start === offset ? dates[lo] : undefined;
}
