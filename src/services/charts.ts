import { formatMonth, formatRangeEnd } from '../charts/chart-format.js';
import type { ChartRecord } from '../charts/chart-record.js';
import { type ChartRenderer, sharedChartRenderer } from '../charts/chart-renderer.js';
import { buildGoalChartModel, GOAL_CHART_MIN_DAYS, goalChartConfig } from '../charts/goal-chart.js';
import {
  buildMonthChartModel,
  MONTH_CHART_DAYS,
  MONTH_CHART_MIN_DAYS,
  MOVING_AVERAGE_DAYS,
  monthChartConfig,
} from '../charts/month-chart.js';
import { buildWeekChartModel, WEEK_CHART_MIN_DAYS, weekChartConfig } from '../charts/week-chart.js';
import type { Database } from '../db/client.js';
import { listDailyRecords } from '../db/queries/daily-records.js';
import { getMonthlyGoal } from '../db/queries/monthly-goals.js';
import type { DailyRecord, Shop, ShopSettings } from '../db/schema/index.js';
import { formatMoney, formatPercent, formatRatio, formatShortDate } from '../domain/format.js';
import { addDays, localDate, weekDates } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import { abbreviateMoney } from '../domain/money-abbreviation.js';
import type { Translate } from '../i18n/translator.js';
import { costSettingsOf } from './cost-settings.js';

export const CHART_KINDS = ['week', 'month', 'goal'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What to send: the chart as a PNG with a one-line caption, or a text when there is too little to draw. */
export type ChartReply =
  | { type: 'photo'; png: Buffer; filename: string; caption: string }
  | { type: 'text'; text: string };

export interface ChartRequest {
  shop: Pick<Shop, 'id' | 'name'> & { settings: ShopSettings };
  /** The language of every label: the owner's. */
  locale: Locale;
  t: Translate;
  now: Date;
  /** Defaults to the process's shared renderer. */
  renderer?: ChartRenderer;
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The chart the owner asked for with /chart: the 7 or 30 days ending today, or this month's goal. */
export async function renderChartForShop(
  db: Database,
  kind: ChartKind,
  request: ChartRequest,
): Promise<ChartReply> {
  const today = localDate(request.now, request.shop.settings.timeZone);
  switch (kind) {
    case 'week':
      return renderWeekChart(db, request, lastDays(today, 7));
    case 'month':
      return renderMonthChart(db, request, today);
    case 'goal':
      return renderGoalChart(db, request, today);
  }
}

/**
 * The week chart of an ISO week (`2026-W47`, Monday–Sunday) — for the weekly push, which sends last week's.
 * A text reply when the week has too few recorded days.
 */
export async function renderWeekChartForShop(
  db: Database,
  request: ChartRequest & { isoWeek: string },
): Promise<ChartReply> {
  return renderWeekChart(db, request, weekDates(request.isoWeek));
}

function lastDays(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}

function toChartRecord(row: DailyRecord): ChartRecord {
  return {
    date: row.recordDate,
    orders: row.orders,
    revenue: row.revenue,
    adSpend: row.adSpend,
    leads: row.leads,
    cogs: row.cogs,
    netProfit: row.netProfit,
  };
}

async function loadRecords(db: Database, shopId: string, from: string, to: string): Promise<ChartRecord[]> {
  return (await listDailyRecords(db, shopId, { from, to })).map(toChartRecord);
}

/** Helpers bound to the request's language. */
function formatting(request: ChartRequest) {
  const { locale, t } = request;
  return {
    short: (vnd: number) => abbreviateMoney(vnd, locale, 1),
    money: (vnd: number) => formatMoney(vnd, locale),
    ratio: (x: number | null) => (x === null ? t('chart-not-available') : formatRatio(x, locale)),
    range: (from: string, to: string) => ({
      from: formatShortDate(from, locale),
      to: formatRangeEnd(to, locale),
    }),
  };
}

async function renderWeekChart(db: Database, request: ChartRequest, dates: string[]): Promise<ChartReply> {
  const { shop, locale, t } = request;
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const today = localDate(request.now, shop.settings.timeZone);
  const records = await loadRecords(db, shop.id, first, last);
  const model = buildWeekChartModel(dates, records, costSettingsOf(shop.settings), today);
  const f = formatting(request);
  const range = f.range(first, last);
  const { pnl } = model;
  if (pnl.daysRecorded < WEEK_CHART_MIN_DAYS) {
    return {
      type: 'text',
      text: t('chart-too-little-week', { ...range, days: pnl.daysRecorded, needed: WEEK_CHART_MIN_DAYS }),
    };
  }
  const numbers = { roas: f.ratio(pnl.roas), breakEven: f.ratio(pnl.breakEvenRoas) };
  const config = weekChartConfig(
    model,
    {
      title: t('chart-week-title', { shop: shop.name, ...range }),
      subtitle: t('chart-week-subtitle', {
        ...numbers,
        revenue: f.short(pnl.revenue),
        adSpend: f.short(pnl.adSpend),
        profit: f.short(pnl.netProfit),
      }),
      revenue: t('chart-revenue'),
      adSpend: t('chart-ad-spend'),
      netProfit: t('chart-net-profit'),
      breakEven: t('chart-break-even-revenue', { breakEven: numbers.breakEven }),
      moneyAxis: t('chart-money-axis'),
      missingDay: t('chart-missing-day'),
      weekdays: WEEKDAY_KEYS.map((day) => t(`chart-weekday-${day}`)),
    },
    locale,
  );
  return {
    type: 'photo',
    png: await renderer(request).render(config),
    filename: `week-${first}.png`,
    caption: t('chart-week-caption', {
      ...range,
      ...numbers,
      revenue: f.money(pnl.revenue),
      adSpend: f.money(pnl.adSpend),
      profit: f.money(pnl.netProfit),
    }),
  };
}

async function renderMonthChart(db: Database, request: ChartRequest, today: string): Promise<ChartReply> {
  const { shop, locale, t } = request;
  const dates = lastDays(today, MONTH_CHART_DAYS);
  const first = dates[0]!;
  // The days before the window feed the first moving-average points.
  const records = await loadRecords(db, shop.id, addDays(first, 1 - MOVING_AVERAGE_DAYS), today);
  const model = buildMonthChartModel(dates, records, costSettingsOf(shop.settings));
  const f = formatting(request);
  const range = f.range(first, today);
  const { pnl } = model;
  const days = pnl.daysRecorded;
  if (days < MONTH_CHART_MIN_DAYS) {
    return {
      type: 'text',
      text: t('chart-too-little-month', { ...range, days, needed: MONTH_CHART_MIN_DAYS }),
    };
  }
  const numbers = { roas: f.ratio(pnl.roas), breakEven: f.ratio(pnl.breakEvenRoas) };
  const config = monthChartConfig(
    model,
    {
      title: t('chart-month-title', { shop: shop.name, ...range }),
      subtitle: t('chart-month-subtitle', {
        ...numbers,
        revenue: f.short(pnl.revenue),
        adSpend: f.short(pnl.adSpend),
        days,
        total: MONTH_CHART_DAYS,
      }),
      revenue: t('chart-revenue'),
      adSpend: t('chart-ad-spend'),
      revenueAverage: t('chart-revenue-average', { days: MOVING_AVERAGE_DAYS }),
      adSpendAverage: t('chart-ad-spend-average', { days: MOVING_AVERAGE_DAYS }),
      roas: t('chart-roas-daily'),
      roasAverage: t('chart-roas-average', { days: MOVING_AVERAGE_DAYS }),
      breakEven: t('chart-break-even-roas', { breakEven: numbers.breakEven }),
      moneyAxis: t('chart-money-axis'),
      roasAxis: t('chart-roas-axis'),
    },
    locale,
  );
  return {
    type: 'photo',
    png: await renderer(request).render(config),
    filename: `month-${today}.png`,
    caption: t('chart-month-caption', {
      ...range,
      ...numbers,
      revenue: f.money(pnl.revenue),
      adSpend: f.money(pnl.adSpend),
      days,
    }),
  };
}

async function renderGoalChart(db: Database, request: ChartRequest, today: string): Promise<ChartReply> {
  const { shop, locale, t } = request;
  const month = today.slice(0, 7);
  const monthName = formatMonth(month, locale);
  const goal = await getMonthlyGoal(db, shop.id, month);
  if (!goal || goal.revenueTarget <= 0)
    return { type: 'text', text: t('chart-goal-missing', { month: monthName }) };
  const records = await loadRecords(db, shop.id, `${month}-01`, today);
  const model = buildGoalChartModel(month, records, goal.revenueTarget, today);
  if (model.daysRecorded < GOAL_CHART_MIN_DAYS) {
    return {
      type: 'text',
      text: t('chart-too-little-goal', {
        month: monthName,
        days: model.daysRecorded,
        needed: GOAL_CHART_MIN_DAYS,
      }),
    };
  }
  const f = formatting(request);
  const percent = (part: number) => formatPercent(part / model.target, locale, 0);
  const config = goalChartConfig(
    model,
    {
      title: t('chart-goal-title', { shop: shop.name, month: monthName }),
      subtitle: t('chart-goal-subtitle', {
        revenue: f.short(model.monthToDate),
        target: f.short(model.target),
        percent: percent(model.monthToDate),
        forecast: f.short(model.forecast),
        forecastPercent: percent(model.forecast),
      }),
      cumulative: t('chart-cumulative'),
      targetPath: t('chart-target-path', { target: f.short(model.target) }),
      forecast: t('chart-forecast'),
      moneyAxis: t('chart-money-axis'),
    },
    locale,
  );
  return {
    type: 'photo',
    png: await renderer(request).render(config),
    filename: `goal-${month}.png`,
    caption: t('chart-goal-caption', {
      month: monthName,
      revenue: f.money(model.monthToDate),
      target: f.money(model.target),
      percent: percent(model.monthToDate),
      onPace: f.money(model.targetToDate),
      forecast: f.money(model.forecast),
      forecastPercent: percent(model.forecast),
    }),
  };
}

function renderer(request: ChartRequest): ChartRenderer {
  return request.renderer ?? sharedChartRenderer();
}
