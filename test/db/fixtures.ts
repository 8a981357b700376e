import type { Database } from '../../src/db/client.js';
import type { DailyRecordValues } from '../../src/db/queries/daily-records.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import type { Shop, User } from '../../src/db/schema/index.js';

let nextTelegramId = 100_000_001;

/** A user (fake Telegram id) owning one shop with default settings. */
export async function createOwnerWithShop(
  db: Database,
  options: { shopName?: string; cogsRatio?: number } = {},
): Promise<{ user: User; shop: Shop }> {
  const user = await createUser(db, {
    externalId: String(nextTelegramId++),
    displayName: 'Chị Mai',
    language: 'vi',
  });
  const shop = await createShopWithSettings(db, {
    ownerId: user.id,
    name: options.shopName ?? 'Hoa Mai Shop',
    cogsRatio: options.cogsRatio ?? 0.4,
  });
  return { user, shop };
}

/** The docs/product.md example day `15 8tr5 2tr 85` with default settings, for `date`. */
export function exampleDay(date: string, overrides: Partial<DailyRecordValues> = {}): DailyRecordValues {
  return {
    recordDate: date,
    orders: 15,
    revenue: 8_500_000,
    adSpend: 2_000_000,
    leads: 85,
    cogs: 3_400_000,
    aov: 566_667,
    cpl: 23_529,
    cvr: 17.65,
    roas: 4.25,
    netProfit: 3_100_000,
    ...overrides,
  };
}
