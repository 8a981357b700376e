/** First minute of the Monday-morning window default weekly pushes are spread over: 07:00. */
const WINDOW_START_MINUTE = 7 * 60;

/** Minutes in the window, 07:00–09:59: one slot a minute. */
const WINDOW_MINUTES = 3 * 60;

const LEADING_HEX = /^[0-9a-f]{7}/i;

/**
 * The default local time 'HH:MM' of a shop's weekly push: a minute of 07:00–09:59 chosen by its id, so
 * many shops' pushes, paced at Telegram's send rate, spread over the morning instead of all queuing at
 * 08:00. Deterministic: a shop always gets the same minute. Shop ids are random UUIDs; their first 7 hex
 * digits (28 bits) modulo 180 pick the minute. Migration 0011 computes the same slot in SQL.
 */
export function defaultWeeklyPushTime(shopId: string): string {
  const hex = LEADING_HEX.exec(shopId);
  if (!hex) throw new RangeError('A shop id starts with 7 hex digits');
  const minute = WINDOW_START_MINUTE + (Number.parseInt(hex[0], 16) % WINDOW_MINUTES);
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
