import { describe, expect, it } from 'vitest';
import { checkProductPrices, parseProductLine, parseProductName } from '../../src/domain/product-line.js';

describe('parseProductLine', () => {
  it.each([
    ['Váy hoa 350k 140k', 'Váy hoa', 350_000, 140_000],
    ['  Váy   hoa  350.000 140.000 ', 'Váy hoa', 350_000, 140_000],
    ['Váy hoa 350 k 140 nghìn', 'Váy hoa', 350_000, 140_000],
    ['Áo thun 2025 200k 120.000 ₫', 'Áo thun 2025', 200_000, 120_000],
    ['Son 1tr2 0', 'Son', 1_200_000, 0],
    ['Mũ 100k 100k', 'Mũ', 100_000, 100_000],
  ])('reads %s', (text, name, sellPrice, cogs) => {
    expect(parseProductLine(text)).toEqual({ ok: true, value: { name, sellPrice, cogs } });
  });

  it.each([
    ['', 'missing-values'],
    ['Váy hoa', 'missing-values'],
    ['350k 140k', 'missing-values'],
    ['Váy hoa 140k', 'missing-values'],
    ['Váy hoa abc 140k', 'missing-values'],
    ['Váy hoa 350k xyz', 'missing-values'],
    ['Váy hoa 35x0k 140k', 'bad-price'],
    ['Váy hoa 350k 1.4.0k', 'bad-cost'],
    ['Váy hoa 350k -140k', 'bad-cost'],
    ['Váy hoa 0 0', 'zero-price'],
    ['Váy hoa 140k 350k', 'cost-above-price'],
    [`${'A'.repeat(49)} 350k 140k`, 'name-too-long'],
    ['/products 350k 140k', 'name-command'],
  ])('refuses %s as %s', (text, error) => {
    expect(parseProductLine(text)).toEqual({ ok: false, error });
  });
});

describe('parseProductName and checkProductPrices', () => {
  it('collapses spaces and refuses empty names', () => {
    expect(parseProductName('  Váy  hoa ')).toEqual({ ok: true, value: 'Váy hoa' });
    expect(parseProductName('   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseProductName('A'.repeat(48))).toEqual({ ok: true, value: 'A'.repeat(48) });
  });

  it('refuses a price of 0 and a cost above the price, allows cost = price', () => {
    expect(checkProductPrices(0, 0)).toBe('zero-price');
    expect(checkProductPrices(100, 101)).toBe('cost-above-price');
    expect(checkProductPrices(100, 100)).toBeNull();
    expect(checkProductPrices(100, 0)).toBeNull();
  });
});
