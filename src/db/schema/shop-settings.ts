import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { allOf, nonNegative, numericDefault, timestamps, twoDecimals, unitInterval, vnd } from './columns.js';
import { shops } from './shops.js';

/** A ratio stored as numeric(5,4) and read as a number: 0.4 = 40 %. */
function ratio(name: string) {
  return numeric(name, { precision: 5, scale: 4, mode: 'number' });
}

const HH_MM = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/**
 * One row per shop; every column has a default, so inserting `{ shopId }` gives a working shop.
 * Nullable thresholds mean "derive it": target_roas null = break-even ROAS × 1.3, ad_scale_roas null =
 * the target ROAS, max_cpl / target_cpl / target_cpa null = not set by the owner.
 */
export const shopSettings = pgTable(
  'shop_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .unique('uq_shop_settings_shop_id')
      .references(() => shops.id, { onDelete: 'cascade' }),

    // Time, reminders and pushes
    timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
    reminderEnabled: boolean('reminder_enabled').notNull().default(true),
    /** Local time 'HH:MM' in the shop's time zone. */
    reminderTime: text('reminder_time').notNull().default('21:00'),
    weeklyPushEnabled: boolean('weekly_push_enabled').notNull().default(true),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weeklyPushDay: integer('weekly_push_day').notNull().default(1),
    weeklyPushTime: text('weekly_push_time').notNull().default('08:00'),
    /** Local time 'HH:MM': a dateless entry before it (after midnight) is for the day before. */
    dayClosesAt: text('day_closes_at').notNull().default('04:00'),
    alertsEnabled: boolean('alerts_enabled').notNull().default(true),

    // Costs
    cogsRatio: ratio('cogs_ratio').notNull().default(numericDefault(0.4)),
    paymentFeeRatio: ratio('payment_fee_ratio').notNull().default(numericDefault(0)),
    shippingCostPerOrder: vnd('shipping_cost_per_order').notNull().default(0),
    /** The fixed cost of a calendar month; each day of the month counts its share (fixedCostOfDay). */
    monthlyFixedCost: vnd('monthly_fixed_cost').notNull().default(0),
    /** Share of COD parcels refused or returned (0.15 = 15 %). */
    codReturnRate: ratio('cod_return_rate').notNull().default(numericDefault(0)),

    // Alert and weekly diagnostic thresholds
    targetRoas: twoDecimals('target_roas'),
    maxCpl: vnd('max_cpl'),
    /** CVR as a fraction (0.10 = 10 %). */
    minCvr: ratio('min_cvr').notNull().default(numericDefault(0.1)),
    cplSpikeMultiplier: twoDecimals('cpl_spike_multiplier').notNull().default(numericDefault(1.3)),
    revenueDropRatio: ratio('revenue_drop_ratio').notNull().default(numericDefault(0.2)),
    aovDropRatio: ratio('aov_drop_ratio').notNull().default(numericDefault(0.15)),
    spendUpRatio: ratio('spend_up_ratio').notNull().default(numericDefault(0.15)),
    ordersFlatRatio: ratio('orders_flat_ratio').notNull().default(numericDefault(0.02)),
    minDaysRecorded: integer('min_days_recorded').notNull().default(6),
    goalPaceRatio: ratio('goal_pace_ratio').notNull().default(numericDefault(0.9)),
    /** Growth simulation: how much CPL rises per doubling of ad spend, on the extra spend (0.15 = +15 %). */
    cplRisePerDoubling: ratio('cpl_rise_per_doubling').notNull().default(numericDefault(0.15)),

    // Ad decisions (SCALE / KEEP / KILL)
    adMinDays: integer('ad_min_days').notNull().default(3),
    adMinSpend: vnd('ad_min_spend').notNull().default(300_000),
    adKillMultiplier: twoDecimals('ad_kill_multiplier').notNull().default(numericDefault(3)),
    targetCpl: vnd('target_cpl'),
    targetCpa: vnd('target_cpa'),
    adScaleRoas: twoDecimals('ad_scale_roas'),
    adMinConversions: integer('ad_min_conversions').notNull().default(3),
    adScaleStepRatio: ratio('ad_scale_step_ratio').notNull().default(numericDefault(0.2)),
    /** CTR as a fraction (0.01 = 1 %). */
    adMinCtr: ratio('ad_min_ctr').notNull().default(numericDefault(0.01)),
    adMinImpressions: integer('ad_min_impressions').notNull().default(1000),
    adCpmSpikeMultiplier: twoDecimals('ad_cpm_spike_multiplier').notNull().default(numericDefault(1.5)),

    ...timestamps(),
  },
  (t) => [
    // The scheduler's tick reads, per time zone, the shops whose slot is in its catch-up window: one index
    // range per zone and local time span; the partial indexes also list the zones (a loose index scan).
    index('idx_shop_settings_reminder_due').on(t.timeZone, t.reminderTime).where(sql`${t.reminderEnabled}`),
    index('idx_shop_settings_weekly_push_due')
      .on(t.timeZone, t.weeklyPushDay, t.weeklyPushTime)
      .where(sql`${t.weeklyPushEnabled}`),
    check('chk_shop_settings_reminder_time', sql`${t.reminderTime} ~ ${sql.raw(`'${HH_MM}'`)}`),
    check('chk_shop_settings_weekly_push_time', sql`${t.weeklyPushTime} ~ ${sql.raw(`'${HH_MM}'`)}`),
    check('chk_shop_settings_day_closes_at', sql`${t.dayClosesAt} ~ ${sql.raw(`'${HH_MM}'`)}`),
    check('chk_shop_settings_weekly_push_day', sql`${t.weeklyPushDay} between 1 and 7`),
    check(
      'chk_shop_settings_ratios',
      allOf(
        ...[
          t.cogsRatio,
          t.paymentFeeRatio,
          t.minCvr,
          t.revenueDropRatio,
          t.aovDropRatio,
          t.goalPaceRatio,
          t.codReturnRate,
        ].map(unitInterval),
        unitInterval(t.adMinCtr),
        ...[t.spendUpRatio, t.ordersFlatRatio, t.adScaleStepRatio, t.cplRisePerDoubling].map(nonNegative),
      ),
    ),
    check(
      'chk_shop_settings_money',
      allOf(
        ...[t.shippingCostPerOrder, t.monthlyFixedCost, t.adMinSpend, t.maxCpl, t.targetCpl, t.targetCpa].map(
          nonNegative,
        ),
      ),
    ),
    check(
      'chk_shop_settings_factors',
      allOf(
        sql`(${t.targetRoas} is null or ${t.targetRoas} > 0)`,
        sql`(${t.adScaleRoas} is null or ${t.adScaleRoas} > 0)`,
        sql`${t.cplSpikeMultiplier} > 0`,
        sql`${t.adKillMultiplier} > 0`,
        sql`${t.adCpmSpikeMultiplier} > 0`,
      ),
    ),
    check(
      'chk_shop_settings_counts',
      allOf(
        sql`${t.minDaysRecorded} between 0 and 7`,
        ...[t.adMinDays, t.adMinConversions, t.adMinImpressions].map(nonNegative),
      ),
    ),
  ],
);

export type ShopSettings = typeof shopSettings.$inferSelect;
export type NewShopSettings = typeof shopSettings.$inferInsert;
