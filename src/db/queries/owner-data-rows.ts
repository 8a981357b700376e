import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  type ActionItem,
  type AdDecision,
  actionItems,
  adDecisions,
  type GrowthSimulation,
  growthSimulations,
  type MonthlyGoal,
  monthlyGoals,
  type ProductPreset,
  productPresets,
  shopSettings,
  shops,
  type WeeklyDiagnostic,
  weeklyDiagnostics,
} from '../schema/index.js';
import type { ShopWithSettings } from './shops.js';

// Every row an owner has in each table of their shops, for "export all": each query joins the shop and
// keeps the owner's shops only. Shops oldest first, then each table in its natural order.

/** The owner's shops with their settings, oldest first. */
export async function listOwnerShopsWithSettings(db: Database, ownerId: string): Promise<ShopWithSettings[]> {
  const rows = await db
    .select({ shop: getTableColumns(shops), settings: getTableColumns(shopSettings) })
    .from(shops)
    .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id));
  return rows.map((row) => ({ ...row.shop, settings: row.settings }));
}

export async function listOwnerWeeklyDiagnostics(db: Database, ownerId: string): Promise<WeeklyDiagnostic[]> {
  return db
    .select(getTableColumns(weeklyDiagnostics))
    .from(weeklyDiagnostics)
    .innerJoin(shops, eq(shops.id, weeklyDiagnostics.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id), asc(weeklyDiagnostics.weekStart));
}

/** Action items with the ISO week of the diagnosis they belong to. */
export async function listOwnerActionItems(
  db: Database,
  ownerId: string,
): Promise<(ActionItem & { isoWeek: string })[]> {
  return db
    .select({ ...getTableColumns(actionItems), isoWeek: weeklyDiagnostics.isoWeek })
    .from(actionItems)
    .innerJoin(weeklyDiagnostics, eq(weeklyDiagnostics.id, actionItems.diagnosticId))
    .innerJoin(shops, eq(shops.id, actionItems.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(
      asc(shops.createdAt),
      asc(shops.id),
      asc(weeklyDiagnostics.weekStart),
      asc(actionItems.position),
    );
}

export async function listOwnerMonthlyGoals(db: Database, ownerId: string): Promise<MonthlyGoal[]> {
  return db
    .select(getTableColumns(monthlyGoals))
    .from(monthlyGoals)
    .innerJoin(shops, eq(shops.id, monthlyGoals.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id), asc(monthlyGoals.month));
}

export async function listOwnerAdDecisions(db: Database, ownerId: string): Promise<AdDecision[]> {
  return db
    .select(getTableColumns(adDecisions))
    .from(adDecisions)
    .innerJoin(shops, eq(shops.id, adDecisions.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id), asc(adDecisions.createdAt), asc(adDecisions.id));
}

export async function listOwnerProductPresets(db: Database, ownerId: string): Promise<ProductPreset[]> {
  return db
    .select(getTableColumns(productPresets))
    .from(productPresets)
    .innerJoin(shops, eq(shops.id, productPresets.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(asc(shops.createdAt), asc(shops.id), asc(productPresets.name));
}

export async function listOwnerGrowthSimulations(db: Database, ownerId: string): Promise<GrowthSimulation[]> {
  return db
    .select(getTableColumns(growthSimulations))
    .from(growthSimulations)
    .innerJoin(shops, eq(shops.id, growthSimulations.shopId))
    .where(eq(shops.ownerId, ownerId))
    .orderBy(
      asc(shops.createdAt),
      asc(shops.id),
      asc(growthSimulations.createdAt),
      asc(growthSimulations.id),
    );
}
