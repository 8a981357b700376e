import type { WeekMetric, WeekPnl } from './week-totals.js';

/** The numbers an action item can move, each with the profit model of reaching a target. */
export type LeverMetric = Extract<
  WeekMetric,
  'cvr' | 'aov' | 'revenue' | 'cpl' | 'roas' | 'adSpend' | 'grossMarginRatio' | 'netProfit'
>;

export const LEVER_METRICS: readonly LeverMetric[] = [
  'cvr',
  'aov',
  'revenue',
  'cpl',
  'roas',
  'adSpend',
  'grossMarginRatio',
  'netProfit',
];

export function isLeverMetric(metric: string): metric is LeverMetric {
  return (LEVER_METRICS as readonly string[]).includes(metric);
}

/**
 * The extra profit of the week (whole VND) had `metric` been at `target`, for the same leads and all else
 * equal, in the model P = L × CVR × AOV × m − ad spend − fixed (m = contribution / revenue, kept):
 * - CVR c → t: L × (t − c) more orders, each worth contribution / orders;
 * - AOV a → t: orders × (t − a) more revenue at margin m;
 * - revenue R → t: (t − R) more revenue at margin m;
 * - CPL → t: ad spend down to L × t; ROAS → t: ad spend down to R / t; ad spend S → t: S − t;
 * - margin m → t: R × (t − m); net profit P → t: t − P.
 * Null when the week does not say (no orders for a CVR, no revenue for a margin); never negative: a target
 * that would not add profit is worth 0.
 */
export function targetEffect(week: WeekPnl, metric: LeverMetric, target: number): number | null {
  const { leads, orders, revenue, adSpend, contribution } = week;
  const gain = (() => {
    switch (metric) {
      case 'cvr':
        return orders > 0 && leads > 0 ? (leads * target - orders) * (contribution / orders) : null;
      case 'aov':
        return orders > 0 && revenue > 0 ? (orders * target - revenue) * (contribution / revenue) : null;
      case 'revenue':
        return revenue > 0 ? (target - revenue) * (contribution / revenue) : null;
      case 'cpl':
        return leads > 0 ? adSpend - leads * target : null;
      case 'roas':
        return target > 0 ? adSpend - revenue / target : null;
      case 'adSpend':
        return adSpend - target;
      case 'grossMarginRatio':
        return revenue * (target - week.grossMarginRatio);
      case 'netProfit':
        return target - week.netProfit;
    }
  })();
  return gain === null || !Number.isFinite(gain) ? null : Math.max(0, Math.round(gain));
}

/**
 * Levers whose effects overlap, so their effects are never added up or ranked as if independent: more
 * sales at the same ad spend (CVR, AOV, revenue), cheaper ads for the same sales (CPL, ROAS, ad spend), the
 * margin; net profit is what all of them move.
 */
const LEVER_FAMILY: Readonly<Record<LeverMetric, 'sales' | 'ads' | 'margin' | 'profit'>> = {
  cvr: 'sales',
  aov: 'sales',
  revenue: 'sales',
  cpl: 'ads',
  roas: 'ads',
  adSpend: 'ads',
  grossMarginRatio: 'margin',
  netProfit: 'profit',
};

/** Whether reaching both targets gains less than the two effects added up. */
export function leversOverlap(a: LeverMetric, b: LeverMetric): boolean {
  return LEVER_FAMILY[a] === LEVER_FAMILY[b] || a === 'netProfit' || b === 'netProfit';
}

/** What an item moves, as the ranking needs it: null for an item without a number on profit. */
export interface ItemLever {
  metric: LeverMetric;
  effect: number;
}

/**
 * The `limit` items to offer first. Items moving the same number are one lever; an item without a number
 * is a lever of its own issue. Levers with an effect come first, largest first, those overlapping a
 * lever taken before them after those that do not; then levers without an effect, in the given order.
 * One item of each lever before a second of any, each lever's items in their own order.
 */
export function pickTopActions<T extends { issueCode: string }>(
  items: readonly T[],
  leverOf: (item: T) => ItemLever | null,
  limit = 3,
): T[] {
  const groups = new Map<string, { lever: ItemLever | null; list: T[] }>();
  for (const item of items) {
    const lever = leverOf(item);
    const key = lever ? `lever:${lever.metric}` : `issue:${item.issueCode}`;
    const group = groups.get(key);
    if (group) group.list.push(item);
    else groups.set(key, { lever, list: [item] });
  }
  const all = [...groups.values()];
  // Array.prototype.sort is stable: equal effects keep the given order.
  const withEffect = all
    .filter((g) => g.lever !== null && g.lever.effect > 0)
    .sort((a, b) => b.lever!.effect - a.lever!.effect);
  const independent: typeof all = [];
  const overlapping: typeof all = [];
  for (const group of withEffect) {
    const metric = group.lever!.metric;
    if (independent.some((g) => leversOverlap(g.lever!.metric, metric))) overlapping.push(group);
    else independent.push(group);
  }
  const queues = [...independent, ...overlapping, ...all.filter((g) => !withEffect.includes(g))].map(
    (g) => g.list,
  );
  const picked: T[] = [];
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item && picked.length < limit) picked.push(item);
    }
  }
  return picked;
}
