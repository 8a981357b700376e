import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db/client.js';
import { claimJob } from '../../src/db/queries/job-claims.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { createProductPreset } from '../../src/db/queries/product-presets.js';
import { insertActionItems } from '../../src/db/queries/weekly-batch.js';
import type { WeeklyDiagnosticValues } from '../../src/db/queries/weekly-diagnostics.js';
import * as schema from '../../src/db/schema/index.js';
import { adDecisions, growthSimulations, shops, users } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { diagnosedWeek, exampleProjection } from '../db/fixtures.js';
import { onboard } from './bot-harness.js';
import { insertDays } from './record-fixtures.js';
import { storeWeeklyDiagnostic } from './weekly-diagnostic-fixtures.js';

/** A diagnosed week with `items` action items (texts `${text} 1`, `${text} 2`…). */
export async function insertDiagnosis(
  db: Database,
  shopId: string,
  week: WeeklyDiagnosticValues,
  items: string[],
): Promise<void> {
  const diagnostic = await storeWeeklyDiagnostic(db, shopId, week);
  await insertActionItems(
    db,
    items.map((text, i) => ({
      diagnosticId: diagnostic.id,
      shopId,
      issueCode: 'roas-below-break-even',
      templateKey: `action-${i}`,
      params: {},
      text,
      position: i,
    })),
  );
}

export async function insertGoal(db: Database, shopId: string, month: string, revenueTarget: number) {
  await upsertMonthlyGoal(db, shopId, { month, revenueTarget, profitTarget: revenueTarget / 10 });
}

export async function insertPreset(
  db: Database,
  shopId: string,
  name: string,
  sellPrice: number,
  cogs: number,
) {
  await createProductPreset(db, shopId, { name, sellPrice, cogs });
}

/** An ad verdict made at `at`. */
export async function insertAdDecision(db: Database, shopId: string, adName: string, at: string) {
  await db.insert(adDecisions).values({
    shopId,
    adName,
    daysRunning: 4,
    spend: 1_200_000,
    leads: 40,
    orders: 9,
    revenue: 4_500_000,
    impressions: 25_000,
    clicks: 400,
    decision: 'SCALE',
    suggestedBudgetChangeRatio: 0.2,
    createdAt: new Date(at),
  });
}

/** A growth projection made at `at`. */
export async function insertSimulation(db: Database, shopId: string, targetRevenue: number, at: string) {
  await db.insert(growthSimulations).values({
    shopId,
    targetRevenue,
    ...exampleProjection,
    createdAt: new Date(at),
  });
}

export async function insertReminderClaim(db: Database, shopId: string, day: string) {
  await claimJob(db, { shopId, kind: 'daily-reminder', periodKey: day, claimedBy: 'test' });
}

/** Every table of the schema, infrastructure included, by name. */
export const ALL_TABLES = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable =>
  is(value, PgTable),
);

/** Every row of every table, as JSON text per table name. */
export async function snapshotTables(db: Database): Promise<Map<string, string[]>> {
  const snapshot = new Map<string, string[]>();
  for (const table of ALL_TABLES) {
    const rows = await db.select().from(table);
    snapshot.set(getTableName(table), rows.map((row) => JSON.stringify(row)).sort());
  }
  return snapshot;
}

/** The ids of the shops of the user with this Telegram id, oldest first. */
export async function shopIdsOf(db: Database, externalId: string): Promise<string[]> {
  const rows = await db
    .select({ id: shops.id })
    .from(shops)
    .innerJoin(users, eq(users.id, shops.ownerId))
    .where(eq(users.externalId, externalId))
    .orderBy(shops.createdAt);
  return rows.map((r) => r.id);
}

/**
 * Through the bot: "Hoa Mai Shop" with two saved days (yesterday 15 8tr5 2tr 85, today 8 4tr 2tr5 90), then
 * "Hoa Mai 2" added (and current). Returns both shop ids, oldest first.
 */
export async function onboardOwnerWithTwoShops(db: Database, chat: ChatSession): Promise<[string, string]> {
  await onboard(chat, { shopName: 'Hoa Mai Shop' });
  await chat.send('hôm qua 15 8tr5 2tr 85');
  await chat.press('Lưu');
  await chat.send('8 4tr 2tr5 90');
  await chat.press('Lưu');
  await chat.send('/shop');
  await chat.press('Thêm cửa hàng');
  await chat.send('Hoa Mai 2');
  await chat.press(/40/);
  const [first, second] = await shopIdsOf(db, String(chat.user.id));
  return [first!, second!];
}

/**
 * Through the bot: "Minh Store", then in it a saved day, a diagnosed week with an action item, a goal, an ad
 * verdict, a preset and a growth projection, each text naming "của Minh". Returns the shop id.
 */
export async function onboardOwnerWithARowPerTable(db: Database, chat: ChatSession): Promise<string> {
  await onboard(chat, { shopName: 'Minh Store' });
  const [shop] = await shopIdsOf(db, String(chat.user.id));
  await insertDays(db, shop!, [['2026-11-23', 5, 2_000_000, 500_000, 20]]);
  await insertDiagnosis(db, shop!, diagnosedWeek(), ['Việc của Minh']);
  await insertGoal(db, shop!, '2026-11', 50_000_000);
  await insertAdDecision(db, shop!, 'Quảng cáo của Minh', '2026-11-20T10:00:00+07:00');
  await insertPreset(db, shop!, 'Áo của Minh', 150_000, 60_000);
  await insertSimulation(db, shop!, 80_000_000, '2026-11-23T09:00:00+07:00');
  return shop!;
}
