import type { Database } from '../../db/client.js';
import type { AdDecision, ShopSettings } from '../../db/schema/index.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translator.js';
import { adsJudgedInWeek } from '../../services/ad-judgement.js';
import { renderAdLine } from './ad-list.js';

/** The weekly report's section on ads judged that week, with the owner's answers; null when none were. */
export function renderAdsOfWeek(
  rows: readonly AdDecision[],
  timeZone: string,
  locale: Locale,
  t: Translate,
): string | null {
  if (rows.length === 0) return null;
  const lines = rows.map((row) => {
    const line = renderAdLine(row, timeZone, locale, t);
    return row.decision !== 'KEEP' && !row.ownerResponse
      ? `• ${line} · ${t('ads-response-none')}`
      : `• ${line}`;
  });
  return [t('week-ads-title'), ...lines].join('\n');
}

/** Loads and renders the ads section of a finished week's report for one shop. */
export async function weekAdsSection(
  db: Database,
  settings: Pick<ShopSettings, 'shopId' | 'timeZone'>,
  isoWeek: string,
  locale: Locale,
  t: Translate,
): Promise<string | null> {
  return renderAdsOfWeek(await adsJudgedInWeek(db, settings, isoWeek), settings.timeZone, locale, t);
}
