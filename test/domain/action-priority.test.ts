import { describe, expect, it } from 'vitest';
import { hasOutdatedFigure } from '../../src/domain/action-freshness.js';
import { type ItemLever, leversOverlap, pickTopActions } from '../../src/domain/action-priority.js';

describe('pickTopActions', () => {
  const item = (issueCode: string, n: number, lever: ItemLever | null) => ({
    issueCode,
    id: `${issueCode}#${n}`,
    lever,
  });
  const cvr = (effect: number): ItemLever => ({ metric: 'cvr', effect });
  const leverOf = (i: { lever: ItemLever | null }) => i.lever;

  it('takes one item of each number moved, the largest effect first, before a second of any', () => {
    const items = [
      item('a', 1, { metric: 'cpl', effect: 100 }),
      item('a', 2, { metric: 'cpl', effect: 100 }),
      item('b', 1, { metric: 'grossMarginRatio', effect: 300 }),
      item('b', 2, { metric: 'grossMarginRatio', effect: 300 }),
      item('c', 1, cvr(200)),
      item('d', 1, null),
    ];
    expect(pickTopActions(items, leverOf).map((i) => i.id)).toEqual(['b#1', 'c#1', 'a#1']);
    expect(pickTopActions(items, leverOf, 5).map((i) => i.id)).toEqual(['b#1', 'c#1', 'a#1', 'd#1', 'b#2']);
  });

  it('counts two issues moving the same number as one, ranked once', () => {
    // Both move CPL to the report's one CPL target: one effect, not two.
    const items = [
      item('spike', 1, { metric: 'cpl', effect: 500 }),
      item('roas', 1, { metric: 'cpl', effect: 500 }),
      item('aov', 1, { metric: 'grossMarginRatio', effect: 100 }),
    ];
    expect(pickTopActions(items, leverOf).map((i) => i.id)).toEqual(['spike#1', 'aov#1', 'roas#1']);
  });

  it('ranks a number whose effect overlaps one taken before it after those that do not', () => {
    // Revenue and CVR both mean more sales at the same ads; the margin is another matter.
    const items = [
      item('revenue', 1, { metric: 'revenue', effect: 900 }),
      item('cvr', 1, cvr(800)),
      item('margin', 1, { metric: 'grossMarginRatio', effect: 100 }),
      item('gap', 1, null),
    ];
    expect(pickTopActions(items, leverOf).map((i) => i.id)).toEqual(['revenue#1', 'margin#1', 'cvr#1']);
  });

  it('keeps the given order between equal effects, and takes what there is', () => {
    const items = [item('a', 1, null), item('a', 2, null), item('b', 1, null), item('c', 1, null)];
    expect(pickTopActions(items, leverOf).map((i) => i.id)).toEqual(['a#1', 'b#1', 'c#1']);
    expect(pickTopActions(items.slice(0, 2), leverOf).map((i) => i.id)).toEqual(['a#1', 'a#2']);
    expect(pickTopActions([], leverOf)).toEqual([]);
  });
});

describe('leversOverlap', () => {
  it('holds within more sales, within cheaper ads, and for net profit with anything', () => {
    expect(leversOverlap('cvr', 'revenue')).toBe(true);
    expect(leversOverlap('aov', 'cvr')).toBe(true);
    expect(leversOverlap('cpl', 'roas')).toBe(true);
    expect(leversOverlap('adSpend', 'cpl')).toBe(true);
    expect(leversOverlap('netProfit', 'grossMarginRatio')).toBe(true);
    expect(leversOverlap('cvr', 'cpl')).toBe(false);
    expect(leversOverlap('grossMarginRatio', 'roas')).toBe(false);
  });
});

describe('hasOutdatedFigure', () => {
  it('holds for an item with a number from a week older than the latest diagnosed', () => {
    const withNumber = { params: { requiredDailyRevenue: 26_562_500 }, weekStart: '2026-11-16' };
    expect(hasOutdatedFigure(withNumber, '2026-11-23')).toBe(true);
    expect(hasOutdatedFigure(withNumber, '2026-11-16')).toBe(false);
    expect(hasOutdatedFigure(withNumber, null)).toBe(false);
    expect(hasOutdatedFigure({ params: {}, weekStart: '2026-11-16' }, '2026-11-23')).toBe(false);
  });
});
