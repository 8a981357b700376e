import { describe, expect, it } from 'vitest';
import {
  ACTUAL,
  applyThresholdRule,
  type Condition,
  type Resolver,
  type RuleValue,
  type TemplateSpec,
  THRESHOLD,
  THRESHOLD_BASE,
  type ThresholdRule,
} from '../../src/domain/threshold-rule.js';

/** A toy family of value sources: named numbers, some of them unknown. */
type Named = { from: 'named'; name: string };
const n = (name: string): Named => ({ from: 'named', name });

const VALUES: Record<string, RuleValue | null> = {
  spend: { exact: 1_234.5, unit: 'vnd' },
  budget: { exact: 1_000, unit: 'vnd' },
  cap: { exact: 2_000, unit: 'vnd' },
  quarter: { exact: 0.25, unit: 'fraction' },
  orders: { exact: 3, unit: 'count' },
  zero: { exact: 0, unit: 'count' },
  unknown: null,
};
const lookup: Resolver<Named> = (source) => {
  const value = VALUES[source.name];
  if (value === undefined) throw new Error(`no value ${source.name}`);
  return value;
};

const TEXT: TemplateSpec<Named> = { key: 'text', params: {} };

function fire(rule: ThresholdRule<Named>, explanation: TemplateSpec<Named> = TEXT) {
  return applyThresholdRule(rule, explanation, lookup);
}

describe('applyThresholdRule', () => {
  it('fires when the actual crosses the threshold and explains with the rule numbers and sources', () => {
    const fired = fire(
      { actual: n('spend'), comparison: 'gt', thresholds: [{ base: n('budget') }] },
      {
        key: 'over-budget',
        params: { spend: ACTUAL, budget: THRESHOLD, base: THRESHOLD_BASE, orders: n('orders') },
      },
    );
    expect(fired).not.toBeNull();
    expect(fired!.actual).toEqual({ exact: 1_234.5, unit: 'vnd' });
    expect(fired!.threshold).toEqual({ exact: 1_000, unit: 'vnd' });
    // Money params are shown in whole đồng: 1.234,5 rounds half away from zero to 1.235.
    expect(fired!.explanation).toEqual({
      key: 'over-budget',
      params: { spend: 1_235, budget: 1_000, base: 1_000, orders: 3 },
      units: { spend: 'vnd', budget: 'vnd', base: 'vnd', orders: 'count' },
    });
  });

  it('stays silent when the actual does not cross, is unknown, or no threshold is known', () => {
    expect(fire({ actual: n('budget'), comparison: 'gt', thresholds: [{ base: n('spend') }] })).toBeNull();
    expect(fire({ actual: n('budget'), comparison: 'gt', thresholds: [{ base: n('budget') }] })).toBeNull();
    expect(fire({ actual: n('unknown'), comparison: 'lt', thresholds: [{ base: n('spend') }] })).toBeNull();
    expect(fire({ actual: n('spend'), comparison: 'gt', thresholds: [{ base: n('unknown') }] })).toBeNull();
    expect(fire({ actual: n('spend'), comparison: 'gt', thresholds: [] })).toBeNull();
  });

  it('uses the first known threshold and does not fall through to the next when it is not crossed', () => {
    const skipUnknown = fire({
      actual: n('spend'),
      comparison: 'gt',
      thresholds: [{ base: n('unknown') }, { base: n('budget') }, { base: n('zero') }],
    });
    expect(skipUnknown!.threshold.exact).toBe(1_000);
    expect(
      fire({
        actual: n('spend'),
        comparison: 'gt',
        thresholds: [{ base: n('cap') }, { base: n('budget') }],
      }),
    ).toBeNull();
  });

  it('scales a threshold by s, 1 − s or 1 + s, keeping the base unit and the base as threshold-base', () => {
    // Base 1.000, s = 0,25: 250, 750, 1.250; the actual 1.234,5 is above the first two, below the third.
    const scaled = (as: 'times' | 'one-minus' | 'one-plus') =>
      fire(
        {
          actual: n('spend'),
          comparison: 'gt',
          thresholds: [{ base: n('budget'), scale: { by: n('quarter'), as } }],
        },
        { key: 'scaled', params: { limit: THRESHOLD, base: THRESHOLD_BASE } },
      );
    expect(scaled('times')!.threshold).toEqual({ exact: 250, unit: 'vnd' });
    expect(scaled('times')!.explanation.params).toEqual({ limit: 250, base: 1_000 });
    expect(scaled('one-minus')!.threshold).toEqual({ exact: 750, unit: 'vnd' });
    expect(scaled('one-plus')).toBeNull();
  });

  it('skips a threshold whose scale is unknown', () => {
    const fired = fire({
      actual: n('spend'),
      comparison: 'gt',
      thresholds: [{ base: n('budget'), scale: { by: n('unknown'), as: 'times' } }, { base: n('zero') }],
    });
    expect(fired!.threshold).toEqual({ exact: 0, unit: 'count' });
  });

  it('needs every andAlso condition to hold, each with a known value and limit', () => {
    const withConditions = (...andAlso: Condition<Named>[]) =>
      fire({ actual: n('spend'), comparison: 'gt', thresholds: [{ base: n('budget') }], andAlso });
    const ordersAboveZero = { value: n('orders'), comparison: 'gt', threshold: { base: n('zero') } } as const;
    expect(withConditions(ordersAboveZero)).not.toBeNull();
    expect(
      withConditions(ordersAboveZero, {
        value: n('orders'),
        comparison: 'lt',
        threshold: { base: n('zero') },
      }),
    ).toBeNull();
    expect(
      withConditions({ value: n('unknown'), comparison: 'ge', threshold: { base: n('zero') } }),
    ).toBeNull();
    expect(
      withConditions({ value: n('orders'), comparison: 'ge', threshold: { base: n('unknown') } }),
    ).toBeNull();
    expect(
      withConditions({
        value: n('orders'),
        comparison: 'ge',
        threshold: { base: n('unknown'), scale: { by: n('quarter'), as: 'one-plus' } },
      }),
    ).toBeNull();
    // A condition's limit is scaled too: 2.000 × 0,25 = 500 is below 1.234,5, 2.000 × 1,25 = 2.500 is not.
    const spendAbove = (as: 'times' | 'one-plus') =>
      withConditions({
        value: n('spend'),
        comparison: 'gt',
        threshold: { base: n('cap'), scale: { by: n('quarter'), as } },
      });
    expect(spendAbove('times')).not.toBeNull();
    expect(spendAbove('one-plus')).toBeNull();
    expect(
      withConditions({
        value: n('spend'),
        comparison: 'gt',
        threshold: { base: n('cap'), scale: { by: n('unknown'), as: 'times' } },
      }),
    ).toBeNull();
  });

  it("uses the applied threshold's own explanation instead of the rule's", () => {
    const rule: ThresholdRule<Named> = {
      actual: n('spend'),
      comparison: 'gt',
      thresholds: [
        { base: n('unknown'), explanation: { key: 'first', params: {} } },
        { base: n('budget'), explanation: { key: 'second', params: { budget: THRESHOLD } } },
      ],
    };
    expect(fire(rule)!.explanation).toEqual({
      key: 'second',
      params: { budget: 1_000 },
      units: { budget: 'vnd' },
    });
  });

  it('stays silent when its explanation needs an unknown number', () => {
    const rule: ThresholdRule<Named> = {
      actual: n('spend'),
      comparison: 'gt',
      thresholds: [{ base: n('budget') }],
    };
    expect(fire(rule, { key: 'text', params: { spend: ACTUAL, missing: n('unknown') } })).toBeNull();
  });

  it('renders further templates with the same numbers, null when one needs an unknown number', () => {
    const fired = fire({
      actual: n('spend'),
      comparison: 'gt',
      thresholds: [{ base: n('cap'), scale: { by: n('quarter'), as: 'times' } }],
    })!;
    expect(
      fired.render({ key: 'action', params: { limit: THRESHOLD, cap: THRESHOLD_BASE, spend: ACTUAL } }),
    ).toEqual({
      key: 'action',
      params: { limit: 500, cap: 2_000, spend: 1_235 },
      units: { limit: 'vnd', cap: 'vnd', spend: 'vnd' },
    });
    expect(
      fired.render({ key: 'action', params: { orders: n('orders'), missing: n('unknown') } }),
    ).toBeNull();
  });
});
