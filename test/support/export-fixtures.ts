import type { Database } from '../../src/db/client.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import { insertDays } from './record-fixtures.js';

/** The daily records export's column headers in English, in order. */
export const ENGLISH_EXPORT_HEADERS = [
  'Date',
  'Orders',
  'Revenue (₫)',
  'Ad spend (₫)',
  'Leads',
  'COGS (₫)',
  'AOV (₫)',
  'CPL (₫)',
  'CVR (%)',
  'ROAS',
  'Returns (₫)',
  'Shipping (₫)',
  'Payment fees (₫)',
  'Fixed cost (₫)',
  'Net profit (₫)',
];

/**
 * Hoa Mai Shop (COGS 40 % of revenue) with four days: 31/10 without ads or leads, 01/11 and 02/11 with
 * everything, 03/11 with ads and leads but no order. Returns the shop's id.
 */
export async function shopWithFourDays(db: Database): Promise<string> {
  const user = await createUser(db, { externalId: '900' });
  const shopId = (
    await createShopWithSettings(db, { ownerId: user.id, name: 'Hoa Mai Shop', cogsRatio: 0.4 })
  ).id;
  await insertDays(db, shopId, [
    ['2026-10-31', 1, 100_000, 0, 0],
    ['2026-11-01', 15, 8_500_000, 2_000_000, 85],
    ['2026-11-02', 8, 4_000_000, 2_500_000, 90],
    ['2026-11-03', 0, 0, 300_000, 12],
  ]);
  return shopId;
}
