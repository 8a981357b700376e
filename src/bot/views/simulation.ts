import type { GrowthSimulation as SimulationRow } from '../../db/schema/index.js';
import { formatCount, formatDate, formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import { type FunnelBasis, MIN_BASIS_DAYS } from '../../domain/funnel-basis.js';
import type { Feasibility, GrowthSimulation, Projection } from '../../domain/growth-simulation.js';
import { localDate } from '../../domain/local-date.js';
import type { Renderer } from '../../i18n/translator.js';
import type { SimulationOutcome } from '../../services/growth-simulation.js';

const FEASIBILITY_KEYS: Record<Feasibility, string> = {
  easy: 'sim-feasibility-easy',
  moderate: 'sim-feasibility-moderate',
  hard: 'sim-feasibility-hard',
  unrealistic: 'sim-feasibility-unrealistic',
};

function projectionLine(key: string, p: Projection, extra: Record<string, string>, { locale, t }: Renderer) {
  return t(key, {
    adSpend: formatMoney(p.adSpend, locale),
    ratio: formatRatio(p.spendRatio, locale),
    profit: formatMoney(p.netProfit, locale),
    ...extra,
  });
}

/** A simulation: the funnel it comes from, what the target takes, both projections, feasibility, what to change. */
export function renderSimulation(
  simulation: GrowthSimulation,
  basis: Extract<FunnelBasis, { ok: true }>,
  shopName: string,
  { locale, t }: Renderer,
): string {
  const money = (vnd: number) => formatMoney(vnd, locale);
  const current = money(simulation.currentAdSpend);
  const lines = [
    t('sim-title', { target: money(simulation.target), shop: shopName }),
    t('sim-basis', {
      days: basis.sums.daysRecorded,
      aov: money(basis.aov),
      cvr: formatPercent(basis.cvr, locale),
      cpl: money(basis.cpl),
      current,
    }),
    t('sim-needs', {
      orders: formatCount(simulation.orders, locale),
      leads: formatCount(simulation.leads, locale),
    }),
    projectionLine('sim-flat', simulation.flat, {}, { locale, t }),
    projectionLine(
      'sim-saturated',
      simulation.saturated,
      { rise: formatPercent(simulation.cplRisePerDoubling, locale, 0) },
      { locale, t },
    ),
    t('sim-feasibility', { level: t(FEASIBILITY_KEYS[simulation.saturated.feasibility]) }),
    simulation.change
      ? t('sim-change', {
          current,
          cvr: formatPercent(simulation.change.cvr, locale),
          currentCvr: formatPercent(basis.cvr, locale),
          aov: money(simulation.change.aov),
          currentAov: money(basis.aov),
        })
      : t('sim-change-none', { current }),
  ];
  return lines.join('\n');
}

/** Why nothing was simulated (nothing stored): the days missing, or no orders, leads or ad spend. */
export function renderSimulationGap(
  outcome: Extract<SimulationOutcome, { ok: false }>,
  { locale, t }: Renderer,
): string {
  switch (outcome.gap) {
    case 'too-few-days': {
      const days = outcome.basis.sums.daysRecorded;
      return t('sim-too-few-days', { needed: MIN_BASIS_DAYS, days, missing: MIN_BASIS_DAYS - days });
    }
    case 'no-orders':
      return t('sim-no-orders');
    case 'no-leads':
      return t('sim-no-leads');
    case 'no-ad-spend':
      return t('sim-no-ad-spend');
    case 'too-large':
      return t('sim-too-large', { max: formatCount(Number.MAX_SAFE_INTEGER, locale) });
  }
}

/** The last simulations, numbered as their buttons, newest first. */
export function renderSimulationList(
  rows: readonly SimulationRow[],
  shopName: string,
  timeZone: string,
  { locale, t }: Renderer,
): string {
  if (rows.length === 0) return `${t('sim-list-empty', { shop: shopName })}\n${t('sim-usage')}`;
  const items = rows.map((row, i) =>
    t('sim-list-item', {
      n: i + 1,
      date: formatDate(localDate(row.createdAt, timeZone), locale),
      target: formatMoney(row.targetRevenue, locale),
      adSpend: row.requiredAdSpend === null ? '—' : formatMoney(row.requiredAdSpend, locale),
      profit: row.projectedNetProfit === null ? '—' : formatMoney(row.projectedNetProfit, locale),
      feasibility:
        row.feasibilityLevel === 'insufficient-data' ? '—' : t(FEASIBILITY_KEYS[row.feasibilityLevel]),
    }),
  );
  return [t('sim-list-title', { shop: shopName }), ...items, t('sim-list-hint'), t('sim-usage')].join('\n');
}
