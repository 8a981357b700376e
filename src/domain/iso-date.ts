/** A calendar date split into numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** A calendar day (month 1–12) as a Date at midnight UTC; years 1–99 stay themselves (setUTCFullYear). */
export function utcDateOf({ year, month, day }: DateParts): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDateOf({ year, month: month + 1, day: 0 }).getUTCDate();
}

/** The first and last day (`YYYY-MM-DD`) of a month (month 1–12). */
export function monthBounds(year: number, month: number): { start: string; end: string } {
  return {
    start: toIsoDate({ year, month, day: 1 }),
    end: toIsoDate({ year, month, day: daysInMonth(year, month) }),
  };
}

/** Whether year/month/day name a real calendar day (year 1–9999). */
export function isValidDateParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds the `YYYY-MM-DD` text of a date. */
export function toIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a `YYYY-MM-DD` text into numbers; null unless it is a real calendar day. */
export function splitIsoDate(isoDate: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDateParts(parts) ? parts : null;
}

/** Whether a text is a real calendar day written `YYYY-MM-DD`. */
export function isValidIsoDate(isoDate: string): boolean {
  return splitIsoDate(isoDate) !== null;
}

/** Splits a `YYYY-MM-DD` text, throwing a RangeError if it is not one (for dates the code itself produced). */
export function requireIsoDate(isoDate: string): DateParts {
  const parts = splitIsoDate(isoDate);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  return parts;
}

/** Day of the week of a date, ISO numbering: 1 = Monday … 7 = Sunday. */
export function isoWeekday(parts: DateParts): number {
  return utcDateOf(parts).getUTCDay() || 7;
}
