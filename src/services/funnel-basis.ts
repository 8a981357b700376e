import type { Database } from '../db/client.js';
import { sumDailyRecords } from '../db/queries/daily-records.js';
import { BASIS_WINDOW_DAYS, type FunnelBasis, funnelBasis } from '../domain/funnel-basis.js';
import { addDays } from '../domain/local-date.js';

/** The shop's funnel (AOV, CVR, CPL, monthly ad spend) over its last 28 days up to `today`, its zone. */
export async function loadFunnelBasis(db: Database, shopId: string, today: string): Promise<FunnelBasis> {
  const sums = await sumDailyRecords(db, shopId, { from: addDays(today, 1 - BASIS_WINDOW_DAYS), to: today });
  return funnelBasis(sums);
}
