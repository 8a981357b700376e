import type { Database } from '../db/client.js';
import {
  getLatestAdDecision,
  insertAdDecision,
  listAdDecisionsBetween,
  listLatestAdDecisions,
} from '../db/queries/ad-decisions.js';
import { sumDaysByShop } from '../db/queries/week-sums.js';
import type { AdDecision, ShopSettings } from '../db/schema/index.js';
import { type AdBasis, type BasisTotals, computeAdBasis } from '../domain/ad-basis.js';
import { type AdJudgement, judgeAd } from '../domain/ad-judgement.js';
import type { AdChannel, AdLine } from '../domain/ad-line.js';
import { detectEarlyKillSignals, type EarlyKillSignal } from '../domain/ad-signals.js';
import { booksDay } from '../domain/books-day.js';
import { dayjs } from '../domain/dayjs.js';
import { BASIS_WINDOW_DAYS } from '../domain/funnel-basis.js';
import { addDays, weekBounds } from '../domain/local-date.js';
import { NO_DAYS } from '../domain/week-totals.js';

/** Ads shown in the /ads list and offered as buttons in the guided flow. */
export const AD_LIST_LIMIT = 10;

/** Everything an answer to one judged ad shows. */
export interface JudgedAd {
  row: AdDecision;
  judgement: AdJudgement;
  basis: AdBasis;
  signals: EarlyKillSignal[];
  /** The ad's judgement before this one, for "since last time". */
  previous: AdDecision | null;
}

/** The sums of the shop's recorded days among the last 28 up to today (its books day). */
async function loadBasisTotals(db: Database, settings: ShopSettings, today: string): Promise<BasisTotals> {
  const range = { from: addDays(today, -(BASIS_WINDOW_DAYS - 1)), to: today };
  const [sums] = await sumDaysByShop(db, range, [settings.shopId]);
  return sums ?? NO_DAYS;
}

/** The reference numbers of the shop's ad judgements, as of `now`. */
export async function loadAdBasis(db: Database, settings: ShopSettings, now: Date): Promise<AdBasis> {
  const today = booksDay(now, settings.timeZone, settings.dayClosesAt).date;
  const totals = await loadBasisTotals(db, settings, today);
  return computeAdBasis(totals, settings);
}

/**
 * Judges one ad against the shop's last 28 days and its settings, stores the judgement (a new row each time:
 * the ad's history) and returns what the answer shows, with the ad's previous judgement.
 */
export async function judgeAndStoreAd(
  db: Database,
  settings: ShopSettings,
  ad: AdLine,
  now: Date,
): Promise<JudgedAd> {
  const basis = await loadAdBasis(db, settings, now);
  const previous = await getLatestAdDecision(db, settings.shopId, ad.name);
  const judgement = judgeAd(ad, basis, {
    minDays: settings.adMinDays,
    minSpend: settings.adMinSpend,
    killMultiplier: settings.adKillMultiplier,
    minConversions: settings.adMinConversions,
    scaleStepRatio: settings.adScaleStepRatio,
    minCtr: settings.adMinCtr,
    minImpressions: settings.adMinImpressions,
  });
  const signals = detectEarlyKillSignals(
    ad,
    basis,
    {
      minCtr: settings.adMinCtr,
      minImpressions: settings.adMinImpressions,
      minSpend: settings.adMinSpend,
      cpmSpikeMultiplier: settings.adCpmSpikeMultiplier,
    },
    previous ? { spend: previous.spend, impressions: previous.impressions } : null,
  );
  const row = await insertAdDecision(db, {
    shopId: settings.shopId,
    adName: ad.name,
    channel: ad.channel,
    daysRunning: ad.daysRunning,
    spend: ad.spend,
    leads: ad.leads,
    orders: ad.orders,
    revenue: ad.revenue,
    impressions: ad.impressions,
    clicks: ad.clicks,
    decision: judgement.decision,
    reasons: judgement.reasons,
    earlyKillSignals: signals,
    suggestedBudgetChangeRatio: judgement.budget?.stepRatio ?? null,
    basis,
    createdAt: now,
  });
  return { row, judgement, basis, signals, previous };
}

/**
 * The channel the ad (by name, letter case aside) ran on when it was last judged, so a line that names none
 * is judged on it; null for an ad never judged in this shop.
 */
export async function rememberedAdChannel(
  db: Database,
  shopId: string,
  adName: string,
): Promise<AdChannel | null> {
  const latest = await getLatestAdDecision(db, shopId, adName);
  return latest?.channel ?? null;
}

/** The shop's ads with their latest judgement, most recent first. */
export function listShopAds(db: Database, shopId: string): Promise<AdDecision[]> {
  return listLatestAdDecisions(db, shopId, AD_LIST_LIMIT);
}

/** The ads judged during an ISO week (Monday 00:00 to the next Monday 00:00 in the shop's zone). */
export function adsJudgedInWeek(
  db: Database,
  settings: Pick<ShopSettings, 'shopId' | 'timeZone'>,
  isoWeek: string,
): Promise<AdDecision[]> {
  const { start, end } = weekBounds(isoWeek);
  const from = dayjs.tz(`${start} 00:00`, settings.timeZone).toDate();
  const to = dayjs.tz(`${addDays(end, 1)} 00:00`, settings.timeZone).toDate();
  return listAdDecisionsBetween(db, settings.shopId, from, to);
}
