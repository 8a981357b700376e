import type { Renderer } from '../../i18n/translator.js';
import { renderAdLine } from './ad-list.js';

type AdRow = Parameters<typeof renderAdLine>[0];

/** The weekly report's section on ads judged that week, with the owner's answers; null when none were. */
export function renderAdsOfWeek(rows: readonly AdRow[], timeZone: string, renderer: Renderer): string | null {
  const { t } = renderer;
  if (rows.length === 0) return null;
  const lines = rows.map((row) => {
    const line = renderAdLine(row, timeZone, renderer);
    return row.decision !== 'KEEP' && !row.ownerResponse
      ? `• ${line} · ${t('ads-response-none')}`
      : `• ${line}`;
  });
  return [t('week-ads-title'), ...lines].join('\n');
}
