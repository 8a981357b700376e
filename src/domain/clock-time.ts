/**
 * Reads a time of day as owners type it, `20:30`, `8:05` or `20h30` (`20h` = 20:00), into `HH:MM`
 * (24-hour); null for anything else, e.g. `25:00`, `20:75`, `8pm`.
 */
export function parseClockTime(text: string): string | null {
  const match = /^(\d{1,2})(?::(\d{2})|h(\d{2})?)$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
