import { type Comparison, crossesThreshold } from './threshold-comparison.js';
import { displayValue, type MetricUnit } from './week-totals.js';

/** A number a rule looked up: its exact value and the unit it is shown in. */
export interface RuleValue {
  exact: number;
  unit: MetricUnit;
}

/** Looks up one value source of a rule family; null when the number is unknown. */
export type Resolver<S> = (source: S) => RuleValue | null;

/** A template param that names the rule's own numbers rather than a value source. */
export type RuleParam = { from: 'actual' } | { from: 'threshold' } | { from: 'threshold-base' };

export const ACTUAL = { from: 'actual' } as const;
export const THRESHOLD = { from: 'threshold' } as const;
export const THRESHOLD_BASE = { from: 'threshold-base' } as const;

/** A Fluent message key with the sources of the plain numbers it interpolates. */
export interface TemplateSpec<S> {
  key: string;
  params: Readonly<Record<string, S | RuleParam>>;
}

/** A Fluent key and its plain-number params (VND integers, fractions, ratios, counts), formatted at render time. */
export interface TemplateRef {
  key: string;
  params: Record<string, number>;
  /** The unit of each param, so the message formats it (₫, %, ratio, count). */
  units: Record<string, MetricUnit>;
}

/** A threshold: `base`, optionally times a value s (a setting) as s, 1 − s or 1 + s. */
export interface ThresholdSpec<S> {
  base: S;
  scale?: { by: S; as: 'times' | 'one-minus' | 'one-plus' };
  /** The explanation to use instead of the rule's when this threshold is the one that applied. */
  explanation?: TemplateSpec<S>;
}

/** An extra test a rule needs besides its main comparison. */
export interface Condition<S> {
  value: S;
  comparison: Comparison;
  threshold: ThresholdSpec<S>;
}

/**
 * The comparison of a rule, generic over where its numbers come from: it fires when
 * `actual <comparison> threshold`, where the threshold is the first of `thresholds` that is known, and every
 * `andAlso` condition holds. An unknown actual, no known threshold, or an unknown number in a condition keeps
 * it silent.
 */
export interface ThresholdRule<S> {
  actual: S;
  comparison: Comparison;
  thresholds: readonly ThresholdSpec<S>[];
  andAlso?: readonly Condition<S>[];
}

/** A rule that fired: its numbers, its explanation, and a way to render more templates (actions) with them. */
export interface FiredRule<S> {
  actual: RuleValue;
  threshold: RuleValue;
  explanation: TemplateRef;
  render: (spec: TemplateSpec<S>) => TemplateRef | null;
}

interface Evaluation<S> {
  actual: RuleValue;
  threshold: RuleValue;
  thresholdBase: RuleValue;
  spec: ThresholdSpec<S>;
}

/**
 * Applies one rule: null when it does not fire or when a number its explanation needs is unknown. The
 * explanation is the applied threshold's own, else `explanation`.
 */
export function applyThresholdRule<S extends { from: string }>(
  rule: ThresholdRule<S>,
  explanation: TemplateSpec<S>,
  resolve: Resolver<S>,
): FiredRule<S> | null {
  const evaluation = evaluate(rule, resolve);
  if (evaluation === null) return null;
  const render = (spec: TemplateSpec<S>) => renderTemplate(spec, evaluation, resolve);
  const text = render(evaluation.spec.explanation ?? explanation);
  if (text === null) return null;
  return { actual: evaluation.actual, threshold: evaluation.threshold, explanation: text, render };
}

function evaluate<S>(rule: ThresholdRule<S>, resolve: Resolver<S>): Evaluation<S> | null {
  const actual = resolve(rule.actual);
  if (actual === null) return null;
  for (const spec of rule.thresholds) {
    const threshold = resolveThreshold(spec, resolve);
    if (threshold === null) continue;
    if (!crossesThreshold(actual.exact, rule.comparison, threshold.value.exact)) return null;
    const extrasHold = (rule.andAlso ?? []).every((condition) => {
      const value = resolve(condition.value);
      const limit = resolveThreshold(condition.threshold, resolve);
      return (
        value !== null &&
        limit !== null &&
        crossesThreshold(value.exact, condition.comparison, limit.value.exact)
      );
    });
    return extrasHold ? { actual, threshold: threshold.value, thresholdBase: threshold.base, spec } : null;
  }
  return null;
}

/** A threshold's base and its scaled value; null when the base or the scale is unknown. */
function resolveThreshold<S>(
  spec: ThresholdSpec<S>,
  resolve: Resolver<S>,
): { base: RuleValue; value: RuleValue } | null {
  const base = resolve(spec.base);
  if (base === null) return null;
  if (spec.scale === undefined) return { base, value: base };
  const s = resolve(spec.scale.by);
  if (s === null) return null;
  const factor =
    spec.scale.as === 'times' ? s.exact : spec.scale.as === 'one-minus' ? 1 - s.exact : 1 + s.exact;
  return { base, value: { exact: base.exact * factor, unit: base.unit } };
}

function renderTemplate<S extends { from: string }>(
  spec: TemplateSpec<S>,
  evaluation: Evaluation<S>,
  resolve: Resolver<S>,
): TemplateRef | null {
  const params: Record<string, number> = {};
  const units: Record<string, MetricUnit> = {};
  for (const [name, source] of Object.entries(spec.params)) {
    const value = resolveParam(source, evaluation, resolve);
    if (value === null) return null;
    params[name] = displayValue(value.unit, value.exact)!;
    units[name] = value.unit;
  }
  return { key: spec.key, params, units };
}

function resolveParam<S extends { from: string }>(
  source: S | RuleParam,
  evaluation: Evaluation<S>,
  resolve: Resolver<S>,
): RuleValue | null {
  switch (source.from) {
    case 'actual':
      return evaluation.actual;
    case 'threshold':
      return evaluation.threshold;
    case 'threshold-base':
      return evaluation.thresholdBase;
    default:
      // Value sources never use the three names above, so anything else is one of the family's own.
      return resolve(source as S);
  }
}
