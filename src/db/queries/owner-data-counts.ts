import { asc, eq, inArray } from 'drizzle-orm';
import type { ShownOwnerData } from '../../domain/shown-version.js';
import type { Database } from '../client.js';
import {
  actionItems,
  adDecisions,
  dailyRecords,
  growthSimulations,
  monthlyGoals,
  productPresets,
  shops,
  users,
  weeklyDiagnostics,
} from '../schema/index.js';

/** What an owner has stored, as the deletion confirmation names it: their shops by name, rows per table. */
export interface OwnerDataCounts extends ShownOwnerData {
  /** Oldest first. */
  shops: { id: string; name: string }[];
}

/** Counts the owner's rows in every table of their shops; null when there is no such user. */
export async function countOwnerData(db: Database, ownerId: string): Promise<OwnerDataCounts | null> {
  const owned = db.select({ id: shops.id }).from(shops).where(eq(shops.ownerId, ownerId));
  const [counts] = await db
    .select({
      days: db.$count(dailyRecords, inArray(dailyRecords.shopId, owned)),
      weeklyDiagnoses: db.$count(weeklyDiagnostics, inArray(weeklyDiagnostics.shopId, owned)),
      actionItems: db.$count(actionItems, inArray(actionItems.shopId, owned)),
      monthlyGoals: db.$count(monthlyGoals, inArray(monthlyGoals.shopId, owned)),
      adDecisions: db.$count(adDecisions, inArray(adDecisions.shopId, owned)),
      productPresets: db.$count(productPresets, inArray(productPresets.shopId, owned)),
      growthSimulations: db.$count(growthSimulations, inArray(growthSimulations.shopId, owned)),
    })
    .from(users)
    .where(eq(users.id, ownerId));
  if (!counts) return null;
  const ownedShops = await db
    .select({ id: shops.id, name: shops.name })
    .from(shops)
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id));
  return { shops: ownedShops, ...counts };
}
