import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/fold-text.js';

describe('foldText', () => {
  it.each([
    ['Triệu', 'trieu'],
    ['ĐƠN HÀNG', 'don hang'],
    ['rưỡi', 'ruoi'],
    ['tỷ tỉ', 'ty ti'],
    ['Hôm qua', 'hom qua'],
    ['８５０ｋ', '850k'],
    ['₫', '₫'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('folds decomposed (NFD) text like precomposed text', () => {
    expect(foldText('Khách hỏi'.normalize('NFD'))).toBe('khach hoi');
  });
});
