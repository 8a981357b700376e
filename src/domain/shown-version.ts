import { createHash } from 'node:crypto';

/** A value a confirmation showed, as it goes into its fingerprint. */
export type ShownValue = string | number | boolean | null;

/**
 * A short fingerprint of what a confirmation showed: `length` base-36 characters (1–12) of a SHA-256 of the
 * values in order. The same values give the same fingerprint on every instance; a change of any of them
 * gives another one (but for a chance of 36^-length), so a button carrying it can tell whether what it
 * showed still holds.
 */
export function shownVersion(values: readonly ShownValue[], length: number): string {
  if (!Number.isInteger(length) || length < 1 || length > 12) throw new RangeError(`length ${length}`);
  const digest = createHash('sha256').update(JSON.stringify(values)).digest();
  const code = (digest.readBigUInt64BE(0) % 36n ** BigInt(length)).toString(36);
  return code.padStart(length, '0');
}

/** The fingerprint lengths each confirmation's button carries (its callback data has room for these). */
export const SHOWN_LENGTHS = {
  savedDay: 8,
  shop: 10,
  product: 10,
  ownerData: 5,
  /** The settings part, then the days part: together the 10 characters of a re-apply button. */
  reapplySettings: 3,
  reapplyDays: 7,
} as const;

/** A saved day as a confirmation shows it: its inputs, and the COGS and net profit it was stored with. */
export interface ShownDay {
  date: string;
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
  cogs: number;
  netProfit: number;
}

/** The saved day a delete confirmation or an entry card's old → new showed; null: the day had none. */
export function savedDayVersion(day: ShownDay | null): string {
  const values = day && [day.date, day.orders, day.revenue, day.adSpend, day.leads, day.cogs, day.netProfit];
  return shownVersion(values ?? ['no record'], SHOWN_LENGTHS.savedDay);
}

/** A shop's delete confirmation: its name and the number of days it holds. */
export function shopDeleteVersion(shop: { name: string; days: number }): string {
  return shownVersion([shop.name, shop.days], SHOWN_LENGTHS.shop);
}

/** A product's delete confirmation (after its card): its name, sell price and unit cost. */
export function productVersion(product: { name: string; sellPrice: number; cogs: number }): string {
  return shownVersion([product.name, product.sellPrice, product.cogs], SHOWN_LENGTHS.product);
}

/** What /deletemydata counted: every shop (id and name, in order) and every count. */
export function ownerDataVersion(counts: {
  shops: readonly { id: string; name: string }[];
  counts: readonly number[];
}): string {
  const shops = counts.shops.flatMap((shop) => [shop.id, shop.name]);
  return shownVersion([...shops, '|', ...counts.counts], SHOWN_LENGTHS.ownerData);
}

/** A saved day in a re-apply offer: its net profit as stored, and as the current costs make it. */
export interface ReappliedDay {
  date: string;
  netProfitBefore: number;
  netProfitAfter: number;
}

/**
 * A cost re-apply offer: the settings it was made for (their stamp) in the first characters, then every
 * day it covered with its old → new, so either a settings change or a day saved, edited or deleted since
 * can be told.
 */
export function reapplyVersion(settingsStamp: string, days: readonly ReappliedDay[]): string {
  const daysPart = days.flatMap((day) => [day.date, day.netProfitBefore, day.netProfitAfter]);
  return (
    reapplySettingsPart(settingsStamp) + shownVersion([settingsStamp, ...daysPart], SHOWN_LENGTHS.reapplyDays)
  );
}

/** The settings part of a re-apply version (its first characters). */
export function reapplySettingsPart(settingsStamp: string): string {
  return shownVersion([settingsStamp], SHOWN_LENGTHS.reapplySettings);
}
