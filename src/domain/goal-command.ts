import { parseMoney } from './money.js';
import { isAmountShape } from './quick-entry.js';

/** A monthly goal as typed after /goal: money in whole VND, month 'YYYY-MM'. */
export interface GoalCommand {
  month: string;
  revenueTarget: number;
  profitTarget: number | null;
}

/** Why a /goal line was refused; `text` is the part that could not be read, when there is one. */
export type GoalCommandError =
  | { code: 'bad-month'; text: string }
  | { code: 'past-month'; month: string }
  | { code: 'bad-amount'; text: string }
  | { code: 'ambiguous'; text: string }
  | { code: 'zero-revenue' }
  | { code: 'profit-above-revenue' };

export type GoalCommandResult =
  | { ok: true; kind: 'show' }
  | { ok: true; kind: 'set'; goal: GoalCommand }
  | { ok: false; error: GoalCommandError };

// `12/2026`, `12-2026`, `12.2026`: a month and a four-digit year.
const MONTH_WORD = /^([0-9]{1,2})[/.-]([0-9]{4})$/;

/** The readings of `words` as one or two amounts (revenue, then profit), each read as money. */
function readings(words: readonly string[]): { amounts: string[]; values: (number | null)[] }[] {
  const cuts: string[][] = [];
  if (isAmountShape(words)) cuts.push([words.join(' ')]);
  for (let end = 1; end < words.length; end += 1) {
    const first = words.slice(0, end);
    const second = words.slice(end);
    if (isAmountShape(first) && isAmountShape(second)) cuts.push([first.join(' '), second.join(' ')]);
  }
  return cuts.map((amounts) => ({
    amounts,
    values: amounts.map((amount) => {
      const parsed = parseMoney(amount);
      return parsed.ok ? parsed.value : null;
    }),
  }));
}

/**
 * Reads what follows /goal, given the shop's current month ('YYYY-MM'): nothing shows the month's goal;
 * `[MM/YYYY] revenue [profit]` sets one (`300tr 60tr`, `12/2026 300 triệu`). A month already over is refused;
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
    words.shift();
  }
  const rest = words.join(' ');
  if (words.length === 0) return { ok: false, error: { code: 'bad-amount', text: rest } };
  const valid = readings(words).filter((r) => r.values.every((v) => v !== null));
  if (valid.length === 0) return { ok: false, error: { code: 'bad-amount', text: rest } };
  if (valid.length > 1) return { ok: false, error: { code: 'ambiguous', text: rest } };
  const [revenueTarget, profitTarget = null] = valid[0]!.values as number[];
  if (revenueTarget === 0) return { ok: false, error: { code: 'zero-revenue' } };
  if (profitTarget !== null && profitTarget > revenueTarget!) {
    return { ok: false, error: { code: 'profit-above-revenue' } };
  }
  return { ok: true, kind: 'set', goal: { month, revenueTarget: revenueTarget!, profitTarget } };
}
