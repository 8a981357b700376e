import { targetEffect } from './action-priority.js';
import {
  type ActionSpec,
  DIAGNOSIS_RULES,
  type DiagnosisRule,
  type DiagnosisSettings,
  type IssueCode,
  type IssueSeverity,
  SETTING_UNITS,
  SEVERITY_ORDER,
  type ValueSource,
} from './diagnosis-rules.js';
import { GOAL_METRICS, type GoalMetric, type GoalPace } from './goal-pacing.js';
import { median } from './median.js';
import { applyThresholdRule, type FiredRule, type RuleValue, type TemplateRef } from './threshold-rule.js';
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
  actions: IssueAction[];
}

/**
 * The number an action item moves: its value in the week and the target the item aims for (shown values:
 * money in whole VND), and `effect`, the week's extra profit at that target (whole VND, ≥ 0).
 */
export interface ActionTarget {
  metric: NonNullable<ActionSpec['moves']>['metric'];
  actual: number;
  target: number;
  effect: number;
}

/** An action template as rendered, with the number it moves when it moves one. */
export interface IssueAction extends TemplateRef {
  target?: ActionTarget;
}

/** A week's issues, most urgent first; `praise` when there are none. */
export interface WeekDiagnosis {
  issues: Issue[];
  praise: boolean;
}

const MAX_ACTIONS = 3;

/** Applies the weekly rules (docs/product.md "Weekly diagnostic rules") to a week; issues sorted by severity, then rule order. */
export function diagnoseWeek(input: DiagnoseWeekInput): WeekDiagnosis {
  const rules = input.rules ?? DIAGNOSIS_RULES;
  // Array.prototype.sort is stable, so issues of one severity keep the order of their rules.
  const issues = rules
    .map((rule) => applyRule(rule, input))
    .filter((issue): issue is Issue => issue !== null)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return { issues: oneTargetPerNumber(issues), praise: issues.length === 0 };
}

/** An action whose text shows its target (its params hold the target's source), so it cannot take another. */
const NAMES_TARGET = Symbol('names target');
type Candidate = IssueAction & { [NAMES_TARGET]?: boolean };

/**
 * One target per number in a report: where actions move the same number to different targets, the target
 * worth the most profit is the report's; an action showing another target in its text is left out, one
 * without a number in its text aims for the report's.
 */
function oneTargetPerNumber(issues: Issue[]): Issue[] {
  const best = new Map<string, ActionTarget>();
  for (const action of issues.flatMap((i) => i.actions)) {
    const target = action.target;
    if (!target) continue;
    const kept = best.get(target.metric);
    if (!kept || target.effect > kept.effect) best.set(target.metric, target);
  }
  return issues.map((issue) => ({
    ...issue,
    actions: issue.actions.flatMap((action: Candidate) => {
      const { [NAMES_TARGET]: namesTarget, ...plain } = action;
      const target = plain.target;
      if (!target) return [plain];
      const chosen = best.get(target.metric)!;
      if (chosen.target === target.target) return [plain];
      return namesTarget ? [] : [{ ...plain, target: chosen }];
    }),
  }));
}

function applyRule(rule: DiagnosisRule, input: DiagnoseWeekInput): Issue | null {
  const resolveInWeek = (source: ValueSource) => resolve(source, input);
  const fired = applyThresholdRule(rule, rule.explanation, resolveInWeek);
  if (fired === null) return null;
  const actions = rule.actions
    .map((spec) => renderAction(spec, fired, input))
    .filter((a): a is Candidate => a !== null)
    .slice(0, MAX_ACTIONS);
  return {
    code: rule.code,
    severity: rule.severity,
    metric: rule.actual.metric,
    actual: display(fired.actual),
    threshold: display(fired.threshold),
    wowDelta:
      rule.actual.from === 'current'
        ? (resolve({ from: 'change', metric: rule.actual.metric }, input)?.exact ?? null)
        : null,
    explanation: fired.explanation,
    actions,
  };
}

/** An action rendered with the number it moves; null when a number its text needs is unknown. */
function renderAction(
  spec: ActionSpec,
  fired: FiredRule<ValueSource>,
  input: DiagnoseWeekInput,
): Candidate | null {
  const text = fired.render(spec);
  if (text === null) return null;
  const moves = spec.moves;
  if (!moves) return text;
  const actual = resolve({ from: 'current', metric: moves.metric }, input);
  // The target as shown: the effect is the profit at the number the owner reads.
  const target = fired.render({ key: spec.key, params: { target: moves.target } })?.params.target;
  if (actual === null || target === undefined) return text;
  const effect = targetEffect(input.current, moves.metric, target);
  if (effect === null) return text;
  const namesTarget = Object.values(spec.params).some(
    (param) => JSON.stringify(param) === JSON.stringify(moves.target),
  );
  return {
    ...text,
    target: { metric: moves.metric, actual: display(actual), target, effect },
    [NAMES_TARGET]: namesTarget,
  };
}

function resolve(source: ValueSource, input: DiagnoseWeekInput): RuleValue | null {
  // Number.isFinite is false for null and undefined too.
  const known = (exact: number | null | undefined, unit: MetricUnit): RuleValue | null =>
    Number.isFinite(exact) ? { exact: exact as number, unit } : null;
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

function display({ exact, unit }: RuleValue): number {
  return displayValue(unit, exact)!;
}
