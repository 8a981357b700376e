import { formatDate } from '../../domain/format.js';
import type { Renderer } from '../../i18n/translator.js';
import type { EntryCard } from '../../services/daily-entry.js';
import { renderDayLines } from './entry-card.js';

/** An entry card dropped unsaved (/cancel): its numbers as they were, and that nothing was saved. */
export function renderDroppedCard(card: EntryCard, shopName: string, { locale, t }: Renderer): string {
  const title = t('card-title', { shop: shopName, date: formatDate(card.date, locale) });
  const body = renderDayLines(card, { locale, t });
  return `${title}\n\n${body}\n\n${t('card-dropped', { date: formatDate(card.date, locale) })}`;
}
