/** Dates as the rules speak of them: written the UN way, and GA session years. */

const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

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

/** ISO `2018-12-05` → `5 December 2018`; undefined when it is no ISO date. */
export function writtenDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${day} ${monthName(month)} ${year}`;
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
