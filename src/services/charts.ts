import { formatMonth, formatRangeEnd } from '../charts/chart-format.js';
import { type ChartJob, chartJobConfig } from '../charts/chart-job.js';
import { sharedChartPool } from '../charts/chart-pool.js';
import type { ChartRecord } from '../charts/chart-record.js';
import type { ChartRenderer } from '../charts/chart-renderer.js';
import { buildGoalChartModel, GOAL_CHART_MIN_DAYS } from '../charts/goal-chart.js';
import {
  buildMonthChartModel,
  MONTH_CHART_DAYS,
  MONTH_CHART_MIN_DAYS,
  MOVING_AVERAGE_DAYS,
} from '../charts/month-chart.js';
import { buildWeekChartModel, WEEK_CHART_MIN_DAYS, type WeekChartModel } from '../charts/week-chart.js';
import type { Database } from '../db/client.js';
import { listDailyRecords } from '../db/queries/daily-records.js';
import { getMonthlyGoal } from '../db/queries/monthly-goals.js';
import type { DailyRecord, Shop, ShopSettings } from '../db/schema/index.js';
import { booksDay } from '../domain/books-day.js';
import { formatMoney, formatPercent, formatRatio, formatShortDate } from '../domain/format.js';
import { addDays, isoWeekOf, weekDates } from '../domain/local-date.js';
import type { Locale } from '../domain/locale.js';
import { abbreviateMoney } from '../domain/money-abbreviation.js';
import type { Translate, TranslationVariables } from '../i18n/translator.js';
import { costSettingsOf } from './cost-settings.js';

export const CHART_KINDS = ['week', 'month', 'goal'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What to send: the chart as a PNG with a one-line caption, or a text when there is too little to draw. */
export type ChartReply =
  | { type: 'photo'; png: Buffer; filename: string; caption: string }
  | { type: 'text'; text: string };

/** A chart reply before it is drawn: the job to draw, or the text sent instead. */
export type PreparedChartReply =
  | { type: 'job'; job: ChartJob; filename: string; caption: string }
  | { type: 'text'; text: string };

export interface ChartRequest {
  shop: Pick<Shop, 'id' | 'name'> & { settings: ShopSettings };
  /** The language of every label: the owner's. */
  locale: Locale;
  t: Translate;
  now: Date;
  /** Draws on this renderer, on the calling thread; by default charts are drawn on the shared worker pool. */
  renderer?: ChartRenderer;
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The chart the owner asked for with /chart: this week (Monday–Sunday, as /week reports it), the 30 days
 * ending today, or this month's goal; today is the shop's books day.
 */
export async function renderChartForShop(
  db: Database,
  kind: ChartKind,
  request: ChartRequest,
): Promise<ChartReply> {
  return drawReply(request, await prepareChartForShop(db, kind, request));
}

/** The chart /chart asks for, read and laid out but not drawn (the bot draws it once the update committed). */
export async function prepareChartForShop(
  db: Database,
  kind: ChartKind,
  request: ChartRequest,
): Promise<PreparedChartReply> {
  const spec = CHARTS[kind];
  return chartReply(request, spec, await spec.prepare(db, request, requestToday(request)));
}

/**
 * The week chart of an ISO week (`2026-W47`, Monday–Sunday) — for the weekly push, which sends last week's.
 * A text reply when the week has too few recorded days.
 */
export async function renderWeekChartForShop(
  db: Database,
  request: ChartRequest & { isoWeek: string },
): Promise<ChartReply> {
  const prepared = await prepareWeek(db, request, weekDates(request.isoWeek), requestToday(request));
  return drawReply(request, chartReply(request, CHARTS.week, prepared));
}

/** The shop's books day at the request's instant: before the day closes, still yesterday. */
function requestToday(request: ChartRequest): string {
  const { timeZone, dayClosesAt } = request.shop.settings;
  return booksDay(request.now, timeZone, dayClosesAt).date;
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
    returnedRevenue: row.returnedRevenue,
    shippingCost: row.shippingCost,
    paymentFees: row.paymentFees,
    fixedCost: row.fixedCost,
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

/** A chart kind's data for the period asked, ready for the steps every chart shares (renderChart). */
interface PreparedChart {
  daysRecorded: number;
  /** The period as the texts name it: `from` and `to`, or `month`. */
  period: TranslationVariables;
  /** What the subtitle (money abbreviated) and the caption (money in full) show. */
  figures(money: (vnd: number) => string): TranslationVariables;
  /** What to draw, as plain data a worker can take, with its translated title and subtitle. */
  job(heading: { title: string; subtitle: string }): ChartJob;
  filename: string;
}

type TextReply = Extract<ChartReply, { type: 'text' }>;

interface ChartSpec {
  /** Fewer recorded days than this, and the owner gets the tooLittle text instead of a chart. */
  minDays: number;
  keys: { title: string; subtitle: string; caption: string; tooLittle: string };
  /** The chart's data up to today; a text when there is nothing to chart at all. */
  prepare(db: Database, request: ChartRequest, today: string): Promise<PreparedChart | TextReply>;
}

const CHARTS: Record<ChartKind, ChartSpec> = {
  week: {
    minDays: WEEK_CHART_MIN_DAYS,
    keys: {
      title: 'chart-week-title',
      subtitle: 'chart-week-subtitle',
      caption: 'chart-week-caption',
      tooLittle: 'chart-too-little-week',
    },
    prepare: (db, request, today) => prepareWeek(db, request, weekDates(isoWeekOf(today)), today),
  },
  month: {
    minDays: MONTH_CHART_MIN_DAYS,
    keys: {
      title: 'chart-month-title',
      subtitle: 'chart-month-subtitle',
      caption: 'chart-month-caption',
      tooLittle: 'chart-too-little-month',
    },
    prepare: prepareMonth,
  },
  goal: {
    minDays: GOAL_CHART_MIN_DAYS,
    keys: {
      title: 'chart-goal-title',
      subtitle: 'chart-goal-subtitle',
      caption: 'chart-goal-caption',
      tooLittle: 'chart-too-little-goal',
    },
    prepare: prepareGoal,
  },
};

/** The steps every chart shares: too few days gives a text, else the PNG with its caption. */
async function drawReply(request: ChartRequest, reply: PreparedChartReply): Promise<ChartReply> {
  if (reply.type === 'text') return reply;
  const { job, ...rest } = reply;
  return { ...rest, type: 'photo', png: await draw(request, job) };
}

function chartReply(
  request: ChartRequest,
  spec: ChartSpec,
  prepared: PreparedChart | TextReply,
): PreparedChartReply {
  if ('type' in prepared) return prepared;
  const { t, shop } = request;
  const { period, daysRecorded: days } = prepared;
  if (days < spec.minDays) {
    return { type: 'text', text: t(spec.keys.tooLittle, { ...period, days, needed: spec.minDays }) };
  }
  const f = formatting(request);
  const job = prepared.job({
    title: t(spec.keys.title, { shop: shop.name, ...period }),
    subtitle: t(spec.keys.subtitle, prepared.figures(f.short)),
  });
  return {
    type: 'job',
    job,
    filename: prepared.filename,
    caption: t(spec.keys.caption, { ...period, ...prepared.figures(f.money) }),
  };
}

/** The headline numbers of the week and 30-day charts. */
function pnlFigures(pnl: WeekChartModel['pnl'], request: ChartRequest, money: (vnd: number) => string) {
  const { ratio } = formatting(request);
  return {
    roas: ratio(pnl.roas),
    breakEven: ratio(pnl.breakEvenRoas),
    revenue: money(pnl.revenue),
    adSpend: money(pnl.adSpend),
  };
}

async function prepareWeek(
  db: Database,
  request: ChartRequest,
  dates: string[],
  today: string,
): Promise<PreparedChart> {
  const { shop, locale, t } = request;
  const first = dates[0]!;
  const last = dates.at(-1)!;
  // The days after today have not come: none of their records counts, as in /week.
  const records = await loadRecords(db, shop.id, first, last < today ? last : today);
  const model = buildWeekChartModel(dates, records, costSettingsOf(shop.settings, first), today);
  const f = formatting(request);
  const { pnl } = model;
  const breakEven = f.ratio(pnl.breakEvenRoas);
  return {
    daysRecorded: pnl.daysRecorded,
    period: f.range(first, last),
    figures: (money) => ({ ...pnlFigures(pnl, request, money), profit: money(pnl.netProfit) }),
    job: (heading) => ({
      kind: 'week',
      model,
      text: {
        ...heading,
        revenue: t('chart-revenue'),
        adSpend: t('chart-ad-spend'),
        netProfit: t('chart-net-profit'),
        breakEven: t('chart-break-even-revenue', { breakEven }),
        moneyAxis: t('chart-money-axis'),
        missingDay: t('chart-missing-day'),
        weekdays: WEEKDAY_KEYS.map((day) => t(`chart-weekday-${day}`)),
      },
      locale,
    }),
    filename: `week-${first}.png`,
  };
}

async function prepareMonth(db: Database, request: ChartRequest, today: string): Promise<PreparedChart> {
  const { shop, locale, t } = request;
  const dates = lastDays(today, MONTH_CHART_DAYS);
  const first = dates[0]!;
  // The days before the window feed the first moving-average points.
  const records = await loadRecords(db, shop.id, addDays(first, 1 - MOVING_AVERAGE_DAYS), today);
  const model = buildMonthChartModel(dates, records, costSettingsOf(shop.settings, first));
  const f = formatting(request);
  const { pnl } = model;
  return {
    daysRecorded: pnl.daysRecorded,
    period: f.range(first, today),
    figures: (money) => ({
      ...pnlFigures(pnl, request, money),
      days: pnl.daysRecorded,
      total: MONTH_CHART_DAYS,
    }),
    job: (heading) => ({
      kind: 'month',
      model,
      text: {
        ...heading,
        revenue: t('chart-revenue'),
        adSpend: t('chart-ad-spend'),
        revenueAverage: t('chart-revenue-average', { days: MOVING_AVERAGE_DAYS }),
        adSpendAverage: t('chart-ad-spend-average', { days: MOVING_AVERAGE_DAYS }),
        roas: t('chart-roas-daily'),
        roasAverage: t('chart-roas-average', { days: MOVING_AVERAGE_DAYS }),
        breakEven: t('chart-break-even-roas', { breakEven: f.ratio(pnl.breakEvenRoas) }),
        moneyAxis: t('chart-money-axis'),
        roasAxis: t('chart-roas-axis'),
      },
      locale,
    }),
    filename: `month-${today}.png`,
  };
}

async function prepareGoal(
  db: Database,
  request: ChartRequest,
  today: string,
): Promise<PreparedChart | TextReply> {
  const { shop, locale, t } = request;
  const month = today.slice(0, 7);
  const monthName = formatMonth(month, locale);
  const goal = await getMonthlyGoal(db, shop.id, month);
  if (!goal || goal.revenueTarget <= 0)
    return { type: 'text', text: t('chart-goal-missing', { month: monthName }) };
  const records = await loadRecords(db, shop.id, `${month}-01`, today);
  const model = buildGoalChartModel(month, records, goal.revenueTarget, today);
  const f = formatting(request);
  const percent = (part: number) => formatPercent(part / model.target, locale, 0);
  return {
    daysRecorded: model.daysRecorded,
    period: { month: monthName },
    figures: (money) => ({
      revenue: money(model.monthToDate),
      target: money(model.target),
      percent: percent(model.monthToDate),
      onPace: money(model.targetToDate),
      forecast: money(model.forecast),
      forecastPercent: percent(model.forecast),
    }),
    job: (heading) => ({
      kind: 'goal',
      model,
      text: {
        ...heading,
        cumulative: t('chart-cumulative'),
        targetPath: t('chart-target-path', { target: f.short(model.target) }),
        forecast: t('chart-forecast'),
        moneyAxis: t('chart-money-axis'),
      },
      locale,
    }),
    filename: `goal-${month}.png`,
  };
}

/** The PNG of a job: on the request's renderer when it brings one, else on a worker of the shared pool. */
async function draw(request: ChartRequest, job: ChartJob): Promise<Buffer> {
  if (request.renderer) return request.renderer.render(chartJobConfig(job));
  return drawChartJob(job);
}

/** The PNG of a job, drawn on a worker of the shared pool. */
export async function drawChartJob(job: ChartJob): Promise<Buffer> {
  return (await sharedChartPool().render(job)).png;
}
