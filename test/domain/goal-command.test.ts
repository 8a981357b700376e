import { describe, expect, it } from 'vitest';
import { parseGoalCommand, resolveProfitTarget } from '../../src/domain/goal-command.js';

const NOVEMBER = '2026-11';
const parse = (text: string) => parseGoalCommand(text, NOVEMBER);
const set = (month: string, revenueTarget: number, profitTarget: number | null) => ({
  ok: true,
  kind: 'set',
  goal: { month, revenueTarget, profitTarget },
});

describe('parseGoalCommand', () => {
  it('shows the goal when nothing follows', () => {
    expect(parse('')).toEqual({ ok: true, kind: 'show' });
    expect(parse('   ')).toEqual({ ok: true, kind: 'show' });
  });

  it('reads revenue and an optional profit for this month, units joined or apart', () => {
    expect(parse('300tr 60tr')).toEqual(set('2026-11', 300_000_000, 60_000_000));
    expect(parse('300tr')).toEqual(set('2026-11', 300_000_000, null));
    expect(parse('300 triệu 60 triệu')).toEqual(set('2026-11', 300_000_000, 60_000_000));
    expect(parse('300.000.000 60.000.000')).toEqual(set('2026-11', 300_000_000, 60_000_000));
    expect(parse('2 triệu rưỡi')).toEqual(set('2026-11', 2_500_000, null));
    expect(parse('1ty2 300m')).toEqual(set('2026-11', 1_200_000_000, 300_000_000));
    expect(parse('300tr 0')).toEqual(set('2026-11', 300_000_000, 0));
  });

  it('reads a month first: this one or one ahead, never one already over', () => {
    expect(parse('12/2026 300tr')).toEqual(set('2026-12', 300_000_000, null));
    expect(parse('1/2027 300tr 60tr')).toEqual(set('2027-01', 300_000_000, 60_000_000));
    expect(parse('11/2026 300tr')).toEqual(set('2026-11', 300_000_000, null));
    expect(parse('10/2026 300tr')).toEqual({ ok: false, error: { code: 'past-month', month: '2026-10' } });
    expect(parse('13/2026 300tr')).toEqual({ ok: false, error: { code: 'bad-month', text: '13/2026' } });
    expect(parse('0/2027 300tr')).toEqual({ ok: false, error: { code: 'bad-month', text: '0/2027' } });
  });

  it('reads a month at most twelve months ahead', () => {
    expect(parse('11/2027 300tr')).toEqual(set('2027-11', 300_000_000, null));
    const far = (month: string) => ({ ok: false, error: { code: 'far-month', month, last: '2027-11' } });
    expect(parse('12/2027 300tr')).toEqual(far('2027-12'));
    expect(parse('12/9999 300tr')).toEqual(far('9999-12'));
    expect(parse('1/2030 300tr')).toEqual(far('2030-01'));
    // From December the window crosses a year: 12/2026 → 12/2027.
    expect(parseGoalCommand('12/2027 1tr', '2026-12')).toEqual(set('2027-12', 1_000_000, null));
    expect(parseGoalCommand('1/2028 1tr', '2026-12')).toEqual({
      ok: false,
      error: { code: 'far-month', month: '2028-01', last: '2027-12' },
    });
  });

  it('refuses what it cannot read, with the part it could not read', () => {
    expect(parse('abc')).toEqual({ ok: false, error: { code: 'bad-amount', text: 'abc' } });
    expect(parse('12/2026')).toEqual({ ok: false, error: { code: 'bad-amount', text: '' } });
    expect(parse('300tr 60tr 10tr')).toEqual({
      ok: false,
      error: { code: 'bad-amount', text: '300tr 60tr 10tr' },
    });
    expect(parse('300tr -5tr')).toEqual({ ok: false, error: { code: 'bad-amount', text: '300tr -5tr' } });
    // Past MAX_MONEY_VND is said as such, not as unreadable.
    expect(parse('2000 tỷ')).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(parse('1000 tỷ 2000 tỷ')).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a line that reads as one amount and as two rather than guess', () => {
    // 300.060.000 ₫, or 300.000.000 ₫ and 60 ₫.
    expect(parse('300 triệu 60')).toEqual({ ok: false, error: { code: 'ambiguous', text: '300 triệu 60' } });
  });

  it('refuses a zero revenue target and a profit target above the revenue target', () => {
    expect(parse('0')).toEqual({ ok: false, error: { code: 'zero-revenue' } });
    expect(parse('60tr 300tr')).toEqual({ ok: false, error: { code: 'profit-above-revenue' } });
    expect(parse('300tr 300tr')).toEqual(set('2026-11', 300_000_000, 300_000_000));
  });
});

describe('resolveProfitTarget', () => {
  it('keeps the month’s profit target when none is typed, unless above the new revenue; 0 removes it', () => {
    expect(resolveProfitTarget(null, 60_000_000, 320_000_000)).toEqual({
      profitTarget: 60_000_000,
      kept: 60_000_000,
    });
    expect(resolveProfitTarget(null, 60_000_000, 50_000_000)).toEqual({
      profitTarget: null,
      dropped: 60_000_000,
    });
    expect(resolveProfitTarget(null, null, 320_000_000)).toEqual({ profitTarget: null });
    expect(resolveProfitTarget(0, 60_000_000, 320_000_000)).toEqual({ profitTarget: null });
    expect(resolveProfitTarget(70_000_000, 60_000_000, 320_000_000)).toEqual({ profitTarget: 70_000_000 });
  });
});
