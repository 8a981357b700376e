/** How a rule compares a metric with its threshold: fires when `actual <comparison> threshold`. */
export type Comparison = 'lt' | 'le' | 'gt' | 'ge';

// Thresholds such as previous revenue × 0.8 are floats; a value equal to one up to binary noise counts as
// equal, so "below 80 %" does not fire at exactly 80 %.
const RELATIVE_TOLERANCE = 1e-9;

/** Whether `actual` crosses `threshold` under `comparison`, treating values within 1e-9 (relative) as equal. */
export function crossesThreshold(actual: number, comparison: Comparison, threshold: number): boolean {
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(threshold));
  switch (comparison) {
    case 'lt':
      return actual < threshold - tolerance;
    case 'le':
      return actual <= threshold + tolerance;
    case 'gt':
      return actual > threshold + tolerance;
    case 'ge':
      return actual >= threshold - tolerance;
  }
}
