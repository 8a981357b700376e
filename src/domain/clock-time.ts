import { foldText } from './fold-text.js';

// Folded words after an hour that place it in the day: `8h tối` is 20:00, `9 pm` is 21:00.
type DayPart = 'am' | 'pm' | 'sang' | 'trua' | 'chieu' | 'toi' | 'dem';

/** The 24-hour hour of `hour` (1–12) said with a part of the day, or null when the pair makes no sense. */
function toDayHour(hour: number, part: DayPart): number | null {
  if (hour < 1 || hour > 12) return null;
  switch (part) {
    case 'am':
    case 'sang':
      return hour % 12;
    case 'pm':
    case 'chieu':
    case 'toi':
      return (hour % 12) + 12;
    case 'trua':
      // Noon is 11h–1h trưa.
      return hour >= 11 ? hour : hour + 12;
    case 'dem':
      // Night runs from 9h đêm to 4h đêm; 12h đêm is midnight.
      return hour >= 9 ? (hour % 12) + (hour === 12 ? 0 : 12) : hour;
  }
}

// hour, then `:MM` or an hour word (`h`, `g`, `giờ`) with optional minutes, then an optional part of the day.
const TIME = /^(\d{1,2})(?::(\d{2})|\s?(h|g|gio)\s?(\d{2})?)?\s?(am|pm|sang|trua|chieu|toi|dem)?$/;

/**
 * Reads a time of day as owners type it into `HH:MM` (24-hour): `20:30`, `8:05`, `20h30`, `21h`, `9pm`,
 * `9:30 pm`, `8h tối`, `8 giờ tối`, `7h30 sáng`, `12h đêm` (midnight). Null for anything else, e.g. `25:00`,
 * `20:75`, `13pm`, or a bare `9`.
 */
export function parseClockTime(text: string): string | null {
  const match = TIME.exec(foldText(text).trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const [, hourText, colonMinutes, hourWord, wordMinutes, part] = match;
  if (colonMinutes === undefined && hourWord === undefined && part === undefined) return null;
  let hours = Number(hourText);
  const minutes = Number(colonMinutes ?? wordMinutes ?? 0);
  if (minutes > 59) return null;
  if (part !== undefined) {
    const dayHour = toDayHour(hours, part as DayPart);
    if (dayHour === null) return null;
    hours = dayHour;
  }
  if (hours > 23) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
