import { InlineKeyboard } from 'grammy';
import type { ActionItem } from '../../db/schema/index.js';
import { formatCount, formatMoney, formatRatio, formatShortDate } from '../../domain/format.js';
import type { Locale } from '../../domain/locale.js';
import {
  dominantCause,
  type ProfitDecomposition,
  type ProfitFactor,
  type ProfitPart,
} from '../../domain/profit-decomposition.js';
import { compareWeeks, type MetricDelta } from '../../domain/week-totals.js';
import type { Translate } from '../../i18n/translator.js';
import { formatChange, formatShortPercent, renderTemplate } from '../../services/template-text.js';
import type { WeekReport } from '../../services/weekly-report.js';
import { type ActionItemView, actionItemData } from '../callback-data/action-items.js';

const FACTOR_UNITS: Record<ProfitFactor, 'count' | 'fraction' | 'vnd'> = {
  leads: 'count',
  cvr: 'fraction',
  aov: 'vnd',
  margin: 'fraction',
  cpl: 'vnd',
  fixed: 'vnd',
};

function signedMoney(amount: number, locale: Locale): string {
  const sign = amount > 0 ? '+' : amount < 0 ? '-' : '';
  return `${sign}${formatMoney(Math.abs(amount), locale)}`;
}

function factorValue(factor: ProfitFactor, value: number, locale: Locale): string {
  const unit = FACTOR_UNITS[factor];
  if (unit === 'vnd') return formatMoney(Math.round(value), locale);
  if (unit === 'fraction') return formatShortPercent(value, locale);
  return formatCount(value, locale);
}

/** "Why: profit fell 22.400.000 ₫, three quarters of it because CVR fell from 17,65 % to 8,89 %." */
export function renderWhy(decomposition: ProfitDecomposition, locale: Locale, t: Translate): string {
  const { total } = decomposition;
  if (total === 0) return t('week-why-flat');
  const change = formatMoney(Math.abs(total), locale);
  const cause = dominantCause(decomposition);
  if (!cause || !decomposition.parts) return t('week-why-plain', { change: signedMoney(total, locale) });
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
    change,
    share: t(`week-share-${cause.bucket}`),
    factor: t(`week-factor-${part.factor}`),
    from: factorValue(part.factor, part.previous, locale),
    to: factorValue(part.factor, part.current, locale),
  });
  const parts = decomposition.parts
    .map((p: ProfitPart) =>
      t('week-part', { factor: t(`week-factor-${p.factor}`), amount: signedMoney(p.amount, locale) }),
    )
    .join(' · ');
  return `${line}\n${t('week-why-parts', { parts })}`;
}

function delta(d: MetricDelta | undefined, locale: Locale, t: Translate): string {
  return d?.relative === null || d?.relative === undefined
    ? ''
    : t('week-delta', { change: formatChange(d.relative, locale) });
}

/** The numbers of a week: totals with their change, metrics, break-even, net profit, days recorded. */
function renderNumbers(report: WeekReport, locale: Locale, t: Translate): string[] {
  const { current: w } = report;
  const deltas = compareWeeks(w, report.previous);
  const money = (v: number | null) => (v === null ? '—' : formatMoney(v, locale));
  const lines = [
    t('week-line-revenue', {
      value: formatMoney(w.revenue, locale),
      delta: delta(deltas.revenue, locale, t),
    }),
    t('week-line-orders', {
      value: formatCount(w.orders, locale),
      delta: delta(deltas.orders, locale, t),
      leads: formatCount(w.leads, locale),
      leadsDelta: delta(deltas.leads, locale, t),
    }),
    t('week-line-ad-spend', {
      value: formatMoney(w.adSpend, locale),
      delta: delta(deltas.adSpend, locale, t),
    }),
    t('week-line-metrics', {
      aov: money(w.aov),
      cpl: money(w.cpl),
      cvr: w.cvr === null ? '—' : formatShortPercent(w.cvr, locale),
    }),
  ];
  const roas = w.roas === null ? '—' : formatRatio(w.roas, locale);
  lines.push(
    w.breakEvenRoas === null
      ? t('week-line-roas-no-break-even', { roas })
      : t('week-line-roas', { roas, breakEven: formatRatio(w.breakEvenRoas, locale) }),
  );
  if (w.fixedCosts > 0) {
    lines.push(
      t('week-line-costs', {
        variable: formatMoney(w.variableCosts, locale),
        fixed: formatMoney(w.fixedCosts, locale),
      }),
    );
  }
  const profitChange = report.previous
    ? t('week-delta', { change: signedMoney(w.netProfit - report.previous.netProfit, locale) })
    : '';
  lines.push(t('week-line-net-profit', { value: formatMoney(w.netProfit, locale), delta: profitChange }));
  lines.push(t('week-line-days', { recorded: w.daysRecorded, days: w.daysInPeriod }));
  return lines;
}

function renderGoal(report: WeekReport, locale: Locale, t: Translate): string | null {
  const goal = report.goal;
  if (!goal) return null;
  const { revenue } = goal;
  const line = t('week-goal', {
    month: goal.month.split('-').reverse().join('/'),
    toDate: formatMoney(revenue.toDate, locale),
    target: formatMoney(revenue.target, locale),
    pace: revenue.pace === null ? '—' : formatShortPercent(revenue.pace, locale, 0),
    forecast: revenue.forecast === null ? '—' : formatMoney(revenue.forecast, locale),
  });
  if (revenue.requiredDailyRunRate === null || goal.daysRemaining === 0) return line;
  return `${line}\n${t('week-goal-needed', { perDay: formatMoney(revenue.requiredDailyRunRate, locale), days: goal.daysRemaining })}`;
}

/**
 * A week as the owner reads it on Monday: numbers with week-over-week changes, the "why" of the profit
 * change, goal pacing, the issues found and the action items with their status.
 */
export function renderWeekReport(
  report: WeekReport,
  shopName: string,
  locale: Locale,
  t: Translate,
  items: readonly ActionItem[] = [],
): string {
  const from = formatShortDate(report.weekStart, locale);
  const to = formatShortDate(report.weekEnd, locale);
  if (report.current.daysRecorded === 0) return t('week-no-data', { from, to });
  const title = report.running
    ? t('week-title-running', { from, to, days: report.current.daysInPeriod, shop: shopName })
    : t('week-title', { from, to, shop: shopName });
  const sections = [[title, ...renderNumbers(report, locale, t)].join('\n')];
  if (report.running && report.previous)
    sections.push(t('week-compared-running', { days: report.current.daysInPeriod }));
  if (report.decomposition) sections.push(renderWhy(report.decomposition, locale, t));
  const goal = renderGoal(report, locale, t);
  if (goal) sections.push(goal);
  const diagnosis = report.diagnosis;
  if (diagnosis) {
    if (diagnosis.praise) sections.push(t('week-praise'));
    else {
      const issues = diagnosis.issues.map(
        (issue) => `${t(`week-severity-${issue.severity}`)} ${renderTemplate(issue.explanation, locale, t)}`,
      );
      sections.push([t('week-issues-title'), ...issues].join('\n'));
    }
  }
  if (items.length > 0) sections.push([t('week-actions-title'), ...renderItems(items, t)].join('\n'));
  return sections.join('\n\n');
}

function renderItems(items: readonly ActionItem[], t: Translate): string[] {
  return items.map((item, i) => `${i + 1}. ${item.text} ${t(`action-status-${item.status}`)}`);
}

/** Reply options carrying the keyboard only when it has a button (Telegram refuses an empty one). */
export function withKeyboard(keyboard: InlineKeyboard): { reply_markup?: InlineKeyboard } {
  return keyboard.inline_keyboard.some((row) => row.length > 0) ? { reply_markup: keyboard } : {};
}

/** Buttons for the items still open: Accept / Dismiss / Done while pending, Done once accepted. */
export function actionItemsKeyboard(
  items: readonly ActionItem[],
  view: ActionItemView,
  t: Translate,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => {
    const n = i + 1;
    const button = (status: 'accepted' | 'dismissed' | 'done', key: string) =>
      keyboard.text(t(key, { n }), actionItemData.encode({ status, view, itemId: item.id }));
    if (item.status === 'pending') {
      button('accepted', 'action-button-accept');
      button('dismissed', 'action-button-dismiss');
      button('done', 'action-button-done');
      keyboard.row();
    } else if (item.status === 'accepted') {
      button('done', 'action-button-done');
      keyboard.row();
    }
  });
  return keyboard;
}
