import { formatCount, formatMoney, formatPercent, formatShortDate } from '../../domain/format.js';
import { type FunnelBasis, MIN_BASIS_DAYS } from '../../domain/funnel-basis.js';
import type { TargetPace } from '../../domain/goal-pacing.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import type { GoalChange, GoalStatus } from '../../services/monthly-goal.js';

/** Missing days named one by one up to this many, then "+N". */
const MAX_NAMED_DAYS = 10;

/** 'YYYY-MM' as the owner reads it: 11/2026. */
export function monthLabel(month: string): string {
  return month.split('-').reverse().join('/');
}

/** "300.000.000 ₫ → 250.000.000 ₫" lines of a goal replaced, or the goal set when the month had none. */
export function renderGoalChange(change: GoalChange, { locale, t }: Renderer): string {
  const { previous, goal } = change;
  const money = (vnd: number | null) => (vnd === null ? t('goals-not-set') : formatMoney(vnd, locale));
  const month = monthLabel(goal.month);
  if (!previous) {
    return goal.profitTarget === null
      ? t('goals-set', { month, revenue: money(goal.revenueTarget) })
      : t('goals-set-profit', {
          month,
          revenue: money(goal.revenueTarget),
          profit: money(goal.profitTarget),
        });
  }
  const revenue = money(goal.revenueTarget);
  const profit = change.profitKept
    ? t('goals-profit-kept', { profit: money(goal.profitTarget) })
    : change.profitDropped !== undefined
      ? t('goals-profit-dropped', { profit: money(change.profitDropped), revenue })
      : t('goals-change-profit', { old: money(previous.profitTarget), new: money(goal.profitTarget) });
  return [
    t('goals-replaced', { month }),
    t('goals-change-revenue', { old: money(previous.revenueTarget), new: revenue }),
    profit,
  ].join('\n');
}

/** The days not recorded, named: "03/11, 05/11" (vi) or "3 Nov, 5 Nov" (en), then "+N" past ten. */
function namedDays(dates: readonly string[], { locale, t }: Renderer): string {
  const named = dates.slice(0, MAX_NAMED_DAYS).map((d) => formatShortDate(d, locale));
  const more = dates.length - named.length;
  return more > 0 ? `${named.join(', ')} ${t('goals-more-days', { count: more })}` : named.join(', ');
}

/**
 * How far the month is from its plan (the pro-rata target): ahead or behind by an amount; behind, with the
 * share of the plan reached, left out when it would be negative (a loss so far).
 */
function paceStatus(pace: TargetPace, { locale, t }: Renderer): string {
  const gap = pace.proRataTarget - pace.toDate;
  if (gap === 0) return t('goals-pace-on');
  const shown = formatMoney(Math.abs(gap), locale);
  if (gap < 0) return t('goals-pace-ahead', { gap: shown });
  if (pace.pace === null || pace.pace < 0) return t('goals-pace-behind-loss', { gap: shown });
  return t('goals-pace-behind', { gap: shown, pace: formatPercent(pace.pace, locale, 0) });
}

function paceLine(key: string, pace: TargetPace, renderer: Renderer): string {
  const { locale, t } = renderer;
  return t(key, {
    toDate: formatMoney(pace.toDate, locale),
    target: formatMoney(pace.target, locale),
    proRata: formatMoney(pace.proRataTarget, locale),
    status: paceStatus(pace, renderer),
  });
}

/**
 * The month-end forecast and its share of the target; a forecast loss (`shortKey`) says how far short of
 * the target it is instead of a negative share.
 */
function forecastLine(
  key: string,
  pace: TargetPace,
  { locale, t }: Renderer,
  shortKey?: string,
): string | null {
  if (pace.forecast === null || pace.target === 0) return null;
  if (pace.forecast < 0 && shortKey) {
    return t(shortKey, {
      forecast: formatMoney(pace.forecast, locale),
      short: formatMoney(pace.target - pace.forecast, locale),
    });
  }
  return t(key, {
    forecast: formatMoney(pace.forecast, locale),
    percent: formatPercent(pace.forecast / pace.target, locale, 0),
  });
}

/** Why the orders, leads and ad spend per day are not given: the last 28 days cannot say. */
function basisGapLine(basis: Extract<FunnelBasis, { ok: false }>, t: Translate): string {
  if (basis.gap === 'too-few-days') {
    return t('goals-basis-too-few-days', { needed: MIN_BASIS_DAYS, days: basis.sums.daysRecorded });
  }
  return t(basis.gap === 'no-orders' ? 'goals-basis-no-orders' : 'goals-basis-no-leads');
}

/** What each remaining day needs: revenue, and orders, leads and ad spend at the shop's own funnel. */
function neededLines(status: GoalStatus, { locale, t }: Renderer): string[] {
  const goal = status.pace!;
  const rate = goal.revenue.requiredDailyRunRate;
  if (rate === null) return [];
  if (rate === 0) return [t('goals-reached')];
  const { basis, perDay } = status;
  if (!basis.ok || !perDay) {
    return [
      t('goals-needed-revenue', { days: goal.daysRemaining, revenue: formatMoney(rate, locale) }),
      basisGapLine(basis as Extract<FunnelBasis, { ok: false }>, t),
    ];
  }
  return [
    t('goals-needed', {
      days: goal.daysRemaining,
      revenue: formatMoney(rate, locale),
      orders: formatCount(perDay.orders, locale),
      leads: formatCount(perDay.leads, locale),
      adSpend: formatMoney(perDay.adSpend, locale),
    }),
    t('goals-basis', {
      aov: formatMoney(basis.aov, locale),
      cvr: formatPercent(basis.cvr, locale),
      cpl: formatMoney(basis.cpl, locale),
    }),
  ];
}

/** /goal: the month against its goal, or how to set one. */
export function renderGoalStatus(status: GoalStatus, shopName: string, { locale, t }: Renderer): string {
  const month = monthLabel(status.month);
  const goal = status.pace;
  if (!goal) return t('goals-none', { month, shop: shopName });
  const lines = [
    t('goals-title', {
      month,
      shop: shopName,
      date: formatShortDate(status.today, locale),
      elapsed: goal.daysElapsed,
      days: goal.daysInMonth,
    }),
    paceLine('goals-revenue', goal.revenue, { locale, t }),
  ];
  if (goal.profit) lines.push(paceLine('goals-profit', goal.profit, { locale, t }));
  const forecasts = [
    forecastLine('goals-forecast-revenue', goal.revenue, { locale, t }),
    goal.profit
      ? forecastLine('goals-forecast-profit', goal.profit, { locale, t }, 'goals-forecast-profit-short')
      : null,
  ].filter((line): line is string => line !== null);
  lines.push(...(forecasts.length > 0 ? forecasts : [t('goals-no-forecast')]));
  if (status.missingDates.length > 0) {
    lines.push(
      t('goals-missing-days', {
        count: status.missingDates.length,
        dates: namedDays(status.missingDates, { locale, t }),
      }),
    );
  }
  lines.push(...neededLines(status, { locale, t }));
  return lines.join('\n');
}
