import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCountAnswer, readMoneyAnswer } from '../../src/domain/guided-answer.js';
import { parseCount, parseMoney } from '../../src/domain/money.js';

describe('readCountAnswer', () => {
  it.each<[string, 'orders' | 'leads' | 'days', number]>([
    ['11', 'orders', 11],
    ['11 đơn', 'orders', 11],
    ['11đơn', 'orders', 11],
    ['11 đơn hàng', 'orders', 11],
    ['mười một đơn', 'orders', 11],
    ['12 orders', 'orders', 12],
    ['khoảng 80', 'leads', 80],
    ['tầm 80 lead', 'leads', 80],
    ['~80', 'leads', 80],
    ['about 80 leads', 'leads', 80],
    ['tám mươi', 'leads', 80],
    ['tầm tám mươi', 'leads', 80],
    ['hai mươi', 'leads', 20],
    ['1.200 khách hỏi', 'leads', 1200],
    ['5 ngày', 'days', 5],
    ['năm ngày', 'days', 5],
    ['một tuần', 'days', 7],
    ['2 tuần', 'days', 14],
    ['a week', 'days', 7],
    ['3 days', 'days', 3],
    ['hai mươi mốt ngày.', 'days', 21],
  ])('reads %j (%s) as %d', (text, unit, n) => {
    expect(readCountAnswer(text, unit)).toEqual({ ok: true, value: n });
  });

  it('refuses another unit, a unit alone and words that are no number', () => {
    expect(readCountAnswer('11 ngày', 'orders')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('80 đơn', 'leads')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('đơn', 'orders')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('khoảng', 'leads')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('a', 'days')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('one', 'orders')).toEqual({ ok: false, error: 'invalid' });
    expect(readCountAnswer('nhiều lắm', 'leads')).toEqual({ ok: false, error: 'invalid' });
  });

  it('keeps the errors parseCount gives, with a unit too', () => {
    expect(readCountAnswer('-5 đơn', 'orders')).toEqual({ ok: false, error: 'negative' });
    expect(readCountAnswer('2.5 đơn', 'orders')).toEqual({ ok: false, error: 'fraction' });
    expect(readCountAnswer('200000 đơn', 'orders')).toEqual({ ok: false, error: 'too-large' });
    expect(readCountAnswer('hai trăm nghìn lead', 'leads')).toEqual({ ok: false, error: 'too-large' });
    expect(readCountAnswer('20000 tuần', 'days')).toEqual({ ok: false, error: 'too-large' });
  });

  it('reads whatever parseCount reads the same way', () => {
    const text = fc.oneof(
      fc.nat({ max: 200_000 }).map(String),
      fc.string({ unit: fc.constantFrom('1', '2', '0', '.', ',', '-', ' ', 'k', 'đơn', 'x'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const typed = parseCount(t);
        if (typed.ok || typed.error !== 'invalid') expect(readCountAnswer(t, 'orders')).toEqual(typed);
      }),
    );
  });
});

describe('readMoneyAnswer', () => {
  it.each<[string, number]>([
    ['8tr5', 8_500_000],
    ['9 triệu hai', 9_200_000],
    ['hai triệu', 2_000_000],
    ['hai triệu rưỡi', 2_500_000],
    ['năm trăm nghìn đồng', 500_000],
    ['tám trăm nghìn', 800_000],
    ['khoảng 8tr5', 8_500_000],
    ['tầm hai triệu', 2_000_000],
    ['một triệu hai trăm nghìn', 1_200_000],
    ['hai mươi', 20],
  ])('reads %j as %d', (text, n) => {
    expect(readMoneyAnswer(text)).toEqual({ ok: true, value: n });
  });

  it('refuses what is no amount and keeps the bounds', () => {
    expect(readMoneyAnswer('nhiều lắm')).toEqual({ ok: false, error: 'invalid' });
    expect(readMoneyAnswer('hai triệu đơn')).toEqual({ ok: false, error: 'invalid' });
    expect(readMoneyAnswer('hai tỷ', 1_000_000_000)).toEqual({ ok: false, error: 'too-large' });
    expect(readMoneyAnswer('hai triệu', 1_000_000)).toEqual({ ok: false, error: 'too-large' });
    expect(readMoneyAnswer('khoảng -2tr')).toEqual({ ok: false, error: 'negative' });
  });

  it('reads whatever parseMoney reads the same way', () => {
    const text = fc.string({
      unit: fc.constantFrom('1', '5', '0', '.', ',', '-', ' ', 'k', 'tr', 'triệu', 'rưỡi', 'hai', 'đ'),
      maxLength: 10,
    });
    fc.assert(
      fc.property(text, (t) => {
        const typed = parseMoney(t);
        if (typed.ok || typed.error !== 'invalid') expect(readMoneyAnswer(t)).toEqual(typed);
      }),
    );
  });
});
