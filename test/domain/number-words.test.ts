import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/fold-text.js';
import { readNumberWords } from '../../src/domain/number-words.js';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** Ways of saying a word that mean the same (the reader must take each). */
interface Variants {
  /** 1 after a tens word: `mốt` or `một`. */
  one: 'mốt' | 'một';
  /** 4 after a tens word: `tư` or `bốn`. */
  four: 'tư' | 'bốn';
  thousand: 'nghìn' | 'ngàn';
  units: 'linh' | 'lẻ';
}

/** 1–99 in words, as it is read out: `mười lăm`, `hai mươi mốt`, `chín mươi tư`. */
function tens(n: number, v: Variants): string[] {
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 0) return [DIGITS[u]!];
  const head = t === 1 ? ['mười'] : [DIGITS[t]!, 'mươi'];
  if (u === 0) return head;
  if (u === 5) return [...head, 'lăm'];
  if (u === 1 && t > 1) return [...head, v.one];
  if (u === 4 && t > 1) return [...head, v.four];
  return [...head, DIGITS[u]!];
}

/** 0–999 with its hundreds said (`không trăm …` when `full` and below 100). */
function hundreds(n: number, v: Variants, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0 && !full) return rest === 0 ? [] : tens(rest, v);
  const head = [DIGITS[h]!, 'trăm'];
  if (rest === 0) return head;
  if (rest < 10) return [...head, v.units, DIGITS[rest]!];
  return [...head, ...tens(rest, v)];
}

/** The reference reading of 0 ≤ n ≤ 1.000.000 in Vietnamese words. */
function vietnameseWords(n: number, v: Variants): string {
  if (n === 0) return 'không';
  if (n === 1_000_000) return 'một triệu';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return hundreds(rest, v, false).join(' ');
  const head = [...hundreds(thousands, v, false), v.thousand];
  return (rest === 0 ? head : [...head, ...hundreds(rest, v, true)]).join(' ');
}

const variants = fc.record<Variants>({
  one: fc.constantFrom('mốt', 'một'),
  four: fc.constantFrom('tư', 'bốn'),
  thousand: fc.constantFrom('nghìn', 'ngàn'),
  units: fc.constantFrom('linh', 'lẻ'),
});

function read(text: string): number | null {
  return readNumberWords(foldText(text).split(/\s+/));
}

describe('readNumberWords', () => {
  it.each<[string, number]>([
    ['không', 0],
    ['năm', 5],
    ['mười', 10],
    ['mười một', 11],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi tư', 24],
    ['hai mươi lăm', 25],
    ['hai mốt', 21],
    ['ba lăm', 35],
    ['hai chục', 20],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['một trăm lẻ một', 101],
    ['một trăm mười', 110],
    ['một trăm hai', 120],
    ['trăm rưỡi', 150],
    ['hai trăm bốn mươi', 240],
    ['một nghìn', 1000],
    ['một ngàn hai', 1200],
    ['một nghìn linh năm', 1005],
    ['một nghìn không trăm năm mươi', 1050],
    ['nghìn rưỡi', 1500],
    ['hai mươi nghìn', 20_000],
    ['năm trăm nghìn', 500_000],
    ['250 nghìn', 250_000],
    ['một triệu', 1_000_000],
    ['hai triệu', 2_000_000],
    ['hai triệu rưỡi', 2_500_000],
    ['9 triệu hai', 9_200_000],
    ['chín triệu hai trăm nghìn', 9_200_000],
    ['hai triệu tư', 2_400_000],
    ['triệu hai', 1_200_000],
    ['một triệu 25', 1_250_000],
    ['hai tr', 2_000_000],
    ['một tỷ hai', 1_200_000_000],
  ])('reads %j as %d', (text, n) => {
    expect(read(text)).toBe(n);
  });

  it.each([
    'đơn',
    'hai mươi đơn',
    'một mươi',
    'mười không',
    'không triệu',
    'k',
    'hai hai hai',
    'một trăm nghìn triệu',
    'năm năm',
    'lăm',
    'triệu triệu',
    'một nghìn 2345',
  ])('refuses %j', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads back the words of every number up to a million, as the reference reads it out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), variants, (n, v) => {
        expect(read(vietnameseWords(n, v))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the short form "a triệu b" as a,b million and "a triệu rưỡi" as a and a half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), (a, b) => {
        const head = vietnameseWords(a, { one: 'mốt', four: 'tư', thousand: 'nghìn', units: 'linh' });
        expect(read(`${head} triệu ${DIGITS[b]}`)).toBe(a * 1_000_000 + b * 100_000);
        expect(read(`${a} triệu ${DIGITS[b]}`)).toBe(a * 1_000_000 + b * 100_000);
        expect(read(`${head} triệu rưỡi`)).toBe(a * 1_000_000 + 500_000);
      }),
    );
  });
});
