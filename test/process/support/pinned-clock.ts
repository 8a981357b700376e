/**
 * The instant every bot process and CLI run in the tests starts at (SHOPPULSE_NOW): a Tuesday noon in Ho
 * Chi Minh City, far from the day close (04:00), the evening reminder and the Monday push, so no answer
 * depends on the hour the suite runs.
 */
export const PINNED_NOW = '2026-11-24T12:00:00+07:00';

/** The settings that pin a process's clock to `at` (it then advances with real time). */
export function pinnedClockEnv(at: string = PINNED_NOW): Record<string, string> {
  return { SHOPPULSE_NOW: at, NODE_ENV: 'test' };
}

/** `YYYY-MM-DD`, `days` before the calendar day of `at` in Asia/Ho_Chi_Minh (the shops' time zone). */
export function localDaysBefore(days: number, at: string = PINNED_NOW): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(at));
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
