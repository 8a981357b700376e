import { formatDate, formatMoney, formatRatio } from '../../domain/format.js';
import type { QuestionTopic } from '../../domain/free-text.js';
import { formatHeadingDate, formatHeadingRange } from '../../domain/heading-date.js';
import type { QuestionPeriod } from '../../domain/question-period.js';
import type { Renderer } from '../../i18n/translator.js';
import type { PeriodProfit } from '../../services/period-profit.js';

const PERIOD_KEYS: Readonly<Record<QuestionPeriod, string>> = {
  today: 'free-period-today',
  yesterday: 'free-period-yesterday',
  dayBeforeYesterday: 'free-period-day-before-yesterday',
  thisWeek: 'free-period-this-week',
  lastWeek: 'free-period-last-week',
  thisMonth: 'free-period-this-month',
  lastMonth: 'free-period-last-month',
};

type Figure = 'profit' | 'revenue' | 'adSpend' | 'roas';

/** What the answer shows, the asked figure first: profit and ROAS always, revenue or ad spend when asked. */
const FIGURES: Readonly<Record<QuestionTopic, readonly Figure[]>> = {
  profit: ['profit', 'roas'],
  revenue: ['revenue', 'profit', 'roas'],
  ads: ['adSpend', 'roas', 'profit'],
};

function figureText(figure: Figure, { pnl }: PeriodProfit, { locale, t }: Renderer): string {
  switch (figure) {
    case 'profit':
      return pnl.netProfit < 0
        ? t('free-figure-loss', { amount: formatMoney(-pnl.netProfit, locale) })
        : t('free-figure-profit', { amount: formatMoney(pnl.netProfit, locale) });
    case 'revenue':
      return t('free-figure-revenue', { amount: formatMoney(pnl.revenue, locale) });
    case 'adSpend':
      return t('free-figure-ad-spend', { amount: formatMoney(pnl.adSpend, locale) });
    case 'roas':
      return t('free-figure-roas', { roas: pnl.roas === null ? '—' : formatRatio(pnl.roas, locale) });
  }
}

/**
 * The answer to a question about a period: one day's figures with its date, or a week's or month's with its
 * days and how many are recorded (the running week or month says it counts its first days only). A period
 * with no recorded day says so.
 */
export function renderPeriodAnswer(
  asked: { period: QuestionPeriod; topic: QuestionTopic },
  answer: PeriodProfit,
  booksDay: string,
  renderer: Renderer,
): string {
  const { locale, t } = renderer;
  const { span, pnl } = answer;
  const period = t(PERIOD_KEYS[asked.period]);
  const recorded = pnl.daysRecorded;
  if (span.single) {
    const date = formatDate(span.start, locale);
    if (recorded === 0)
      return asked.period === 'today'
        ? t('free-today-empty', { date })
        : t('free-day-empty', { period, date });
    const figures = FIGURES[asked.topic].map((figure) => figureText(figure, answer, renderer)).join(' · ');
    return t('free-day', { period, date, figures });
  }
  const range =
    span.start === span.end
      ? formatHeadingDate(span.start, booksDay, locale)
      : formatHeadingRange(span.start, span.end, booksDay, locale);
  const counts = { period, range, days: span.days, recorded };
  if (recorded === 0) return t(span.partial ? 'free-span-partial-empty' : 'free-span-empty', counts);
  const figures = FIGURES[asked.topic].map((figure) => figureText(figure, answer, renderer)).join(' · ');
  return t(span.partial ? 'free-span-partial' : 'free-span', { ...counts, figures });
}
