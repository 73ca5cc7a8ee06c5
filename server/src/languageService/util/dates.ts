/** Dates as the UN writes them (`9 December 1981`), as ISO dates, and GA session years: the one home of month names. */

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The English name of month 1–12; `?` outside that range. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '?';
}

/** Whether `year` is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days of `month` (1–12) in `year`; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The month (1–12) an English month name names, in any case; 0 for none. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex(m => m.toLowerCase() === lower) + 1;
}

/** ISO `2018-12-05` → `5 December 2018`; undefined when it is no ISO date. */
export function writtenDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${day} ${monthName(month)} ${year}`;
}

/** ISO `2018-12-05` → `5 December 2018`; anything else (not an ISO date, or no such day) is returned as it is. */
export function formatDate(iso: string): string {
  return writtenDate(iso) ?? iso;
}

/** `12 December 2019` or `2019-12-04` as ISO `YYYY-MM-DD`, when it is a real date. */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const written = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})$/.exec(t.replace(/\s+/g, ' '));
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (written) {
    day = Number(written[1]);
    month = monthNumber(written[2]);
    year = Number(written[3]);
  } else {
    return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Why day/month/year is no date (`April has 30 days`), or undefined when it is one. */
export function impossibleDateReason(day: number, month: number, year: number): string | undefined {
  const days = daysInMonth(year, month);
  if (days === 0) return 'there is no such month';
  if (day >= 1 && day <= days) return undefined;
  if (month === 2 && day === 29) return `${year} is not a leap year`;
  return `${monthName(month)} has ${days} days`;
}

/**
 * The years in which resolutions of regular GA session `session` are dated: the session opens in
 * September of 1945 + N and runs into the next year.
 */
export function gaSessionYears(session: number): readonly [number, number] {
  return [1945 + session, 1946 + session];
}
