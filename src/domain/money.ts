import { dropInvisible, foldText } from './fold-text.js';
import { MAX_COUNT, MAX_MONEY_VND } from './input-limits.js';
import { err, ok, type ParseResult } from './parse-result.js';

export { MAX_COUNT, MAX_MONEY_VND };

/** Why a money text was refused; 'fraction' means the amount is not a whole number of đồng (`1.2345k`). */
export type MoneyParseError = 'empty' | 'invalid' | 'negative' | 'too-large' | 'fraction';

/** Why an order or lead count was refused. */
export type CountParseError = 'empty' | 'invalid' | 'negative' | 'fraction' | 'too-large';

type Token =
  | { kind: 'number'; text: string }
  | { kind: 'unit'; exponent: number }
  | { kind: 'half' }
  | { kind: 'currency' }
  | { kind: 'minus' };

// Words after folding (no accents, lower case). Longest first, so `trieu` wins over `tr` and `dong` over `d`.
const WORDS: ReadonlyArray<readonly [string, Token]> = (
  [
    ['trieu', { kind: 'unit', exponent: 6 }],
    ['tr', { kind: 'unit', exponent: 6 }],
    ['m', { kind: 'unit', exponent: 6 }],
    ['cu', { kind: 'unit', exponent: 6 }],
    ['nghin', { kind: 'unit', exponent: 3 }],
    ['ngan', { kind: 'unit', exponent: 3 }],
    ['k', { kind: 'unit', exponent: 3 }],
    ['ty', { kind: 'unit', exponent: 9 }],
    ['ti', { kind: 'unit', exponent: 9 }],
    ['thousand', { kind: 'unit', exponent: 3 }],
    ['million', { kind: 'unit', exponent: 6 }],
    ['billion', { kind: 'unit', exponent: 9 }],
    ['ruoi', { kind: 'half' }],
    ['dong', { kind: 'currency' }],
    ['vnd', { kind: 'currency' }],
    ['d', { kind: 'currency' }],
  ] satisfies Array<readonly [string, Token]>
).sort((a, b) => b[0].length - a[0].length);

const MINUS_SIGNS = new Set(['-', '\u2212', '\u2013']);

/** What a whole word of an amount is when it is a unit (`triệu`, `k`), `rưỡi` or a currency mark (`vnd`, `₫`). */
export type MoneyWordKind = 'unit' | 'half' | 'currency';

/** The kind of a word that is one unit, `rưỡi` or currency mark and nothing else; null for any other word. */
export function moneyWordKind(word: string): MoneyWordKind | null {
  // tokenize skips white space, so a word with spaces around it needs no trimming.
  const tokens = tokenize(dropInvisible(foldText(word)));
  if (tokens?.length !== 1) return null;
  const [token] = tokens;
  return token!.kind === 'unit' || token!.kind === 'half' || token!.kind === 'currency' ? token!.kind : null;
}

/** Splits folded text into number chunks, known words and marks; null when anything else appears. */
function tokenize(folded: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (/[0-9]/.test(ch)) {
      const chunk = /^[0-9][0-9.,]*/.exec(folded.slice(i))![0];
      tokens.push({ kind: 'number', text: chunk });
      i += chunk.length;
    } else if (/[a-z]/.test(ch)) {
      const run = /^[a-z]+/.exec(folded.slice(i))![0];
      let j = 0;
      while (j < run.length) {
        const rest = run.slice(j);
        const word = WORDS.find(([w]) => rest.startsWith(w));
        if (!word) return null;
        tokens.push(word[1]);
        j += word[0].length;
      }
      i += run.length;
    } else if (ch === '₫') {
      tokens.push({ kind: 'currency' });
      i += 1;
    } else if (MINUS_SIGNS.has(ch)) {
      tokens.push({ kind: 'minus' });
      i += 1;
    } else {
      return null;
    }
  }
  return tokens;
}

/** An unsigned decimal read from digits: value = digits × 10^-scale. */
interface Digits {
  digits: string;
  scale: number;
}

/** A plain integer, or one grouped by thousands with one consistent separator (`8.500.000`, `8,500,000`). */
function readWholeNumber(text: string): Digits | null {
  if (/^[0-9]+$/.test(text)) return { digits: text, scale: 0 };
  if (/^[1-9][0-9]{0,2}(\.[0-9]{3})+$/.test(text) || /^[1-9][0-9]{0,2}(,[0-9]{3})+$/.test(text)) {
    return { digits: text.replace(/[.,]/g, ''), scale: 0 };
  }
  return null;
}

/** A number before a unit: digits with at most one `.` or `,` as the decimal point (`8.5`, `8,5`). */
function readDecimalNumber(text: string): Digits | null {
  const match = /^([0-9]+)(?:[.,]([0-9]+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { digits: match[1]! + fraction, scale: fraction.length };
}

/** An amount in VND; `exact` is false when it was cut to whole đồng. */
interface Amount {
  value: bigint;
  exact: boolean;
}

/**
 * Reads the sign-free token sequence: number [unit [continuation digits | rưỡi]], one optional currency
 * mark; null when the tokens are anything else.
 */
function readAmount(tokens: Token[]): Amount | null {
  // One currency mark may stand first (`₫ 850.000`, `VND 850000`) or last (`850k đ`). A second mark, a mark
  // in the middle or a minus sign is left in `rest`, where no place of the sequence below accepts it.
  let rest = tokens;
  if (rest[0]?.kind === 'currency') rest = rest.slice(1);
  else if (rest.at(-1)?.kind === 'currency') rest = rest.slice(0, -1);
  const [first, second, third, ...extra] = rest;
  if (first?.kind !== 'number' || extra.length > 0) return null;

  if (second === undefined) {
    const whole = readWholeNumber(first.text);
    return whole ? { value: BigInt(whole.digits), exact: true } : null;
  }
  if (second.kind !== 'unit') return null;
  const number = readDecimalNumber(first.text);
  if (!number) return null;

  let { digits, scale } = number;
  let half = false;
  if (third?.kind === 'number') {
    // `8tr5` = 8,5 triệu and `8tr05` = 8,05 triệu: the digits go on after an implied decimal point.
    if (scale > 0 || !/^[0-9]+$/.test(third.text)) return null;
    digits += third.text;
    scale = third.text.length;
  } else if (third?.kind === 'half') {
    if (scale > 0) return null;
    half = true;
  } else if (third !== undefined) {
    return null;
  }

  // value = digits × 10^(exponent − scale), plus half a unit for `rưỡi`; one of the two powers is 10^0.
  const shift = second.exponent - scale;
  let numerator = BigInt(digits) * 10n ** BigInt(Math.max(shift, 0));
  if (half) numerator += 10n ** BigInt(second.exponent) / 2n;
  const divisor = 10n ** BigInt(Math.max(-shift, 0));
  return { value: numerator / divisor, exact: numerator % divisor === 0n };
}

/**
 * Reads an amount of money in VND the way owners type it: `8.500.000`, `8,500,000 ₫`, `8tr5`, `8,5 triệu`,
 * `2 triệu rưỡi`, `850k`, `1.2m`, `2 củ`, `1ty2`, `5 million`, `850 thousand`… Returns a whole, non-negative
 * number of VND ≤ `max` (MAX_MONEY_VND unless told).
 */
export function parseMoney(input: string, max = MAX_MONEY_VND): ParseResult<number, MoneyParseError> {
  const folded = dropInvisible(foldText(input)).trim();
  if (folded === '') return err('empty');
  const tokens = tokenize(folded);
  if (!tokens) return err('invalid');
  // Text that is not blank starts with a token (tokenize refuses any other first character).
  const negative = tokens[0]!.kind === 'minus';
  const amount = readAmount(negative ? tokens.slice(1) : tokens);
  if (!amount) return err('invalid');
  if (negative) return err('negative');
  if (amount.value > BigInt(max)) return err('too-large');
  if (!amount.exact) return err('fraction');
  return ok(Number(amount.value));
}

/**
 * Reads a count of orders or leads: a whole number ≥ 0 and ≤ `max` (MAX_COUNT unless told), optionally
 * grouped by thousands (`1.200`, `1,200`). `2.5` is a 'fraction'.
 */
export function parseCount(input: string, max = MAX_COUNT): ParseResult<number, CountParseError> {
  const text = dropInvisible(foldText(input)).trim();
  if (text === '') return err('empty');
  const negative = MINUS_SIGNS.has(text[0]!);
  const unsigned = negative ? text.slice(1).trim() : text;
  let value: bigint;
  const whole = readWholeNumber(unsigned);
  if (whole) {
    value = BigInt(whole.digits);
  } else {
    // One separator followed by anything but three digits is a decimal point: `2.5`, `2,50`.
    const decimal = /^([0-9]+)[.,]([0-9]+)$/.exec(unsigned);
    if (!decimal) return err('invalid');
    if (!negative && /[1-9]/.test(decimal[2]!)) return err('fraction');
    value = BigInt(decimal[1]!);
  }
  if (negative) return err('negative');
  if (value > BigInt(max)) return err('too-large');
  return ok(Number(value));
}
