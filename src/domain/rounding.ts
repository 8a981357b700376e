// Decimal-string arithmetic keeps money exact: 8.500.000 × 0.4 must be 3.400.000, and 5 × 0.3 must round
// as 1.5 (up), not as the binary 1.4999999999999998 (down).

/** A finite number as an exact decimal: value = mantissa × 10^exponent. */
interface Decimal {
  mantissa: bigint;
  exponent: number;
}

/** Reads a number's shortest round-trip decimal form (what `String(x)` shows, e.g. 0.35 → 35e-2). */
function toDecimal(x: number, significantDigits?: number): Decimal {
  const text = significantDigits === undefined ? String(x) : x.toPrecision(significantDigits);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new RangeError(`Not a finite number: ${x}`);
  const [, sign = '', intPart = '', fracPart = '', exp = '0'] = match;
  const mantissa = BigInt(intPart + fracPart);
  return { mantissa: sign === '-' ? -mantissa : mantissa, exponent: Number(exp) - fracPart.length };
}

/** Rounds mantissa × 10^exponent half away from zero to a multiple of 10^targetExponent. */
function roundDecimal({ mantissa, exponent }: Decimal, targetExponent: number): bigint {
  if (exponent >= targetExponent) return mantissa * 10n ** BigInt(exponent - targetExponent);
  const divisor = 10n ** BigInt(targetExponent - exponent);
  const negative = mantissa < 0n;
  const abs = negative ? -mantissa : mantissa;
  const quotient = (abs * 2n + divisor) / (divisor * 2n);
  return negative ? -quotient : quotient;
}

/** Turns negative zero into zero so results print as `0`, never `-0`. */
function noNegativeZero(x: number): number {
  return x === 0 ? 0 : x;
}

/**
 * Rounds x to `digits` decimals, half away from zero (2.5 → 3, −2.5 → −3, 1.005 → 1.01 at 2 digits).
 * Binary noise is removed first by reading x at 15 significant digits, so 1.005 counts as a tie.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (Number.isInteger(x) && digits >= 0) return noNegativeZero(x);
  // At 15 significant digits a number ≥ 10^15 would lose integer digits; there the binary value is used.
  const decimal = Math.abs(x) < 1e15 ? toDecimal(x, 15) : toDecimal(x);
  const rounded = roundDecimal(decimal, -digits);
  return noNegativeZero(Number(`${rounded}e${-digits}`));
}

/** Rounds x to a whole number, half away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAwayFromZero(x: number): number {
  return roundTo(x, 0);
}

/**
 * amount × ratio rounded half away from zero to a whole number, computed exactly on the decimal forms
 * of both (e.g. VND × cogs ratio 0.35 → whole VND).
 */
export function multiplyRounded(amount: number, ratio: number): number {
  if (!Number.isFinite(amount) || !Number.isFinite(ratio))
    throw new RangeError('multiplyRounded needs finite numbers');
  if (amount === 0 || ratio === 0) return 0;
  const a = toDecimal(amount);
  const b = toDecimal(ratio);
  const product = { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent };
  return noNegativeZero(Number(roundDecimal(product, 0)));
}

/** numerator / denominator rounded half away from zero to a whole number, exact for safe integers (e.g. AOV in VND). */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('divideRounded by zero');
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return roundHalfAwayFromZero(numerator / denominator);
  }
  if (denominator > 0 && numerator >= 0) {
    // Exact in doubles: quotient × denominator never exceeds the numerator, a safe integer.
    const quotient = Math.floor(numerator / denominator);
    const remainder = numerator - quotient * denominator;
    if (remainder >= 0 && remainder < denominator) {
      return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }
  }
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const quotient = (abs * 2n + d) / (d * 2n);
  return noNegativeZero(Number(negative ? -quotient : quotient));
}
