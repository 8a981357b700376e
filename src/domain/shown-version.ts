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
  shop: 10,
  product: 10,
  day: 8,
  ownerData: 10,
  costReapply: 8,
} as const;

/** A shop's delete confirmation: its name and the number of days it holds. */
export function shopDeleteVersion(shop: { name: string; days: number }): string {
  return shownVersion([shop.name, shop.days], SHOWN_LENGTHS.shop);
}

/** A product's delete confirmation (after its card): its name, sell price and unit cost. */
export function productVersion(product: { name: string; sellPrice: number; cogs: number }): string {
  return shownVersion([product.name, product.sellPrice, product.cogs], SHOWN_LENGTHS.product);
}

/** A saved day's stored figures, as its delete confirmation shows them, and which record it is. */
export interface ShownDay {
  /** The record's id: a day deleted and entered again is another record, even with the same figures. */
  recordId: string;
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
  cogs: number;
  netProfit: number;
}

function dayValues(day: ShownDay): ShownValue[] {
  return [day.recordId, day.orders, day.revenue, day.adSpend, day.leads, day.cogs, day.netProfit];
}

/** A saved day's delete confirmation: the record and its stored figures. */
export function savedDayVersion(day: ShownDay): string {
  return shownVersion(dayValues(day), SHOWN_LENGTHS.day);
}

/**
 * An entry card's Save: the saved day the card compared the entry with (old → new; its savedDayVersion),
 * or that the day had no record (null).
 */
export function overwrittenDayVersion(day: ShownDay | null): string {
  return day ? savedDayVersion(day) : shownVersion(['no record'], SHOWN_LENGTHS.day);
}

/** What /deletemydata's confirmation counts: the shops by name and the rows of each kind. */
export interface ShownOwnerData {
  /** Oldest first. */
  shops: readonly { name: string }[];
  days: number;
  weeklyDiagnoses: number;
  actionItems: number;
  monthlyGoals: number;
  adDecisions: number;
  productPresets: number;
  growthSimulations: number;
}

/** The /deletemydata confirmation: every count it shows, and the shops' names. */
export function ownerDataVersion(data: ShownOwnerData): string {
  const names = data.shops.map((shop) => shop.name);
  const { days, weeklyDiagnoses, actionItems, monthlyGoals, adDecisions, productPresets } = data;
  return shownVersion(
    [
      names.length,
      ...names,
      days,
      weeklyDiagnoses,
      actionItems,
      monthlyGoals,
      adDecisions,
      productPresets,
      data.growthSimulations,
    ],
    SHOWN_LENGTHS.ownerData,
  );
}

/**
 * A cost re-apply offer: the settings it was computed with (their version), the first day of its range,
 * and each day it would rewrite (the record, its stored figures, and its net profit after), in date order.
 */
export function costReapplyVersion(offer: {
  settingsVersion: string;
  from: string;
  days: readonly (ShownDay & { recordDate: string; netProfitAfter: number })[];
}): string {
  return shownVersion(
    [
      offer.settingsVersion,
      offer.from,
      offer.days.length,
      ...offer.days.flatMap((day) => [day.recordDate, ...dayValues(day), day.netProfitAfter]),
    ],
    SHOWN_LENGTHS.costReapply,
  );
}
