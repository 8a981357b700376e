import type { DailyMetrics, DayInput } from '../../domain/daily-metrics.js';
import { formatCount, formatDate, formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import type { DayProductLine } from '../../domain/product-margin.js';
import type { Renderer } from '../../i18n/translator.js';
import type { EntryCard, SavedDay } from '../../services/daily-entry.js';
import { renderProductsCogs } from './entry-products.js';
import { renderWarning } from './entry-warnings.js';
import { renderProfitParts } from './profit-parts.js';

interface Line {
  key: string;
  value: (input: DayInput, metrics: DailyMetrics) => string;
}

function lines({ locale, t }: Renderer): Line[] {
  const money = (v: number | null) => (v === null ? t('card-not-available') : formatMoney(v, locale));
  return [
    { key: 'card-orders', value: (i) => formatCount(i.orders, locale) },
    { key: 'card-revenue', value: (i) => formatMoney(i.revenue, locale) },
    { key: 'card-ad-spend', value: (i) => formatMoney(i.adSpend, locale) },
    { key: 'card-leads', value: (i) => formatCount(i.leads, locale) },
    { key: 'card-aov', value: (_, m) => money(m.aov) },
    { key: 'card-cpl', value: (_, m) => money(m.cpl) },
    {
      key: 'card-cvr',
      value: (_, m) => (m.cvr === null ? t('card-not-available') : formatPercent(m.cvr, locale)),
    },
    { key: 'card-net-profit', value: (_, m) => formatMoney(m.netProfit, locale) },
  ];
}

function roasValue(metrics: DailyMetrics, { locale, t }: Renderer): string {
  return metrics.roas === null ? t('card-not-available') : formatRatio(metrics.roas, locale);
}

/** The ROAS line against break-even; with `previous`, the ROAS reads old → new. */
function roasLine(metrics: DailyMetrics, { locale, t }: Renderer, previous: DailyMetrics | null): string {
  const now = roasValue(metrics, { locale, t });
  const before = previous ? roasValue(previous, { locale, t }) : now;
  const roas = before === now ? now : `${before} → ${now}`;
  if (metrics.breakEvenRoas === null) return `${t('card-roas', { value: roas })}\n${t('card-no-break-even')}`;
  if (metrics.roasVsBreakEven === null) return t('card-roas', { value: roas });
  return t('card-roas-vs-break-even', {
    value: roas,
    breakEven: formatRatio(metrics.breakEvenRoas, locale),
    verdict: t(`card-verdict-${metrics.roasVsBreakEven}`),
  });
}

/** A day as its lines show it: the inputs, the metrics, and the products picked (if any). */
interface ShownDay {
  input: DayInput;
  metrics: DailyMetrics;
  products?: readonly DayProductLine[] | null;
}

function pickedProducts(day: ShownDay): readonly DayProductLine[] | null {
  return day.products && day.products.length > 0 ? day.products : null;
}

/** The parts of the day's net profit (none for a shop whose only costs are the goods and the ads). */
function profitParts(day: ShownDay, renderer: Renderer): string[] {
  const { input, metrics } = day;
  const products = pickedProducts(day);
  return renderProfitParts(
    {
      revenue: input.revenue,
      returnedRevenue: metrics.returnedRevenue,
      cogs: metrics.cogs,
      shippingCost: metrics.shippingCost,
      paymentFees: metrics.paymentFees,
      adSpend: input.adSpend,
      fixedCost: metrics.fixedCost,
    },
    renderer,
    products && renderProductsCogs(products, metrics.cogs, renderer),
  );
}

/**
 * The numbers of a day, one per line, the parts of its net profit before the net profit line; with
 * `previous`, each line reads old → new. Products picked show how their COGS was counted: among the parts,
 * or after the lines when net profit is not split.
 */
export function renderDayLines(
  day: ShownDay,
  { locale, t }: Renderer,
  previous: SavedDay | null = null,
): string {
  const renderer = { locale, t };
  const out = lines(renderer).map(({ key, value }) => {
    const now = value(day.input, day.metrics);
    if (!previous) return t(key, { value: now });
    const before = value(previous.input, previous.metrics);
    return t(key, { value: before === now ? now : `${before} → ${now}` });
  });
  const parts = profitParts(day, renderer);
  out.splice(7, 0, roasLine(day.metrics, renderer, previous?.metrics ?? null), ...parts);
  const products = pickedProducts(day);
  if (products && parts.length === 0) out.push(renderProductsCogs(products, day.metrics.cogs, renderer));
  return out.join('\n');
}

/** The confirmation card of an entry (not saved yet), with a ⚠️ line for anything that looks mistyped. */
export function renderEntryCard(card: EntryCard, shopName: string, { locale, t }: Renderer): string {
  const shown = formatDate(card.date, locale);
  const title = t(card.previous ? 'card-title-replace' : 'card-title', {
    shop: shopName,
    date: card.beforeClose ? t('card-date-before-close', { date: shown }) : shown,
  });
  const body = renderDayLines(card, { locale, t }, card.previous);
  const warnings = card.warnings.map((w) => renderWarning(w, { locale, t }));
  // The returned amount is among the parts of net profit; this says how it was counted.
  const returns = card.metrics.returnedRevenue > 0 ? [t('card-returns')] : [];
  return [
    title,
    body,
    ...returns,
    ...(warnings.length > 0 ? [warnings.join('\n')] : []),
    t('card-confirm-hint'),
  ].join('\n\n');
}

/** The card after Save: the booked numbers, no buttons. */
export function renderSavedCard(card: EntryCard, shopName: string, { locale, t }: Renderer): string {
  const title = t('card-title', { shop: shopName, date: formatDate(card.date, locale) });
  const body = renderDayLines(card, { locale, t });
  const saved = t('card-saved', { date: formatDate(card.date, locale) });
  return `${title}\n\n${body}\n\n${saved}`;
}

/** A saved day, as /edit shows it. */
export function renderSavedDay(day: SavedDay, shopName: string, { locale, t }: Renderer): string {
  const title = t('card-title', { shop: shopName, date: formatDate(day.date, locale) });
  return `${title}\n${t('day-existing')}\n\n${renderDayLines(day, { locale, t })}`;
}
