import {
  DIAGNOSIS_RULES,
  type DiagnosisRule,
  type DiagnosisSettings,
  type IssueCode,
  type IssueSeverity,
  type ParamSource,
  SETTING_UNITS,
  SEVERITY_ORDER,
  type TemplateSpec,
  type ThresholdSpec,
  type ValueSource,
} from './diagnosis-rules.js';
import { GOAL_METRICS, type GoalMetric, type GoalPace } from './goal-pacing.js';
import { crossesThreshold } from './threshold-comparison.js';
import {
  displayValue,
  type MetricUnit,
  relativeChange,
  WEEK_METRICS,
  type WeekMetric,
  type WeekPnl,
} from './week-totals.js';

/** Everything the weekly rules look at. */
export interface DiagnoseWeekInput {
  /** A finished week; a running week would compare a few days with a whole week before it. */
  current: WeekPnl;
  previous: WeekPnl | null;
  /** Up to 4 weeks before `current`, newest first (the previous week included). */
  history: readonly WeekPnl[];
  settings: DiagnosisSettings;
  /** Month-to-date pacing of the month holding the week's last day, when that month has a goal. */
  goal: GoalPace | null;
  /** The rules to apply; DIAGNOSIS_RULES unless a test or a caller passes its own. */
  rules?: readonly DiagnosisRule[];
}

/** A Fluent key and its plain-number params (VND integers, fractions, ratios, counts), formatted at render time. */
export interface TemplateRef {
  key: string;
  params: Record<string, number>;
  /** The unit of each param, so the message formats it (₫, %, ratio, count). */
  units: Record<string, MetricUnit>;
}

/** One issue found in a week; `actual` and `threshold` in the metric's unit (money rounded to whole VND). */
export interface Issue {
  code: IssueCode;
  severity: IssueSeverity;
  metric: WeekMetric | GoalMetric;
  actual: number;
  threshold: number;
  /** The metric's change from the previous week as a fraction; null without one (and for goal figures). */
  wowDelta: number | null;
  explanation: TemplateRef;
  /** 1–3 action items: every built-in rule has one that needs no number, so none is ever left empty. */
  actions: TemplateRef[];
}

/** A week's issues, most urgent first; `praise` when there are none. */
export interface WeekDiagnosis {
  issues: Issue[];
  praise: boolean;
}

interface Resolved {
  exact: number;
  unit: MetricUnit;
}

interface Evaluation {
  actual: Resolved;
  threshold: Resolved;
  thresholdBase: Resolved;
  spec: ThresholdSpec;
}

const MAX_ACTIONS = 3;

/** Applies the weekly rules (docs/product.md "Weekly diagnostic rules") to a week; issues sorted by severity, then rule order. */
export function diagnoseWeek(input: DiagnoseWeekInput): WeekDiagnosis {
  const rules = input.rules ?? DIAGNOSIS_RULES;
  const issues = rules
    .map((rule, order) => ({ order, issue: applyRule(rule, input) }))
    .filter((x): x is { order: number; issue: Issue } => x.issue !== null)
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.issue.severity) - SEVERITY_ORDER.indexOf(b.issue.severity) ||
        a.order - b.order,
    )
    .map((x) => x.issue);
  return { issues, praise: issues.length === 0 };
}

function applyRule(rule: DiagnosisRule, input: DiagnoseWeekInput): Issue | null {
  const evaluation = evaluate(rule, input);
  if (evaluation === null) return null;
  const explanation = renderTemplate(evaluation.spec.explanation ?? rule.explanation, evaluation, input);
  if (explanation === null) return null;
  const actions = rule.actions
    .map((spec) => renderTemplate(spec, evaluation, input))
    .filter((a): a is TemplateRef => a !== null)
    .slice(0, MAX_ACTIONS);
  const { actual, threshold } = evaluation;
  return {
    code: rule.code,
    severity: rule.severity,
    metric: rule.actual.metric,
    actual: display(actual),
    threshold: display(threshold),
    wowDelta:
      rule.actual.from === 'current'
        ? (resolve({ from: 'change', metric: rule.actual.metric }, input)?.exact ?? null)
        : null,
    explanation,
    actions,
  };
}

/** The rule's actual and threshold when it fires, else null. */
function evaluate(rule: DiagnosisRule, input: DiagnoseWeekInput): Evaluation | null {
  const actual = resolve(rule.actual, input);
  if (actual === null) return null;
  for (const spec of rule.thresholds) {
    const base = resolve(spec.base, input);
    const threshold = base === null ? null : scaleThreshold(base, spec, input.settings);
    if (base === null || threshold === null) continue;
    if (!crossesThreshold(actual.exact, rule.comparison, threshold.exact)) return null;
    const extrasHold = (rule.andAlso ?? []).every((condition) => {
      const value = resolve(condition.value, input);
      const conditionBase = resolve(condition.threshold.base, input);
      const limit =
        conditionBase === null ? null : scaleThreshold(conditionBase, condition.threshold, input.settings);
      return (
        value !== null && limit !== null && crossesThreshold(value.exact, condition.comparison, limit.exact)
      );
    });
    return extrasHold ? { actual, threshold, thresholdBase: base, spec } : null;
  }
  return null;
}

function scaleThreshold(base: Resolved, spec: ThresholdSpec, settings: DiagnosisSettings): Resolved | null {
  if (spec.scale === undefined) return base;
  const s = settings[spec.scale.setting];
  if (s === null) return null;
  const factor = spec.scale.as === 'times' ? s : spec.scale.as === 'one-minus' ? 1 - s : 1 + s;
  return { exact: base.exact * factor, unit: base.unit };
}

function resolve(source: ValueSource, input: DiagnoseWeekInput): Resolved | null {
  const known = (exact: number | null | undefined, unit: MetricUnit): Resolved | null =>
    exact === null || exact === undefined || !Number.isFinite(exact) ? null : { exact, unit };
  switch (source.from) {
    case 'current': {
      const { unit, exact } = WEEK_METRICS[source.metric];
      return known(exact(input.current), unit);
    }
    case 'previous': {
      const { unit, exact } = WEEK_METRICS[source.metric];
      return input.previous === null ? null : known(exact(input.previous), unit);
    }
    case 'change': {
      const { exact } = WEEK_METRICS[source.metric];
      const before = input.previous === null ? null : exact(input.previous);
      return known(relativeChange(exact(input.current), before), 'fraction');
    }
    case 'history-median': {
      const { unit, exact } = WEEK_METRICS[source.metric];
      const values = input.history
        .slice(0, source.weeks)
        .map(exact)
        .filter((v): v is number => v !== null);
      return values.length < source.minWeeks ? null : known(median(values), unit);
    }
    case 'goal': {
      const { unit, exact } = GOAL_METRICS[source.metric];
      return input.goal === null ? null : known(exact(input.goal), unit);
    }
    case 'setting':
      return known(input.settings[source.key], SETTING_UNITS[source.key]);
    case 'constant':
      return known(source.value, 'ratio');
  }
}

/** The median of a non-empty list: the mean of the middle two for an even count. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function renderTemplate(
  spec: TemplateSpec,
  evaluation: Evaluation,
  input: DiagnoseWeekInput,
): TemplateRef | null {
  const params: Record<string, number> = {};
  const units: Record<string, MetricUnit> = {};
  for (const [name, source] of Object.entries(spec.params)) {
    const value = resolveParam(source, evaluation, input);
    if (value === null) return null;
    params[name] = display(value);
    units[name] = value.unit;
  }
  return { key: spec.key, params, units };
}

function resolveParam(
  source: ParamSource,
  evaluation: Evaluation,
  input: DiagnoseWeekInput,
): Resolved | null {
  switch (source.from) {
    case 'actual':
      return evaluation.actual;
    case 'threshold':
      return evaluation.threshold;
    case 'threshold-base':
      return evaluation.thresholdBase;
    default:
      return resolve(source, input);
  }
}

function display({ exact, unit }: Resolved): number {
  return displayValue(unit, exact)!;
}
