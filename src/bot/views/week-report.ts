import type { InlineKeyboard } from 'grammy';
import type { ActionItem } from '../../db/schema/index.js';
import { type ItemLever, leversOverlap, pickTopActions } from '../../domain/action-priority.js';
import type { ActionTarget } from '../../domain/diagnose-week.js';
import { formatCount, formatMoney, formatRatio } from '../../domain/format.js';
import { GOAL_METRICS, type GoalMetric } from '../../domain/goal-pacing.js';
import { formatHeadingRange } from '../../domain/heading-date.js';
import type { Locale } from '../../domain/locale.js';
import {
  dominantCause,
  movingParts,
  type ProfitDecomposition,
  type ProfitFactor,
  type ProfitPart,
} from '../../domain/profit-decomposition.js';
import { compareWeeks, type MetricDelta, WEEK_METRICS, type WeekMetric } from '../../domain/week-totals.js';
import type { Renderer } from '../../i18n/translator.js';
import {
  formatChange,
  formatLevel,
  formatParam,
  formatShare,
  renderTemplate,
} from '../../services/template-text.js';
import type { WeekReport } from '../../services/weekly-report.js';
import { actionItemsKeyboard, withKeyboard } from '../keyboards/action-items.js';
import { renderProfitParts } from './profit-parts.js';

/** Action items a weekly report offers with buttons; the rest are in /actions. */
export const MAX_REPORT_ACTIONS = 3;

const FACTOR_UNITS: Record<ProfitFactor, 'count' | 'fraction' | 'vnd'> = {
  leads: 'count',
  cvr: 'fraction',
  aov: 'vnd',
  margin: 'fraction',
  cpl: 'vnd',
  fixed: 'vnd',
};

/** The figure an issue is about, named with the entry card's labels where the card has the metric. */
export const METRIC_LABELS: Partial<Record<WeekMetric | GoalMetric, string>> = {
  revenue: 'week-label-revenue',
  adSpend: 'week-label-ad-spend',
  netProfit: 'week-label-net-profit',
  roas: 'week-label-roas',
  aov: 'week-factor-aov',
  cpl: 'week-factor-cpl',
  cvr: 'week-factor-cvr',
  grossMarginRatio: 'week-factor-margin',
  daysRecorded: 'week-label-days-recorded',
  revenueToDate: 'week-label-revenue-to-date',
  profitToDate: 'week-label-profit-to-date',
};

function signedMoney(amount: number, locale: Locale): string {
  const sign = amount > 0 ? '+' : amount < 0 ? '-' : '';
  return `${sign}${formatMoney(Math.abs(amount), locale)}`;
}

function factorValue(factor: ProfitFactor, value: number, locale: Locale): string {
  const unit = FACTOR_UNITS[factor];
  if (unit === 'vnd') return formatMoney(Math.round(value), locale);
  if (unit === 'fraction') return formatLevel(value, locale);
  return formatCount(value, locale);
}

/** "CPL (chi phí/lead) tăng 23.529 ₫ → 27.778 ₫: -2.602.124 ₫" */
function renderPart(part: ProfitPart, { locale, t }: Renderer): string {
  return t(part.current < part.previous ? 'week-part-fell' : 'week-part-rose', {
    factor: t(`week-factor-${part.factor}`),
    from: factorValue(part.factor, part.previous, locale),
    to: factorValue(part.factor, part.current, locale),
    amount: signedMoney(part.amount, locale),
  });
}

/**
 * "Why: profit fell 22.400.000 ₫, 76,6 % of it because CVR fell from 17,65 % to 8,89 %.", then each cause
 * that moved profit with its direction, values and part; causes of 0 ₫ are left out.
 */
export function renderWhy(decomposition: ProfitDecomposition, renderer: Renderer): string {
  const { locale, t } = renderer;
  const { total } = decomposition;
  if (total === 0) return t('week-why-flat');
  const cause = dominantCause(decomposition);
  if (!cause) return t('week-why-plain', { change: signedMoney(total, locale) });
  const { part } = cause;
  const profitFell = total < 0;
  const factorFell = part.current < part.previous;
  const key = profitFell
    ? factorFell
      ? 'week-why-fell'
      : 'week-why-fell-by'
    : factorFell
      ? 'week-why-rose-by'
      : 'week-why-rose';
  const line = t(key, {
    change: formatMoney(Math.abs(total), locale),
    share: formatShare(cause.share, locale),
    factor: t(`week-factor-${part.factor}`),
    from: factorValue(part.factor, part.previous, locale),
    to: factorValue(part.factor, part.current, locale),
  });
  const parts = movingParts(decomposition).map((p) => `• ${renderPart(p, renderer)}`);
  return [line, ...parts].join('\n');
}

function delta(d: MetricDelta | undefined, { locale, t }: Renderer): string {
  return d?.relative === null || d?.relative === undefined
    ? ''
    : t('week-delta', { change: formatChange(d.relative, locale) });
}

/**
 * The numbers of a week: totals with their change, metrics, break-even, the parts of net profit (when the
 * shop has costs beyond the goods and the ads), net profit, days recorded.
 */
function renderNumbers(report: WeekReport, renderer: Renderer): string[] {
  const { locale, t } = renderer;
  const { current: w } = report;
  const deltas = compareWeeks(w, report.previous);
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, locale));
  const lines = [
    t('week-line-revenue', {
      value: formatMoney(w.revenue, locale),
      delta: delta(deltas.revenue, renderer),
    }),
    t('week-line-orders', {
      value: formatCount(w.orders, locale),
      delta: delta(deltas.orders, renderer),
      leads: formatCount(w.leads, locale),
      leadsDelta: delta(deltas.leads, renderer),
    }),
    t('week-line-ad-spend', {
      value: formatMoney(w.adSpend, locale),
      delta: delta(deltas.adSpend, renderer),
    }),
    t('week-line-metrics', {
      aov: money(w.aov),
      cpl: money(w.cpl),
      cvr: w.cvr === null ? '—' : formatLevel(w.cvr, locale),
    }),
  ];
  const roas = w.roas === null ? '—' : formatRatio(w.roas, locale);
  lines.push(
    w.breakEvenRoas === null
      ? t('week-line-roas-no-break-even', { roas })
      : t('week-line-roas', { roas, breakEven: formatRatio(w.breakEvenRoas, locale) }),
  );
  lines.push(
    ...renderProfitParts(
      {
        revenue: w.revenue,
        returnedRevenue: w.returnedRevenue,
        cogs: w.cogs,
        shippingCost: w.shippingCost,
        paymentFees: w.paymentFees,
        adSpend: w.adSpend,
        fixedCost: w.fixedCosts,
      },
      renderer,
    ),
  );
  const profitChange = report.previous
    ? t('week-delta', { change: signedMoney(w.netProfit - report.previous.netProfit, locale) })
    : '';
  lines.push(t('week-line-net-profit', { value: formatMoney(w.netProfit, locale), delta: profitChange }));
  lines.push(t('week-line-days', { recorded: w.daysRecorded, days: w.daysInPeriod }));
  return lines;
}

/**
 * Month-to-date pacing and the month-end forecast, on one basis: the days elapsed, a day not recorded
 * counting as nothing in both (and named), so the forecast is the pace times the target.
 */
function renderGoal(report: WeekReport, { locale, t }: Renderer): string | null {
  const goal = report.goal;
  if (!goal) return null;
  const { revenue } = goal;
  const lines = [
    t('week-goal', {
      month: goal.month.split('-').reverse().join('/'),
      toDate: formatMoney(revenue.toDate, locale),
      target: formatMoney(revenue.target, locale),
      pace: revenue.pace === null ? '—' : formatLevel(revenue.pace, locale),
      forecast: revenue.forecast === null ? '—' : formatMoney(revenue.forecast, locale),
    }),
  ];
  if (goal.daysNotRecorded > 0) {
    lines.push(t('week-goal-not-recorded', { missing: goal.daysNotRecorded, elapsed: goal.daysElapsed }));
  }
  if (revenue.requiredDailyRunRate !== null && goal.daysRemaining > 0) {
    lines.push(
      t('week-goal-needed', {
        perDay: formatMoney(revenue.requiredDailyRunRate, locale),
        days: goal.daysRemaining,
      }),
    );
  }
  return lines.join('\n');
}

/** The action items a report offers, the ones with the largest expected effect on profit first. */
export interface ReportActions {
  shown: ActionItem[];
  /** Open items left for /actions. */
  more: number;
  /** The number each item moves and the profit at its target, by item id (items without one are absent). */
  targets: ReadonlyMap<string, ActionTarget>;
}

/** The (at most three) items of `items` the report of `report` offers, and how many open ones it leaves out. */
export function reportActions(report: WeekReport, items: readonly ActionItem[]): ReportActions {
  const issues = report.diagnosis?.issues ?? [];
  const targets = new Map<string, ActionTarget>();
  for (const item of items) {
    const action = issues
      .find((issue) => issue.code === item.issueCode)
      ?.actions.find((candidate) => candidate.key === item.templateKey);
    if (action?.target) targets.set(item.id, action.target);
  }
  const leverOf = (item: ActionItem): ItemLever | null => targets.get(item.id) ?? null;
  const shown = pickTopActions(items, leverOf, MAX_REPORT_ACTIONS);
  const more = items.filter(
    (item) => !shown.includes(item) && (item.status === 'pending' || item.status === 'accepted'),
  ).length;
  return { shown, more, targets };
}

function metricUnit(metric: WeekMetric | GoalMetric) {
  return metric in WEEK_METRICS
    ? WEEK_METRICS[metric as WeekMetric].unit
    : GOAL_METRICS[metric as GoalMetric].unit;
}

/**
 * "↳ CVR (tỉ lệ chốt) 8,89 % → 10,00 % · ảnh hưởng lãi ~2.094.500 ₫": the number an item moves, its target
 * and the profit at that target. An item moving a number an earlier one moves says so instead of repeating
 * the effect; one whose effect overlaps an earlier one's says it does not add up with it.
 */
function renderTarget(
  target: ActionTarget,
  earlier: readonly (ActionTarget | undefined)[],
  { locale, t }: Renderer,
): string {
  const same = earlier.findIndex((e) => e?.metric === target.metric);
  if (same >= 0) return t('week-action-same-target', { n: same + 1 });
  const overlap = earlier.findIndex((e) => e !== undefined && leversOverlap(e.metric, target.metric));
  const unit = metricUnit(target.metric);
  const amount = formatMoney(target.effect, locale);
  const overlapNote = overlap >= 0 ? t('week-action-overlap', { n: overlap + 1 }) : '';
  const effect = target.effect > 0 ? `${t('week-action-effect', { amount })}${overlapNote}` : '';
  return t('week-action-target', {
    metric: t(METRIC_LABELS[target.metric]!),
    actual: formatParam(target.metric, target.actual, unit, locale),
    threshold: formatParam(target.metric, target.target, unit, locale),
    effect,
  });
}

function renderActions(actions: ReportActions, renderer: Renderer): string {
  const { t } = renderer;
  const shownTargets = actions.shown.map((item) => actions.targets.get(item.id));
  const lines = actions.shown.flatMap((item, i) => {
    const line = `${i + 1}. ${item.text} ${t(`action-status-${item.status}`)}`;
    const target = shownTargets[i];
    return target ? [line, renderTarget(target, shownTargets.slice(0, i), renderer)] : [line];
  });
  if (actions.more > 0) lines.push(t('week-actions-more', { count: actions.more }));
  return [t('week-actions-title'), ...lines].join('\n');
}

/**
 * A week as the owner reads it on Monday: numbers with week-over-week changes, the "why" of the profit
 * change, goal pacing, the issues found and the (at most three) action items with their status. `today`
 * (the shop's local date) decides whether the heading shows the year.
 */
export function renderWeekReport(
  report: WeekReport,
  shopName: string,
  renderer: Renderer,
  items: readonly ActionItem[] = [],
  today: string = report.weekEnd,
  adsSection: string | null = null,
): string {
  const { locale, t } = renderer;
  const range = formatHeadingRange(report.weekStart, report.weekEnd, today, locale);
  if (report.current.daysRecorded === 0) return t('week-no-data', { range });
  const title = report.running
    ? t('week-title-running', { range, days: report.current.daysInPeriod, shop: shopName })
    : t('week-title', { range, shop: shopName });
  const sections = [[title, ...renderNumbers(report, renderer)].join('\n')];
  const compared: string[] = [];
  if (report.running && report.previous)
    compared.push(t('week-compared-running', { days: report.current.daysInPeriod }));
  // The changes count a day the week before left unrecorded as 0: the report says how many it had.
  if (report.previous && report.previous.daysRecorded < report.previous.daysInPeriod)
    compared.push(
      t('week-previous-not-recorded', {
        recorded: report.previous.daysRecorded,
        days: report.previous.daysInPeriod,
      }),
    );
  if (compared.length > 0) sections.push(compared.join('\n'));
  if (report.decomposition) sections.push(renderWhy(report.decomposition, renderer));
  const goal = renderGoal(report, renderer);
  if (goal) sections.push(goal);
  const diagnosis = report.diagnosis;
  if (diagnosis) {
    if (diagnosis.praise) sections.push(t('week-praise', { range }));
    else {
      const issues = diagnosis.issues.map(
        (issue) => `${t(`week-severity-${issue.severity}`)} ${renderTemplate(issue.explanation, renderer)}`,
      );
      sections.push([t('week-issues-title'), ...issues].join('\n'));
    }
  }
  if (items.length > 0) sections.push(renderActions(reportActions(report, items), renderer));
  // The ads judged that week and the owner's answers (rendered by views/ad-week.ts).
  if (adsSection) sections.push(adsSection);
  return sections.join('\n\n');
}

/** A week's report with the buttons of the items it offers, ready to send or to edit in place. */
export function weekReportMessage(
  report: WeekReport,
  shopName: string,
  renderer: Renderer,
  items: readonly ActionItem[],
  today: string,
  adsSection: string | null = null,
): { text: string; reply_markup?: InlineKeyboard } {
  const { shown } = reportActions(report, items);
  return {
    text: renderWeekReport(report, shopName, renderer, items, today, adsSection),
    ...withKeyboard(actionItemsKeyboard(shown, 'w', renderer.t)),
  };
}
