/** Dates written as the UN writes them: `9 December 1981`. */
import type { DateMention } from '../../model';
import { DateAt, type OffsetLines } from '../spans';
import { daysInMonth, MONTH_NAMES } from '../../util/dates';

// One or two digits, spaces, a month name, spaces, four digits. The space classes are single
// quantifiers between fixed words, and a match can only start at a digit, so this is linear.
// The word must be a month name (util/dates MONTH_NAMES); other words are skipped by the scan.
const DATE = /(?<![0-9A-Za-z])([0-9]{1,2})[ \t\n\u00a0]+([A-Z][a-z]{2,8})[ \t\n\u00a0]+([0-9]{4})(?![0-9A-Za-z])/g;

/** Months as ISO writes them, `01` for January. */
const ISO_MONTHS: readonly string[] = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** A date with its offsets in the scanned text, so citations can pick up the date after `of`. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly mention: DateMention;
}

/** Every `D Month YYYY` in `text`, in order, with `valid` false for days that do not exist. */
export function scanDates(text: string, lines: OffsetLines): DateSpan[] {
  const dates: DateSpan[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const day = Number(m[1]);
    const month = MONTH_NAMES.indexOf(m[2]) + 1;
    if (month === 0) {
      DATE.lastIndex = m.index + 1;
      continue;
    }
    const year = Number(m[3]);
    const start = m.index;
    const end = start + m[0].length;
    const valid = day >= 1 && day <= daysInMonth(year, month);
    // The year has four digits and the day one or two: the ISO date is made of the written digits.
    const iso = `${m[3]}-${ISO_MONTHS[month - 1]}-${m[1].length === 2 ? m[1] : '0' + m[1]}`;
    const mention: DateMention = new DateAt(m[0], lines, start, end, day, month, year, valid, iso);
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
