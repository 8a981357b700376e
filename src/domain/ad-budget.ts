import { roundHalfAwayFromZero } from './rounding.js';

/**
 * The step a suggested daily ad budget is rounded to. An owner types the budget into an ads manager
 * (Facebook, TikTok, Shopee), where budgets are set as round figures; "514.286 ₫/ngày" has to be rounded
 * by the owner anyway, so the suggestion is already the figure to type.
 */
export const ADS_MANAGER_BUDGET_STEP = 10_000;

/**
 * A daily budget as typed into an ads manager: the nearest 10.000 ₫ (a half step up), never below
 * 10.000 ₫ when positive (a positive budget never rounds to nothing); nothing stays nothing.
 */
export function adsManagerBudget(amount: number): number {
  if (amount <= 0) return 0;
  const steps = roundHalfAwayFromZero(amount / ADS_MANAGER_BUDGET_STEP);
  return Math.max(1, steps) * ADS_MANAGER_BUDGET_STEP;
}

/**
 * A raised daily budget as typed into an ads manager: `raised` rounded by `adsManagerBudget`; when that
 * is not above `current` (a small budget or step), the first 10.000 ₫ step above `current`, so a raise
 * the rules asked for is never shown as the same or a lower budget.
 */
export function raisedBudget(current: number, raised: number): number {
  const rounded = adsManagerBudget(raised);
  if (rounded > current) return rounded;
  return (Math.floor(current / ADS_MANAGER_BUDGET_STEP) + 1) * ADS_MANAGER_BUDGET_STEP;
}
