import type { DailyAlert } from '../../domain/daily-alerts.js';
import { formatDate } from '../../domain/format.js';
import type { Renderer } from '../../i18n/translator.js';
import { renderTemplate } from '../../services/template-text.js';

/** The one short alert after a day is saved: every crossed threshold, most important first. */
export function renderDailyAlert(date: string, alerts: readonly DailyAlert[], renderer: Renderer): string {
  const { locale, t } = renderer;
  const lines = alerts.map((alert) => `• ${renderTemplate(alert, renderer)}`);
  return [t('alert-title', { date: formatDate(date, locale) }), ...lines].join('\n');
}
