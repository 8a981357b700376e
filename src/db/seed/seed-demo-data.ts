import { fixedCostOfDay } from '../../domain/fixed-cost-share.js';
import type { Database } from '../client.js';
import { insertDailyRecords } from '../queries/daily-records.js';
import { upsertMonthlyGoal } from '../queries/monthly-goals.js';
import { createProductPreset } from '../queries/product-presets.js';
import { updateShopSettings } from '../queries/shop-settings.js';
import { createShopWithSettings } from '../queries/shops.js';
import { createUser, deleteUserByExternalId } from '../queries/users.js';
import type { Shop, User } from '../schema/index.js';
import { type DemoDataOptions, generateDemoData, toDailyRecordValues } from './demo-data.js';

export interface SeededShop {
  user: User;
  shop: Shop;
  daysRecorded: number;
}

/**
 * Writes the demo shops, replacing any earlier demo data (the demo owners are deleted first, with all
 * they own): running it twice leaves one copy. One transaction: all or nothing.
 */
export async function seedDemoData(db: Database, options: DemoDataOptions): Promise<SeededShop[]> {
  const demo = generateDemoData(options);
  return db.transaction(async (tx) => {
    const seeded: SeededShop[] = [];
    for (const { owner, shop: shopSpec, settings: patch, presets, goal, days } of demo) {
      await deleteUserByExternalId(tx, owner.externalId);
      const user = await createUser(tx, owner);
      const shop = await createShopWithSettings(tx, { ownerId: user.id, ...shopSpec });
      const settings = await updateShopSettings(tx, shop.id, patch);
      if (!settings) throw new Error(`shop ${shop.id} has no settings`);
      for (const preset of presets) await createProductPreset(tx, shop.id, preset);
      await upsertMonthlyGoal(tx, shop.id, goal);
      const daysRecorded = await insertDailyRecords(
        tx,
        shop.id,
        days.map((day) => ({
          ...toDailyRecordValues(day, {
            ...settings,
            dailyFixedCost: fixedCostOfDay(settings.monthlyFixedCost, day.date),
          }),
          enteredBy: user.id,
        })),
      );
      seeded.push({ user: { ...user, currentShopId: shop.id }, shop, daysRecorded });
    }
    return seeded;
  });
}
