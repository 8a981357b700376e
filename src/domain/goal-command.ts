import { parseMoney } from './money.js';
import { isAmountShape } from './quick-entry.js';

/**
 * A monthly goal as typed after /goal: money in whole VND, month 'YYYY-MM'. `profitTarget` null when none
 * was typed (the month keeps its own, see resolveProfitTarget); 0 typed removes it.
 */
export interface GoalCommand {
  month: string;
  revenueTarget: number;
  profitTarget: number | null;
}

/**
 * The profit target a /goal line leaves the month with, given the month's current one: the one typed; none
 * typed keeps the current one (`kept`), unless it is above the new revenue target, which it could not
 * be met under (`dropped`); 0 typed removes it.
 */
export function resolveProfitTarget(
  typed: number | null,
  current: number | null,
  revenueTarget: number,
): { profitTarget: number | null; kept?: number; dropped?: number } {
  if (typed === 0) return { profitTarget: null };
  if (typed !== null || current === null) return { profitTarget: typed };
  return current <= revenueTarget
    ? { profitTarget: current, kept: current }
    : { profitTarget: null, dropped: current };
}

/** Why a /goal line was refused; `text` is the part that could not be read, when there is one. */
export type GoalCommandError =
  | { code: 'bad-month'; text: string }
  | { code: 'past-month'; month: string }
  | { code: 'far-month'; month: string; last: string }
  | { code: 'too-large' }
  | { code: 'bad-amount'; text: string }
  | { code: 'ambiguous'; text: string }
  | { code: 'zero-revenue' }
  | { code: 'profit-above-revenue' };

export type GoalCommandResult =
  | { ok: true; kind: 'show' }
  | { ok: true; kind: 'set'; goal: GoalCommand }
  | { ok: false; error: GoalCommandError };

/** How many months after the current one a goal may be set for: this month and the next twelve. */
export const GOAL_MONTHS_AHEAD = 12;

/** The month `count` months after `month` ('YYYY-MM'). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// `12/2026`, `12-2026`, `12.2026`: a month and a four-digit year.
const MONTH_WORD = /^([0-9]{1,2})[/.-]([0-9]{4})$/;

/** The readings of `words` as one or two amounts (revenue, then profit), each read as money. */
function readings(
  words: readonly string[],
): { amounts: string[]; values: (number | null)[]; tooLarge: boolean }[] {
  const cuts: string[][] = [];
  if (isAmountShape(words)) cuts.push([words.join(' ')]);
  for (let end = 1; end < words.length; end += 1) {
    const first = words.slice(0, end);
    const second = words.slice(end);
    if (isAmountShape(first) && isAmountShape(second)) cuts.push([first.join(' '), second.join(' ')]);
  }
  return cuts.map((amounts) => {
    const parsed = amounts.map((amount) => parseMoney(amount));
    return {
      amounts,
      values: parsed.map((p) => (p.ok ? p.value : null)),
      tooLarge: parsed.some((p) => !p.ok && p.error === 'too-large'),
    };
  });
}

/**
 * Reads what follows /goal, given the shop's current month ('YYYY-MM'): nothing shows the month's goal;
 * `[MM/YYYY] revenue [profit]` sets one (`300tr 60tr`, `12/2026 300 triệu`). A month already over is refused,
 * and so is one more than GOAL_MONTHS_AHEAD months ahead; an amount over MAX_MONEY_VND is 'too-large';
 * an amount may be written with its unit apart (`300 triệu 60 triệu`); a line that reads as one amount and as
 * two (`300 triệu 60`) is refused rather than guessed.
 */
export function parseGoalCommand(text: string, currentMonth: string): GoalCommandResult {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ok: true, kind: 'show' };
  let month = currentMonth;
  const monthMatch = MONTH_WORD.exec(words[0]!);
  if (monthMatch) {
    const m = Number(monthMatch[1]);
    if (m < 1 || m > 12) return { ok: false, error: { code: 'bad-month', text: words[0]! } };
    month = `${monthMatch[2]}-${String(m).padStart(2, '0')}`;
    if (month < currentMonth) return { ok: false, error: { code: 'past-month', month } };
    const last = addMonths(currentMonth, GOAL_MONTHS_AHEAD);
    if (month > last) return { ok: false, error: { code: 'far-month', month, last } };
    words.shift();
  }
  const rest = words.join(' ');
  if (words.length === 0) return { ok: false, error: { code: 'bad-amount', text: rest } };
  const all = readings(words);
  const valid = all.filter((r) => r.values.every((v) => v !== null));
  if (valid.length === 0) {
    if (all.some((r) => r.tooLarge)) return { ok: false, error: { code: 'too-large' } };
    return { ok: false, error: { code: 'bad-amount', text: rest } };
  }
  if (valid.length > 1) return { ok: false, error: { code: 'ambiguous', text: rest } };
  const [revenueTarget, profitTarget = null] = valid[0]!.values as number[];
  if (revenueTarget === 0) return { ok: false, error: { code: 'zero-revenue' } };
  if (profitTarget !== null && profitTarget > revenueTarget!) {
    return { ok: false, error: { code: 'profit-above-revenue' } };
  }
  return { ok: true, kind: 'set', goal: { month, revenueTarget: revenueTarget!, profitTarget } };
}
