import type { Database } from '../db/client.js';
import type { ScheduledShop } from '../db/queries/shops.js';
import type { AdDecision } from '../db/schema/index.js';
import type { Renderer } from '../i18n/translator.js';
import { adsJudgedInWeek } from './ad-judgement.js';
import { type ChartReply, renderWeekChartForShop } from './charts.js';
import { loadOrDiagnoseWeek, type StoredWeek } from './week-diagnosis.js';

/** What the Monday push of a finished week shows: the stored week, the ads judged in it, its chart. */
export interface WeeklyPushContent {
  week: StoredWeek;
  ads: AdDecision[];
  /** Null when the week has no stored diagnosis (no record): then no chart is sent. */
  chart: ChartReply | null;
}

/**
 * Reads the Monday push of a finished week in the owner's language: the diagnosis stored by the
 * scheduler's batch as it is (stored on the way when there is none, so the buttons have items to
 * answer), the ads judged that week, and the week chart.
 */
export async function loadWeeklyPush(
  db: Database,
  { shop, settings }: ScheduledShop,
  isoWeek: string,
  renderer: Renderer,
  now: Date,
): Promise<WeeklyPushContent> {
  const week = await loadOrDiagnoseWeek(db, settings, isoWeek, renderer);
  const ads = await adsJudgedInWeek(db, settings, isoWeek);
  const chart = week.diagnostic
    ? await renderWeekChartForShop(db, {
        shop: { id: shop.id, name: shop.name, settings },
        locale: renderer.locale,
        t: renderer.t,
        now,
        isoWeek,
      })
    : null;
  return { week, ads, chart };
}
