import { parseClockTime } from './clock-time.js';
import { foldText } from './fold-text.js';
import { isValidTimeZone } from './local-date.js';
import { parseCount, parseMoney } from './money.js';
import { err, ok, type ParseResult } from './parse-result.js';
import { parseRatio } from './ratio.js';

/** How a setting is typed, stored and shown. */
export type SettingKind = 'percent' | 'money' | 'factor' | 'count' | 'clock' | 'weekday' | 'switch' | 'zone';

export type SettingValue = number | string | boolean;

/**
 * What an amount is per (order, month, lead, ad), what a count counts (days, orders, impressions), or a
 * factor that multiplies a reference (`times`).
 */
export type SettingUnit = 'order' | 'month' | 'lead' | 'ad' | 'day' | 'impression' | 'times';

/** `wrong-unit`: an amount typed per another unit than the setting's (`500k/ngày` for a monthly cost). */
export type SettingValueError = 'invalid' | 'out-of-range' | 'wrong-unit';

/** Inclusive bounds; for a clock time, in minutes after midnight (360 = 06:00). */
export interface SettingBounds {
  min?: number;
  max?: number;
}

/**
 * A value read for a setting, or why not: `invalid` (not a value of its kind) or `out-of-range`, with the
 * value as read (`read`) when it was read before its bounds refused it (`7h` → `07:00` for a 06:00 ceiling).
 */
export type SettingRead =
  | { ok: true; value: SettingValue }
  | { ok: false; error: 'invalid' | 'wrong-unit' }
  | { ok: false; error: 'out-of-range'; read?: SettingValue };

/** Minutes after midnight of an `HH:MM` time. */
export function minutesOfClock(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The `HH:MM` time of a number of minutes after midnight. */
export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// Folded weekday names: Vietnamese (`thu 2`, `t2`, `chu nhat`, `cn`) and English, ISO numbering (1 = Monday).
const WEEKDAYS: Record<string, number> = {
  'thu 2': 1,
  'thu hai': 1,
  t2: 1,
  monday: 1,
  mon: 1,
  'thu 3': 2,
  'thu ba': 2,
  t3: 2,
  tuesday: 2,
  tue: 2,
  'thu 4': 3,
  'thu tu': 3,
  t4: 3,
  wednesday: 3,
  wed: 3,
  'thu 5': 4,
  'thu nam': 4,
  t5: 4,
  thursday: 4,
  thu: 4,
  'thu 6': 5,
  'thu sau': 5,
  t6: 5,
  friday: 5,
  fri: 5,
  'thu 7': 6,
  'thu bay': 6,
  t7: 6,
  saturday: 6,
  sat: 6,
  'chu nhat': 7,
  cn: 7,
  sunday: 7,
  sun: 7,
};

const SWITCH_WORDS: Record<string, boolean> = {
  bat: true,
  on: true,
  mo: true,
  yes: true,
  co: true,
  tat: false,
  off: false,
  khong: false,
  no: false,
};

// Folded unit words after an amount, Vietnamese and English; `day` is a unit no money setting takes.
const UNIT_WORDS: Record<string, SettingUnit> = {
  thang: 'month',
  month: 'month',
  mo: 'month',
  don: 'order',
  'don hang': 'order',
  order: 'order',
  lead: 'lead',
  'quang cao': 'ad',
  ad: 'ad',
  ngay: 'day',
  day: 'day',
};

const UNIT_AFTER = new RegExp(
  `^(.*?\\S)\\s*(?:/|\\s(?:moi|mot|1|per|a|an|each|tren)\\s)\\s*(${Object.keys(UNIT_WORDS).join('|')})\\.?$`,
);

/**
 * An amount and the unit typed after it, folded: `14tr/tháng`, `14tr mỗi tháng`, `14m per month`,
 * `25k/đơn` → the amount's text and its unit; `unit` is null when none is named.
 */
export function splitUnit(input: string): { value: string; unit: SettingUnit | null } {
  const folded = foldText(input).trim().replace(/\s+/g, ' ');
  const match = UNIT_AFTER.exec(folded);
  return match ? { value: match[1]!, unit: UNIT_WORDS[match[2]!]! } : { value: input, unit: null };
}

/** A positive decimal factor: `1,3`, `1.3`, `x1.3`, `1.3x`, `×1,5`. */
function parseFactor(text: string): ParseResult<number, SettingValueError> {
  const match = /^[x×]?\s*(\d{1,4})(?:[.,](\d{1,2}))?\s*[x×]?$/u.exec(text);
  if (!match) return err('invalid');
  return ok(Number(`${match[1]}.${match[2] ?? '0'}`));
}

function inBounds(value: number, { min, max }: SettingBounds): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function bounded(value: SettingValue, measure: number, bounds: SettingBounds): SettingRead {
  return inBounds(measure, bounds) ? ok(value) : { ok: false, error: 'out-of-range', read: value };
}

function readNumber(kind: 'percent' | 'money' | 'factor' | 'count', text: string) {
  switch (kind) {
    case 'percent':
      // Bounds are checked below, so any share up to 100 % reads here.
      return parseRatio(text, 1);
    case 'money':
      return parseMoney(text);
    case 'factor':
      return parseFactor(foldText(text).trim());
    case 'count':
      // Each setting's own bounds apply below (some counts, like minimum impressions, exceed MAX_COUNT).
      return parseCount(text, Number.MAX_SAFE_INTEGER);
  }
}

/**
 * Reads a value typed for a setting of `kind`, within `bounds` (for percentages, bounds are fractions:
 * 0.95 = 95 %). A percentage is stored as a fraction, money as whole đồng, a clock time as `HH:MM`, a
 * weekday as 1–7 (Monday first), a switch as a boolean, a time zone as its IANA name.
 */
export function parseSettingValue(kind: SettingKind, input: string, bounds: SettingBounds = {}): SettingRead {
  const text = input.trim();
  switch (kind) {
    case 'clock': {
      const time = parseClockTime(text);
      return time ? bounded(time, minutesOfClock(time), bounds) : err('invalid');
    }
    case 'weekday': {
      const folded = foldText(text).trim().replace(/\s+/g, ' ');
      const day = WEEKDAYS[folded] ?? (/^[1-7]$/.test(folded) ? Number(folded) : undefined);
      return day === undefined ? err('invalid') : ok(day);
    }
    case 'switch': {
      const on = SWITCH_WORDS[foldText(text).trim()];
      return on === undefined ? err('invalid') : ok(on);
    }
    case 'zone':
      return isValidTimeZone(text) ? ok(text) : err('invalid');
    default: {
      const read = readNumber(kind, text);
      if (!read.ok)
        return err(read.error === 'out-of-range' || read.error === 'too-large' ? 'out-of-range' : 'invalid');
      return bounded(read.value, read.value, bounds);
    }
  }
}
