import type { Database } from '../../src/db/client.js';
import type { DailyRecordValues } from '../../src/db/queries/daily-records.js';
import { createEntryDraft, type EntryDraftValues } from '../../src/db/queries/entry-drafts.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import type { WeeklyDiagnosticValues } from '../../src/db/queries/weekly-diagnostics.js';
import type { EntryDraft, NewGrowthSimulation, Shop, User } from '../../src/db/schema/index.js';

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
    returnedRevenue: 0,
    shippingCost: 0,
    paymentFees: 0,
    fixedCost: 0,
    aov: 566_667,
    cpl: 23_529,
    cvr: 17.65,
    roas: 4.25,
    netProfit: 3_100_000,
    ...overrides,
  };
}

/** An unsaved card of the shop's owner: the example day on `date` unless `overrides` say otherwise. */
export function createDraft(
  db: Database,
  owner: { user: User; shop: Shop },
  date = '2026-11-20',
  overrides: Partial<EntryDraftValues> = {},
): Promise<EntryDraft> {
  return createEntryDraft(db, {
    shopId: owner.shop.id,
    userId: owner.user.id,
    ...exampleDay(date),
    ...overrides,
  });
}

/** The sums of seven example days: the totals of docs/product.md's example week. */
export const exampleWeekTotals = {
  revenue: 59_500_000,
  orders: 105,
  leads: 595,
  adSpend: 14_000_000,
  cogs: 23_800_000,
  returnedRevenue: 0,
  shippingCost: 0,
  paymentFees: 0,
  fixedCost: 0,
  netProfit: 21_700_000,
  daysRecorded: 7,
};

/** A finished week as the diagnosis stores it; by default docs/product.md's example week (7 example days). */
export function diagnosedWeek(overrides: Partial<WeeklyDiagnosticValues> = {}): WeeklyDiagnosticValues {
  return {
    isoWeek: '2026-W46',
    weekStart: '2026-11-09',
    weekEnd: '2026-11-15',
    ...exampleWeekTotals,
    aov: 566_667,
    cpl: 23_529,
    cvr: 17.65,
    roas: 4.25,
    breakEvenRoas: 1.67,
    issues: [],
    profitBreakdown: null,
    ...overrides,
  };
}

/** "Last week" of the docs/product.md worked example (2026-W47) as diagnosed: ROAS below break-even. */
export function diagnosedLastWeek(overrides: Partial<WeeklyDiagnosticValues> = {}): WeeklyDiagnosticValues {
  return diagnosedWeek({
    isoWeek: '2026-W47',
    weekStart: '2026-11-16',
    weekEnd: '2026-11-22',
    revenue: 28_000_000,
    orders: 56,
    leads: 630,
    adSpend: 17_500_000,
    cogs: 11_200_000,
    netProfit: -700_000,
    aov: 500_000,
    cpl: 27_778,
    cvr: 8.89,
    roas: 1.6,
    issues: [
      {
        code: 'roas-below-break-even',
        severity: 'critical',
        metric: 'roas',
        actual: 1.6,
        threshold: 1.67,
        wowDelta: -0.62,
        explanation: { key: 'issue-roas-below-break-even', params: { roas: 1.6, breakEvenRoas: 1.67 } },
      },
    ],
    profitBreakdown: {
      change: -22_400_000,
      parts: { leads: 598_355, cvr: -17_155_795, aov: -3_240_436, margin: 0, cpl: -2_602_124 },
    },
    ...overrides,
  });
}

/** A growth projection's figures but its target: those of a 300.000.000 ₫ month projected from 28 days. */
export const exampleProjection = {
  basedOnDays: 28,
  requiredOrders: 530,
  requiredLeads: 3_003,
  requiredAdSpend: 70_664_000,
  projectedNetProfit: 109_336_000,
  feasibilityLevel: 'moderate',
} satisfies Partial<NewGrowthSimulation>;
