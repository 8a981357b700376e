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
} as const;

/** A shop's delete confirmation: its name and the number of days it holds. */
export function shopDeleteVersion(shop: { name: string; days: number }): string {
  return shownVersion([shop.name, shop.days], SHOWN_LENGTHS.shop);
}

/** A product's delete confirmation (after its card): its name, sell price and unit cost. */
export function productVersion(product: { name: string; sellPrice: number; cogs: number }): string {
  return shownVersion([product.name, product.sellPrice, product.cogs], SHOWN_LENGTHS.product);
}
