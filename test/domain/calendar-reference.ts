// The hand-written calendar arithmetic that src/domain/iso-date.ts and local-date.ts used before they were
// rebuilt on dayjs, kept only as the reference the property tests compare the new code with.

export interface Parts {
  year: number;
  month: number;
  day: number;
}

export function refDaysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function refIsoWeekday({ year, month, day }: Parts): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const toIso = ({ year, month, day }: Parts): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

function split(iso: string): Parts {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Day count from 0001-01-01 (proleptic Gregorian), by hand. */
function dayNumber({ year, month, day }: Parts): number {
  const y = year - 1;
  let n = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++) n += refDaysInMonth(year, m);
  return n + day - 1;
}

function fromDayNumber(n: number): string {
  let year = Math.floor(n / 365.2425) + 1;
  while (dayNumber({ year, month: 1, day: 1 }) > n) year--;
  while (dayNumber({ year: year + 1, month: 1, day: 1 }) <= n) year++;
  let rest = n - dayNumber({ year, month: 1, day: 1 });
  let month = 1;
  while (rest >= refDaysInMonth(year, month)) {
    rest -= refDaysInMonth(year, month);
    month++;
  }
  return toIso({ year, month, day: rest + 1 });
}

export function refAddDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(split(iso)) + n);
}

export function refDaysBetween(from: string, to: string): number {
  return dayNumber(split(to)) - dayNumber(split(from));
}

/** The ISO week of a date: the year of its Thursday, counted in weeks from that year's first Thursday. */
export function refIsoWeekOf(iso: string): string {
  const thursday = split(refAddDays(iso, 4 - refIsoWeekday(split(iso))));
  const week = Math.floor(refDaysBetween(toIso({ ...thursday, month: 1, day: 1 }), toIso(thursday)) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
}

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function refFormatDateEn(iso: string): string {
  const parts = split(iso);
  return `${WEEKDAYS_EN[refIsoWeekday(parts) - 1]} ${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
}

export function refFormatShortDateEn(iso: string): string {
  const parts = split(iso);
  return `${parts.day} ${MONTHS_EN[parts.month - 1]}`;
}
