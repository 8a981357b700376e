import { dropInvisible, foldText } from './fold-text.js';
import {
  type CountParseError,
  MAX_COUNT,
  MAX_MONEY_VND,
  type MoneyParseError,
  parseCount,
  parseMoney,
} from './money.js';
import { readNumberWords } from './number-words.js';
import { err, ok, type ParseResult } from './parse-result.js';

/** What a count question asks for: the unit words its answer may end with, and what each counts for. */
export type CountUnit = 'orders' | 'leads' | 'days';

/** Unit words (folded, several words matched as a sequence) and how many of the count each is. */
const UNIT_WORDS: Readonly<Record<CountUnit, ReadonlyArray<readonly [string, number]>>> = {
  orders: [
    ['don hang', 1],
    ['don', 1],
    ['orders', 1],
    ['order', 1],
  ],
  leads: [
    ['khach hoi', 1],
    ['tin nhan', 1],
    ['leads', 1],
    ['lead', 1],
    ['khach', 1],
    ['inbox', 1],
    ['mess', 1],
  ],
  days: [
    ['ngay', 1],
    ['days', 1],
    ['day', 1],
    ['tuan', 7],
    ['weeks', 7],
    ['week', 7],
  ],
};

/** Words before a figure that say it is rounded; the figure is taken as said. */
const ROUGHLY = new Set([
  'khoang',
  'tam',
  'chung',
  'co',
  'about',
  'around',
  'approx',
  'approximately',
  'roughly',
]);

const CURRENCY = new Set(['dong', 'd', 'vnd', '₫']);

/** `a week`, `an order`: the English article before a unit counts one. */
const ONE = new Set(['a', 'an', 'one']);

/** Folded words of an answer: marks of a rounded figure (`~`, `≈`) and end punctuation off, digits apart from letters. */
function answerWords(text: string): string[] {
  return foldText(dropInvisible(text))
    .replace(/[~≈]/g, ' ')
    .replace(/[.!?]+$/, '')
    .replace(/([0-9])([a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * The ways to read the words: as they are, then without a leading "about" (`khoảng 80`). `tầm` is also
 * `tám` (8) once folded, so `tám mươi` is read whole first.
 */
function readings(words: readonly string[]): ReadonlyArray<readonly string[]> {
  return words.length > 1 && ROUGHLY.has(words[0]!) ? [words, words.slice(1)] : [words];
}

/** The first reading that `read` takes, else the first error that says more than 'invalid'. */
function firstReading<E extends string>(
  words: readonly string[],
  read: (words: readonly string[]) => ParseResult<number, E>,
): ParseResult<number, E> {
  const results = readings(words).map(read);
  return (
    results.find((result) => result.ok) ??
    results.find((result) => !result.ok && result.error !== 'invalid') ??
    results[0]!
  );
}

/** The words without a trailing unit of `unit`, and how many of the count that unit is. */
function withoutUnit(words: readonly string[], unit: CountUnit): { words: readonly string[]; times: number } {
  for (const [phrase, times] of UNIT_WORDS[unit]) {
    const parts = phrase.split(' ');
    const tail = words.slice(words.length - parts.length);
    if (tail.length === parts.length && tail.every((w, i) => w === parts[i]))
      return { words: words.slice(0, words.length - parts.length), times };
  }
  return { words, times: 1 };
}

/** A count said in the words left: typed (`1.200`, as parseCount reads it) or in number words. */
function countOf(words: readonly string[]): ParseResult<number, CountParseError> {
  if (words.length === 0) return err('invalid');
  const typed = parseCount(words.join(' '), Number.MAX_SAFE_INTEGER);
  if (typed.ok || typed.error !== 'invalid') return typed;
  const spoken = readNumberWords(words);
  return spoken === null ? err('invalid') : ok(spoken);
}

/**
 * Reads the answer to a count question as owners type it: what parseCount reads, or a number in digits
 * or words with an optional "about" before it (`khoảng 80`, `tầm 80`, `~80`) and the question's unit after
 * it (`11 đơn`, `80 lead`, `5 ngày`; `một tuần` = 7 days). A count ≤ `max` (MAX_COUNT unless told).
 */
export function readCountAnswer(
  text: string,
  unit: CountUnit,
  max = MAX_COUNT,
): ParseResult<number, CountParseError> {
  const typed = parseCount(text, max);
  if (typed.ok || typed.error !== 'invalid') return typed;
  const all = answerWords(text);
  const { words, times } = withoutUnit(all, unit);
  const withUnit = words.length < all.length;
  const count = withUnit && words.length === 1 && ONE.has(words[0]!) ? ok(1) : firstReading(words, countOf);
  if (!count.ok) return count;
  const value = count.value * times;
  return value > max ? err('too-large') : ok(value);
}

/**
 * Reads the answer to a money question as owners type it: what parseMoney reads, after an optional
 * "about" (`khoảng 8tr5`), or an amount in number words (`hai triệu`, `9 triệu hai` = 9.200.000,
 * `hai triệu rưỡi` = 2.500.000, `năm trăm nghìn đồng`). Whole VND ≤ `max` (MAX_MONEY_VND unless told).
 */
export function readMoneyAnswer(text: string, max = MAX_MONEY_VND): ParseResult<number, MoneyParseError> {
  const typed = parseMoney(text, max);
  if (typed.ok || typed.error !== 'invalid') return typed;
  const all = answerWords(text);
  const words = CURRENCY.has(all.at(-1) ?? '') ? all.slice(0, -1) : all;
  return firstReading(words, (reading) => amountOf(reading, max));
}

/** An amount said in the words left: typed (as parseMoney reads it) or in number words. */
function amountOf(words: readonly string[], max: number): ParseResult<number, MoneyParseError> {
  if (words.length === 0) return err('invalid');
  const typed = parseMoney(words.join(' '), max);
  if (typed.ok || typed.error !== 'invalid') return typed;
  const spoken = readNumberWords(words);
  if (spoken === null) return err('invalid');
  return spoken > max ? err('too-large') : ok(spoken);
}
