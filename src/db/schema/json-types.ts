import type { AdBasis } from '../../domain/ad-basis.js';
import type { WeekDiagnosis } from '../../domain/diagnose-week.js';
import type { GoalPace } from '../../domain/goal-pacing.js';
import type { WeekCostSettings, WeekTotals } from '../../domain/week-totals.js';

// Shapes stored in JSONB columns. They name the fields the database layer relies on; the domain's own
// types may carry more fields (structural typing lets them through on insert).

export type IssueSeverity = 'critical' | 'warning' | 'info';

/** One issue found by a weekly diagnostic rule. Numbers are the rule's unit (VND, ratio, percent…). */
export interface StoredIssue {
  code: string;
  severity: IssueSeverity;
  metric: string;
  actual: number | null;
  threshold: number | null;
  /** Week-over-week change as a ratio (-0.529 = down 52.9 %), null without a previous week. */
  wowDelta: number | null;
  /** The explanation's message key and the numbers it shows (VND whole, fractions, ratios). */
  explanation: { key: string; params: Record<string, number> };
}

/** Week net profit change split by cause (Shapley values, whole VND, parts sum to `change`). */
export interface StoredProfitBreakdown {
  change: number;
  parts: Partial<Record<'leads' | 'cvr' | 'aov' | 'margin' | 'cpl' | 'fixed', number>> | null;
}

/**
 * What a finished week's report is drawn from besides the row's own sums, as it was diagnosed: the cost
 * settings the P&L was computed with, the week before's sums, the month's goal pacing and the diagnosis
 * (issues with their explanations and action templates; the action items themselves are rows). The P&L of
 * both weeks and the profit split follow from these exactly.
 */
export interface StoredWeekReport {
  costs: WeekCostSettings;
  previous: Omit<WeekTotals, 'daysInPeriod'> | null;
  goal: GoalPace | null;
  diagnosis: WeekDiagnosis | null;
}

export type ActionItemStatus = 'pending' | 'accepted' | 'dismissed' | 'done';

/** The owner's answer to one action item, keyed by `${issueCode}:${templateKey}` in `user_responses`. */
export interface StoredUserResponse {
  status: ActionItemStatus;
  /** ISO 8601 timestamp of the answer. */
  at: string;
}

export type StoredUserResponses = Record<string, StoredUserResponse>;

/** Values interpolated into an action item or reason template. */
export type TemplateParams = Record<string, string | number | null>;

export type AdDecisionKind = 'SCALE' | 'KEEP' | 'KILL';

export interface StoredAdReason {
  code: string;
  params?: TemplateParams;
}

export interface StoredEarlyKillSignal {
  code: string;
  value: number | null;
  threshold: number | null;
}

/** The reference numbers an ad was judged against, stored as the domain computed them. */
export type StoredAdBasis = AdBasis;

/** One product line of a day's entry: COGS = Σ orders × unit COGS (name kept so a deleted product still reads). */
export interface StoredProductLine {
  presetId: string;
  name: string;
  orders: number;
  /** VND per unit, as it was when the day was entered. */
  unitCogs: number;
}

export type FeasibilityLevel = 'easy' | 'moderate' | 'hard' | 'unrealistic' | 'insufficient-data';

/** The inputs a growth simulation used (28-day AOV, CVR fraction, CPL, margin ratio, run-rate…). */
export type StoredSimulationAssumptions = Record<string, number | string | null>;

/** Flags set on a daily record when a computed metric could not be stored, e.g. 'cvr-overflow'. */
export type MetricFlag = string;

/**
 * The upload of an outbox row, put in the call's `field` (`photo`, `document`) when it is sent: a chart
 * job (drawn then, so no transaction waits for a render) or a file's bytes in base64.
 */
export type OutboxAttachment = { field: 'photo' | 'document'; filename: string } & (
  | { kind: 'chart'; job: Record<string, unknown> }
  | { kind: 'file'; base64: string }
);
