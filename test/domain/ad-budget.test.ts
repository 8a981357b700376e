import { describe, expect, it } from 'vitest';
import { ADS_MANAGER_BUDGET_STEP, adsManagerBudget, raisedBudget } from '../../src/domain/ad-budget.js';

describe('adsManagerBudget', () => {
  it('rounds to the nearest 10.000 ₫, a half step up', () => {
    expect(ADS_MANAGER_BUDGET_STEP).toBe(10_000);
    // 3.000.000 / 7 × 1,2 = 514.285,71…: 51,43 steps → 51 steps.
    expect(adsManagerBudget(3_600_000 / 7)).toBe(510_000);
    expect(adsManagerBudget(514_999)).toBe(510_000);
    expect(adsManagerBudget(515_000)).toBe(520_000);
    expect(adsManagerBudget(480_000)).toBe(480_000);
    expect(adsManagerBudget(1_234_567)).toBe(1_230_000);
  });

  it('is never below 10.000 ₫ when positive, and 0 stays 0', () => {
    expect(adsManagerBudget(4_999)).toBe(10_000);
    expect(adsManagerBudget(1)).toBe(10_000);
    expect(adsManagerBudget(0)).toBe(0);
  });
});

describe('raisedBudget', () => {
  it('is the rounded raise when that is above the current budget', () => {
    // 428.571 → 514.286 → 510.000 (still above 428.571).
    expect(raisedBudget(428_571, 3_600_000 / 7)).toBe(510_000);
  });

  it('stays a raise: when the nearest step is not above the current budget, the step above it', () => {
    // 10.000 × 1,2 = 12.000 rounds to 10.000, no raise: 20.000.
    expect(raisedBudget(10_000, 12_000)).toBe(20_000);
    // 41.000 × 1,2 = 49.200 → 50.000, a raise as it is.
    expect(raisedBudget(41_000, 49_200)).toBe(50_000);
    // 48.000 × 1,02 = 48.960 → 50.000, a raise as it is.
    expect(raisedBudget(48_000, 48_960)).toBe(50_000);
    // 50.000 × 1,05 = 52.500 → 50.000, no raise: 60.000.
    expect(raisedBudget(50_000, 52_500)).toBe(60_000);
  });
});
