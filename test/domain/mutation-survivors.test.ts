import { describe, expect, it } from 'vitest';
import {
  computeDailyMetrics,
  DEFAULT_COST_SETTINGS,
  toStoredMetrics,
} from '../../src/domain/daily-metrics.js';
import { parseCount, parseMoney } from '../../src/domain/money.js';
import { dominantCause, type ProfitPart } from '../../src/domain/profit-decomposition.js';

// Cases that kill the mutants Stryker found surviving (npm run mutation), each worked by hand.

describe('parseMoney: inputs the other tests did not pin down', () => {
  it('reads a number before a unit only when it is all digits with at most one decimal point', () => {
    // `8.5.5` is no decimal number: refused, not read as 8.5 or 5.5 triệu.
    expect(parseMoney('8.5.5tr')).toEqual({ ok: false, error: 'invalid' });
    // The digits after `tr` go on after the implied decimal point only when they are plain digits.
    expect(parseMoney('8tr5.5')).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses a currency mark in the middle as invalid, not as a fraction', () => {
    expect(parseMoney('850 đ 000')).toEqual({ ok: false, error: 'invalid' });
  });

  it('divides exactly when the decimals go past the unit: 1,2340 nghìn = 1.234 ₫', () => {
    // digits 12340, scale 4, exponent 3: 12340 × 10^(3 − 4) = 1234, exact.
    expect(parseMoney('1.2340k')).toEqual({ ok: true, value: 1_234 });
    // 1,2345 nghìn = 1234,5 ₫: not a whole number of đồng.
    expect(parseMoney('1.2345k')).toEqual({ ok: false, error: 'fraction' });
  });
});

describe('parseCount: inputs the other tests did not pin down', () => {
  it('ignores zero-width characters copied out of a chat: 1⁠5 = 15', () => {
    expect(parseCount('1\u200b5')).toEqual({ ok: true, value: 15 });
  });

  it('calls a minus with a space before the number negative', () => {
    expect(parseCount('- 5')).toEqual({ ok: false, error: 'negative' });
  });

  it('calls 12.5 and 12,5 fractions, whatever the number of digits before the point', () => {
    expect(parseCount('12.5')).toEqual({ ok: false, error: 'fraction' });
    expect(parseCount('12,5')).toEqual({ ok: false, error: 'fraction' });
    // 12,0 is a whole 12.
    expect(parseCount('12,0')).toEqual({ ok: true, value: 12 });
  });
});

describe('toStoredMetrics: a day without ad spend', () => {
  it('stores no ROAS (not 0) when nothing was spent on ads', () => {
    // 15 orders, 8.500.000 ₫, no ads, 85 leads: ROAS is undefined; CVR 15 / 85 = 17,647 % → 17,65.
    const m = computeDailyMetrics(
      { orders: 15, revenue: 8_500_000, adSpend: 0, leads: 85 },
      DEFAULT_COST_SETTINGS,
    );
    expect(toStoredMetrics(m)).toMatchObject({ roas: null, cvrPercent: 17.65, flags: [] });
  });
});

const part = (factor: ProfitPart['factor'], amount: number): ProfitPart => ({
  factor,
  amount,
  previous: 0,
  current: 0,
});

describe('dominantCause: which part is named', () => {
  it('names the earlier factor when two parts are equally large', () => {
    // −100 = −50 (leads) − 50 (cvr): a tie, and leads comes first.
    const cause = dominantCause({ total: -100, parts: [part('leads', -50), part('cvr', -50)] });
    expect(cause).toMatchObject({ part: { factor: 'leads' }, share: 0.5 });
  });

  it('never names a part that moved against the change, even when it is the last one', () => {
    // +100 = +150 (aov) − 50 (cpl): aov explains 150 / 100 = 1,5 — more than all of it.
    const cause = dominantCause({ total: 100, parts: [part('aov', 150), part('cpl', -50)] });
    expect(cause).toMatchObject({ part: { factor: 'aov' }, share: 1.5 });
    // −100 = +20 (leads) − 120 (margin) … the fall is margin's: 120 / 100 = 1,2.
    const fall = dominantCause({ total: -100, parts: [part('leads', 20), part('margin', -120)] });
    expect(fall).toMatchObject({ part: { factor: 'margin' }, share: 1.2 });
  });
});
