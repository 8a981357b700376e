import type { Database } from '../db/client.js';
import {
  getGrowthSimulation,
  insertGrowthSimulation,
  listRecentGrowthSimulations,
} from '../db/queries/growth-simulations.js';
import { getMonthlyGoal } from '../db/queries/monthly-goals.js';
import type { ShopSettings, GrowthSimulation as SimulationRow } from '../db/schema/index.js';
import type { FunnelBasis } from '../domain/funnel-basis.js';
import { type GrowthSimulation, simulateGrowth, simulationFits } from '../domain/growth-simulation.js';
import { costSettingsOf } from './cost-settings.js';
import { loadFunnelBasis } from './funnel-basis.js';
import { type GoalChange, setMonthlyGoal } from './monthly-goal.js';

/** Simulations /simulate lists. */
export const SIMULATION_LIST_LIMIT = 5;

export type SimulationOutcome =
  | { ok: true; simulation: GrowthSimulation; basis: Extract<FunnelBasis, { ok: true }>; row: SimulationRow }
  /**
   * Nothing stored: the window lacks days, orders or leads, or ('no-ad-spend') any ad spend to scale, or
   * ('too-large') a figure of the result is past the safe bound (see simulationFits).
   */
  | {
      ok: false;
      basis: FunnelBasis;
      gap: 'too-few-days' | 'no-orders' | 'no-leads' | 'no-ad-spend' | 'too-large';
    };

/**
 * Simulates a monthly revenue target from the shop's last 28 days up to `today` and stores it (one
 * growth_simulations row: the required_* columns, projected net profit and feasibility are the saturated
 * projection's; the assumptions hold the funnel, today's spend and the projection at today's CPL).
 */
export async function runGrowthSimulation(
  db: Database,
  settings: ShopSettings,
  target: number,
  today: string,
  now: Date,
): Promise<SimulationOutcome> {
  const basis = await loadFunnelBasis(db, settings.shopId, today);
  if (!basis.ok) return { ok: false, basis, gap: basis.gap };
  const simulation = simulateGrowth(
    basis,
    target,
    costSettingsOf(settings, today),
    settings.cplRisePerDoubling,
    settings.monthlyFixedCost,
  );
  if (!simulation) return { ok: false, basis, gap: 'no-ad-spend' };
  if (!simulationFits(simulation)) return { ok: false, basis, gap: 'too-large' };
  const row = await insertGrowthSimulation(db, settings.shopId, {
    targetRevenue: target,
    basedOnDays: basis.sums.daysRecorded,
    requiredOrders: simulation.orders,
    requiredLeads: simulation.leads,
    requiredAdSpend: simulation.saturated.adSpend,
    projectedNetProfit: simulation.saturated.netProfit,
    feasibilityLevel: simulation.saturated.feasibility,
    assumptions: {
      aov: basis.aov,
      cvr: basis.cvr,
      cpl: basis.cpl,
      currentMonthlyAdSpend: simulation.currentAdSpend,
      cplRisePerDoubling: simulation.cplRisePerDoubling,
      adSpendAtTodaysCpl: simulation.flat.adSpend,
      netProfitAtTodaysCpl: simulation.flat.netProfit,
    },
    createdAt: now,
  });
  return { ok: true, simulation, basis, row };
}

export function listGrowthSimulations(db: Database, shopId: string): Promise<SimulationRow[]> {
  return listRecentGrowthSimulations(db, shopId, SIMULATION_LIST_LIMIT);
}

/**
 * Makes a simulation's target the revenue target of `month` (the profit target stays as it was, unless it is
 * above the new revenue target): 'missing'
 * when the simulation is not the shop's, 'unchanged' when the month's goal already has that target.
 */
export async function simulationToGoal(
  db: Database,
  shopId: string,
  simulationId: string,
  month: string,
): Promise<
  { status: 'missing' } | { status: 'unchanged'; target: number } | ({ status: 'set' } & GoalChange)
> {
  const simulation = await getGrowthSimulation(db, shopId, simulationId);
  if (!simulation) return { status: 'missing' };
  const current = await getMonthlyGoal(db, shopId, month);
  if (current?.revenueTarget === simulation.targetRevenue) {
    return { status: 'unchanged', target: simulation.targetRevenue };
  }
  // A profit target above the new revenue target could not be met: it goes.
  const profit = current?.profitTarget ?? null;
  const change = await setMonthlyGoal(db, shopId, {
    month,
    revenueTarget: simulation.targetRevenue,
    profitTarget: profit !== null && profit <= simulation.targetRevenue ? profit : null,
  });
  return { status: 'set', ...change };
}
