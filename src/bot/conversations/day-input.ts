import type { Context } from 'grammy';
import type { DayInput } from '../../domain/daily-metrics.js';
import { formatCount, formatDate, formatMoney } from '../../domain/format.js';
import { type CountUnit, readCountAnswer, readMoneyAnswer } from '../../domain/guided-answer.js';
import type { Translate } from '../../i18n/translator.js';
import { type AnswerCheck, ask, type EntryOffer, type ShopFlow } from './conversation.js';

const KEEP = '.';

type Field = keyof DayInput;

/** A question's answer: an amount, or a count that may end with its unit (`11 đơn`, `80 lead`). */
type Answer = { kind: 'money' } | { kind: 'count'; unit: CountUnit };

const QUESTIONS: { field: Field; key: string; answer: Answer }[] = [
  { field: 'orders', key: 'entry-ask-orders', answer: { kind: 'count', unit: 'orders' } },
  { field: 'revenue', key: 'entry-ask-revenue', answer: { kind: 'money' } },
  { field: 'adSpend', key: 'entry-ask-ad-spend', answer: { kind: 'money' } },
  { field: 'leads', key: 'entry-ask-leads', answer: { kind: 'count', unit: 'leads' } },
];

/** Reads an answer typed or in words (`hai triệu rưỡi`, `khoảng 80`); `.` keeps the current value. */
function checkAnswer(answer: Answer, t: Translate, current: number | undefined) {
  const { kind } = answer;
  return ({ text }: { text?: string }): AnswerCheck<number> => {
    if (text === undefined) return { ok: false, error: t(`error-${kind}-invalid`) };
    if (current !== undefined && text.trim() === KEEP) return { ok: true, value: current };
    const parsed = answer.kind === 'money' ? readMoneyAnswer(text) : readCountAnswer(text, answer.unit);
    return parsed.ok ? parsed : { ok: false, error: t(`error-${kind}-${parsed.error}`) };
  };
}

/**
 * The four questions of the guided entry, in the quick entry's order: orders, revenue, ad spend, leads.
 * With `current` (editing a day) each question offers to keep its value. Undefined when the owner
 * ran out of attempts or used a quick entry typed instead.
 */
export async function askDayInput(
  flow: ShopFlow,
  ctx: Context,
  params: { date: string; isToday: boolean; current?: DayInput; offerEntry?: EntryOffer },
): Promise<DayInput | undefined> {
  const { locale, t } = flow.renderer;
  const { current } = params;
  const answers: Partial<DayInput> = {};
  for (const { field, key, answer: expected } of QUESTIONS) {
    const { kind } = expected;
    const questionKey = field === 'orders' && !params.isToday ? 'entry-ask-orders-for' : key;
    let question = t(questionKey, { date: formatDate(params.date, locale) });
    const value = current?.[field];
    if (value !== undefined) {
      const shown = kind === 'money' ? formatMoney(value, locale) : formatCount(value, locale);
      question += `\n${t('entry-keep-hint', { current: shown })}`;
    }
    const answer = await ask(flow, ctx, {
      question,
      t,
      check: checkAnswer(expected, t, value),
      ...(params.offerEntry && { offerEntry: params.offerEntry }),
    });
    if (answer === undefined) return undefined;
    answers[field] = answer;
  }
  return answers as DayInput;
}
