import type { MetricUnit } from '../../src/domain/week-totals.js';

/** The template a rule renders, written as `name: [value, unit]` pairs: `{ key, params, units }`. */
export function rendered(key: string, params: Record<string, readonly [unknown, MetricUnit]> = {}) {
  const entries = Object.entries(params);
  return {
    key,
    params: Object.fromEntries(entries.map(([name, [value]]) => [name, value])),
    units: Object.fromEntries(entries.map(([name, [, unit]]) => [name, unit])),
  };
}
