import type { GoalPace } from './goal-pacing.js';
import type { ProfitDecomposition, ProfitFactor } from './profit-decomposition.js';
import type { WeekPnl } from './week-totals.js';

/**
 * The expected effect of an issue's action items on profit, in whole VND per week (never negative):
 * - an issue about a factor of the profit split (docs/product.md "The why of a week") is worth the profit
 *   those factors cost this week, i.e. minus the sum of their parts when that sum is negative;
 * - an issue about a gap is worth the gap: ads below break-even the ad spend their margin did not cover,
 *   a loss the loss, a profit goal off pace what is missing to its pro-rata target, a revenue goal off pace
 *   the profit on the revenue missing to its pro-rata target (at the week's margin);
 * - any other issue (a data gap) is worth 0: it has no number on profit.
 */
const FACTORS_OF_ISSUE: Readonly<Record<string, readonly ProfitFactor[]>> = {
  'cvr-below-min': ['cvr'],
  'cpl-above-max': ['cpl'],
  'cpl-spike': ['cpl'],
  'aov-down': ['aov'],
  'margin-not-positive': ['margin'],
  'revenue-down': ['leads', 'cvr', 'aov'],
  'spend-up-orders-flat': ['cpl'],
};

/** What an issue's effect is computed from: the week, its profit split and the month's goal pacing. */
export interface EffectBasis {
  week: WeekPnl;
  decomposition: ProfitDecomposition | null;
  goal: GoalPace | null;
}

function gapOf(code: string, { week, goal }: EffectBasis): number {
  switch (code) {
    case 'roas-below-break-even':
      return week.adSpend - week.contribution;
    case 'net-profit-negative':
      return -week.netProfit;
    case 'goal-revenue-off-pace':
      return goal
        ? (goal.revenue.proRataTarget - goal.revenue.toDate) * Math.max(0, week.grossMarginRatio)
        : 0;
    case 'goal-profit-off-pace':
      return goal?.profit ? goal.profit.proRataTarget - goal.profit.toDate : 0;
    default:
      return 0;
  }
}

/** The expected effect on profit (whole VND per week, ≥ 0) of acting on the issue `code`. */
export function issueEffect(code: string, basis: EffectBasis): number {
  const factors = FACTORS_OF_ISSUE[code];
  if (factors) {
    const parts = basis.decomposition?.parts ?? [];
    const sum = parts.filter((p) => factors.includes(p.factor)).reduce((a, p) => a + p.amount, 0);
    // Also a margin at or below zero is a gap by itself: every sale loses its negative contribution.
    const gap = code === 'margin-not-positive' ? -basis.week.contribution : 0;
    return Math.max(0, -sum, gap);
  }
  return Math.max(0, Math.round(gapOf(code, basis)));
}

/**
 * The `limit` items to offer first: issues by expected effect (largest first, ties in the given order), one
 * item of each issue before a second of any, each issue's items in their own order.
 */
export function pickTopActions<T extends { issueCode: string }>(
  items: readonly T[],
  effectOf: (issueCode: string) => number,
  limit = 3,
): T[] {
  const byIssue = new Map<string, T[]>();
  for (const item of items) {
    const list = byIssue.get(item.issueCode);
    if (list) list.push(item);
    else byIssue.set(item.issueCode, [item]);
  }
  // Array.prototype.sort is stable: equal effects keep the issues' order.
  const queues = [...byIssue.entries()]
    .map(([code, list]) => ({ effect: effectOf(code), list }))
    .sort((a, b) => b.effect - a.effect)
    .map(({ list }) => list);
  const picked: T[] = [];
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item && picked.length < limit) picked.push(item);
    }
  }
  return picked;
}
