import { foldText } from './fold-text.js';
import { err, ok, type ParseResult } from './parse-result.js';

export type RatioParseError = 'invalid' | 'out-of-range';

// A percent sign written as words (folded): `40 phần trăm`, `40 percent`.
const PERCENT_WORDS = /\s*\b(?:phan tram|percent|pct)\s*$/;

/**
 * Reads a share typed by an owner as a fraction 0..max: `35`, `35%`, `35,5 %`, `40 phần trăm`, `40 percent`
 * are percentages; `0.35` / `0,35` (a value below 1 written with a decimal separator) is already a fraction.
 */
export function parseRatio(input: string, max = 0.95): ParseResult<number, RatioParseError> {
  const text = foldText(input).replace(PERCENT_WORDS, '%');
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,4}))?\s*(%?)\s*$/u.exec(text);
  if (!match) return err('invalid');
  const [, whole = '', decimals, percentSign] = match;
  const value = Number(`${whole}.${decimals ?? '0'}`);
  const isFraction = percentSign === '' && decimals !== undefined && value < 1;
  const ratio = isFraction ? value : value / 100;
  const rounded = Math.round(ratio * 10_000) / 10_000;
  if (rounded < 0 || rounded > max) return err('out-of-range');
  return ok(rounded);
}
