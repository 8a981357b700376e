import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, multiplyRounded, roundHalfAwayFromZero, roundTo } from '../../src/domain/rounding.js';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [0.5, 1],
    [-0.5, -1],
    [2.4, 2],
    [-2.4, -2],
    [566_666.666_666_666_7, 566_667],
    [23_529.411_764_705_88, 23_529],
    [0, 0],
    [1e15 + 0.5, 1e15 + 1],
  ])('rounds %d to %d', (x, expected) => {
    expect(roundHalfAwayFromZero(x)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
  });

  it('agrees with Math.round away from ties', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        fc.pre(Math.abs(x - Math.trunc(x)) !== 0.5);
        fc.pre(Math.abs(Math.abs(x % 1) - 0.5) > 1e-6);
        expect(roundHalfAwayFromZero(x)).toBe(Math.sign(x) * Math.round(Math.abs(x)) || 0);
      }),
    );
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [1.255, 2, 1.26],
    [17.647_058_823_529_41, 2, 17.65],
    [8.888_888_888_888_89, 2, 8.89],
    [1.666_666_666_666_666_7, 2, 1.67],
    [4.25, 1, 4.3],
    [-4.25, 1, -4.3],
    [3.125, 2, 3.13],
    [0.1 + 0.2, 2, 0.3],
    [123.456, 0, 123],
    [1e-7, 2, 0],
    [1e21, 2, 1e21],
    [1234.5678, -2, 1200],
  ])('rounds %d to %d digits as %d', (x, digits, expected) => {
    expect(roundTo(x, digits)).toBe(expected);
  });

  it('passes non-finite values through', () => {
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundTo(Number.NaN, 2)).toBeNaN();
  });

  it('stays within half a unit of the last digit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, digits) => {
          expect(Math.abs(roundTo(x, digits) - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-6);
        },
      ),
    );
  });
});

describe('multiplyRounded', () => {
  it.each([
    [8_500_000, 0.4, 3_400_000],
    [5, 0.3, 2],
    [1, 0.5, 1],
    [3, 0.35, 1],
    [10, 0.35, 4],
    [-5, 0.3, -2],
    [1_000_000_000_000, 0.029, 29_000_000_000],
    [0, 0.4, 0],
    [123_457, 0, 0],
  ])('%d × %d = %d (exact decimal, half away from zero)', (amount, ratio, expected) => {
    expect(multiplyRounded(amount, ratio)).toBe(expected);
  });

  it('throws on non-finite input', () => {
    expect(() => multiplyRounded(Number.NaN, 0.4)).toThrow(RangeError);
  });
});

describe('divideRounded', () => {
  it.each([
    [8_500_000, 15, 566_667],
    [2_000_000, 85, 23_529],
    [5, 2, 3],
    [-5, 2, -3],
    [5, -2, -3],
    [7, 7, 1],
    [0, 3, 0],
    [1, 3, 0],
  ])('%d / %d = %d', (a, b, expected) => {
    expect(divideRounded(a, b)).toBe(expected);
  });

  it('throws on a zero divisor', () => {
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });

  it('matches exact rational rounding for any amount and count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e7 }), (a, b) => {
        const q = divideRounded(a, b);
        expect(Math.abs(2 * (a - q * b))).toBeLessThanOrEqual(b);
      }),
    );
  });
});
