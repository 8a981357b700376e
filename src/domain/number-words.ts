/**
 * Reads Vietnamese number words, as owners type them in an answer: `hai mươi` (20), `mười lăm` (15),
 * `hai mươi mốt` (21), `một trăm linh năm` (105), `một trăm hai` (120), `một nghìn không trăm năm mươi`
 * (1.050), `hai triệu rưỡi` (2.500.000), `9 triệu hai` (9.200.000). Digits may stand for a group
 * (`250 nghìn`, `9 triệu`). Words are folded (lower case, no accents) and split on white space.
 *
 * After a scale word (`trăm`, `nghìn`/`ngàn`, `triệu`, `tỷ`) a lone digit is the next place down, as owners
 * say it: `một trăm hai` = 120, `một nghìn hai` = 1.200, `hai triệu tư` = 2.400.000; `rưỡi` is half the
 * scale; `linh`/`lẻ` puts a digit in the units place (`một nghìn linh năm` = 1.005).
 */

/** The digits 0–9 by their words; `tư` (4), `lăm` (5) and `mốt` (1) are read after the tens and a scale. */
const DIGIT_WORDS: Readonly<Record<string, number>> = {
  khong: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** Digit words only said after a tens word or a scale (`hai mươi tư`, `mười lăm`, `hai triệu tư`). */
const TRAILING_DIGIT_WORDS: Readonly<Record<string, number>> = { ...DIGIT_WORDS, tu: 4, lam: 5 };

const TEN = 'muoi';
const TENS = 'chuc';
const HUNDRED = 'tram';
const HALF = 'ruoi';
const UNITS_PLACE = new Set(['linh', 'le']);

interface Scale {
  value: number;
  words: ReadonlySet<string>;
  /** The words that may stand alone for one of the scale (`triệu rưỡi`), not the abbreviations (`tr`, `k`). */
  alone: ReadonlySet<string>;
}

// Largest first: the largest scale word of a phrase splits it into what it multiplies and what follows.
const SCALES: readonly Scale[] = [
  { value: 1_000_000_000, words: new Set(['ty', 'ti']), alone: new Set(['ty']) },
  { value: 1_000_000, words: new Set(['trieu', 'tr', 'cu']), alone: new Set(['trieu']) },
  { value: 1_000, words: new Set(['nghin', 'ngan', 'k']), alone: new Set(['nghin', 'ngan']) },
];

/** A digit 0–9 as a word or one typed digit; `trailing` admits `tư` and `lăm`. */
function digitOf(word: string | undefined, trailing = false): number | null {
  if (word === undefined) return null;
  if (/^[0-9]$/.test(word)) return Number(word);
  return (trailing ? TRAILING_DIGIT_WORDS : DIGIT_WORDS)[word] ?? null;
}

/** 0–99: `năm`, `mười`, `mười lăm`, `hai mươi`, `hai mươi mốt`, `hai chục`, `hai mốt`, or typed `85`. */
function readTens(words: readonly string[]): number | null {
  const [a, b, c, ...rest] = words;
  if (rest.length > 0 || a === undefined) return null;
  if (b === undefined) {
    if (a === TEN) return 10;
    if (/^[0-9]{1,2}$/.test(a)) return Number(a);
    return digitOf(a);
  }
  if (a === TEN) {
    const unit = c === undefined ? digitOf(b, true) : null;
    return unit !== null && unit > 0 ? 10 + unit : null;
  }
  const tens = digitOf(a);
  if (tens === null || tens === 0) return null;
  if (b === TENS) return c === undefined ? tens * 10 : null;
  if (b === TEN) {
    if (tens < 2) return null;
    if (c === undefined) return tens * 10;
    const unit = digitOf(c, true);
    return unit !== null && unit > 0 ? tens * 10 + unit : null;
  }
  // `hai mốt` = 21, `ba tư` = 34, `hai lăm` = 25: the short form drops `mươi` before these three words.
  if (c === undefined && tens >= 2 && (b === 'mot' || b === 'tu' || b === 'lam'))
    return tens * 10 + digitOf(b, true)!;
  return null;
}

/** 0–999: `[d trăm] [linh d | d | rưỡi | tens]`, or typed digits up to 999. */
function readHundreds(words: readonly string[]): number | null {
  if (words.length === 1 && /^[0-9]{1,3}$/.test(words[0]!)) return Number(words[0]);
  const at = words.indexOf(HUNDRED);
  if (at < 0) return readTens(words);
  const left = words.slice(0, at);
  const hundreds = left.length === 0 ? 1 : left.length === 1 ? digitOf(left[0]) : null;
  if (hundreds === null) return null;
  const tail = readTail(words.slice(at + 1), 100, 99);
  return tail === null ? null : hundreds * 100 + tail;
}

/**
 * What follows a scale word of `scale`, below it: nothing, `rưỡi`, a lone digit for the next place down,
 * typed digits that go on after an implied decimal point (`một nghìn 25` = 1.250, as `1k25` reads),
 * `linh`/`lẻ` and the units, or a whole number up to `max`.
 */
function readTail(words: readonly string[], scale: number, max: number): number | null {
  if (words.length === 0) return 0;
  const [first, ...rest] = words;
  if (rest.length === 0) {
    if (first === HALF) return scale / 2;
    if (/^[0-9]+$/.test(first!)) {
      const places = first!.length;
      const value = (Number(first) * scale) / 10 ** places;
      return places <= String(scale).length - 1 && Number.isInteger(value) ? value : null;
    }
    const digit = digitOf(first, true);
    if (digit !== null) return digit === 0 ? null : (digit * scale) / 10;
  }
  if (UNITS_PLACE.has(first!)) {
    const units = readTens(rest);
    return units !== null && units > 0 ? units : null;
  }
  const value = scale === 100 ? readTens(words) : readScaled(words, scaleIndexBelow(scale));
  return value !== null && value <= max ? value : null;
}

function scaleIndexBelow(scale: number): number {
  const index = SCALES.findIndex((s) => s.value < scale);
  return index < 0 ? SCALES.length : index;
}

/** A number from the scale at `index` down: `[head scale] [tail]`, the head 1–999 (or alone for one). */
function readScaled(words: readonly string[], index: number): number | null {
  if (index >= SCALES.length) return readHundreds(words);
  const scale = SCALES[index]!;
  const at = words.findIndex((word) => scale.words.has(word));
  if (at < 0) return readScaled(words, index + 1);
  const left = words.slice(0, at);
  const head = left.length === 0 ? (scale.alone.has(words[at]!) ? 1 : null) : readHundreds(left);
  if (head === null || head === 0) return null;
  const tail = readTail(words.slice(at + 1), scale.value, scale.value - 1);
  return tail === null ? null : head * scale.value + tail;
}

/**
 * The whole number the folded words say, or null when they are not a number said in words (digits alone are
 * read too, up to 999 a group). Each word must be used: `hai mươi đơn` is null (the caller takes units off).
 */
export function readNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  return readScaled(words, 0);
}
