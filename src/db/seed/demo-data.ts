// Demo data for `npm run db:seed`, tests and benchmarks: pure and deterministic (a seeded PRNG, the end
// date passed in), so the same call always gives the same shops and days.
import type { CostSettings } from '../../domain/daily-metrics.js';
import { type DayRowValues, dayRowValues } from '../../domain/day-row.js';
import { requireIsoDate } from '../../domain/iso-date.js';
import { addDays, isoWeekOf } from '../../domain/local-date.js';
import type { ShopSettingsPatch } from '../queries/shop-settings.js';

/** The four numbers an owner enters for a day. */
export interface DemoDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  orders: number;
  revenue: number;
  adSpend: number;
  leads: number;
}

export interface DemoShop {
  owner: { externalId: string; displayName: string; language: 'vi' | 'en' };
  shop: { name: string; cogsRatio: number };
  /** Settings differing from a new shop's defaults. */
  settings: ShopSettingsPatch;
  presets: { name: string; sellPrice: number; cogs: number }[];
  /** A revenue goal for the month of the last day, in VND. */
  goal: { month: string; revenueTarget: number; profitTarget: number | null };
  /** The recorded days, oldest first; a few days of the period are missing on purpose. */
  days: DemoDay[];
}

export interface DemoDataOptions {
  /** The last day with data ('YYYY-MM-DD'); `npm run db:seed` uses yesterday in Asia/Ho_Chi_Minh. */
  endDate: string;
  /** Weeks of history (default 8). */
  weeks?: number;
  /** PRNG seed (default 20261124). */
  seed?: number;
}

/** Telegram ids no real user has; re-seeding deletes these users and everything they own. */
export const DEMO_OWNER_IDS = ['900000001', '900000002'] as const;

/** Mulberry32: a tiny, fast, deterministic PRNG giving floats in [0, 1). */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface ShopModel {
  /** Leads on an ordinary Monday … Sunday. */
  leadsByWeekday: readonly [number, number, number, number, number, number, number];
  cvr: number;
  aov: number;
  cpl: number;
  /** Relative day-to-day noise (0.15 = ±15 %). */
  noise: number;
  /** What happens in the bad week: multipliers on leads, CVR, AOV and CPL. */
  badWeek: { weeksBeforeEnd: number; leads: number; cvr: number; aov: number; cpl: number };
  /** Days of the year ('MM-DD') with a demand spike (leads and AOV multipliers). */
  peaks: Record<string, { leads: number; aov: number }>;
  missingDays: number;
  /** One day with ads switched off: only organic leads. */
  adsOffDay: boolean;
}

const FLOWERS: ShopModel = {
  leadsByWeekday: [70, 65, 70, 75, 90, 110, 100],
  cvr: 0.17,
  aov: 560_000,
  cpl: 24_000,
  noise: 0.15,
  // Last week: conversion collapses and leads get dearer, so ROAS drops below break-even.
  badWeek: { weeksBeforeEnd: 1, leads: 1.05, cvr: 0.5, aov: 0.9, cpl: 1.2 },
  peaks: {
    '02-14': { leads: 2.5, aov: 1.25 },
    '03-08': { leads: 2.5, aov: 1.2 },
    '10-20': { leads: 2.2, aov: 1.15 },
    '11-20': { leads: 2.5, aov: 1.2 },
  },
  missingDays: 2,
  adsOffDay: true,
};

const FASHION: ShopModel = {
  leadsByWeekday: [180, 170, 175, 185, 200, 240, 230],
  cvr: 0.12,
  aov: 320_000,
  cpl: 9_000,
  noise: 0.12,
  // Four weeks ago: ad spend up a third while orders stay flat and baskets shrink.
  badWeek: { weeksBeforeEnd: 4, leads: 1.0, cvr: 1.0, aov: 0.8, cpl: 1.35 },
  peaks: { '11-11': { leads: 2, aov: 0.9 }, '12-12': { leads: 1.8, aov: 0.9 } },
  missingDays: 1,
  adsOffDay: false,
};

/** Rounds to a multiple of `step` (prices and spend are typed in round figures). */
function roundTo(x: number, step: number): number {
  return Math.max(0, Math.round(x / step) * step);
}

function generateDays(model: ShopModel, endDate: string, weeks: number, random: () => number): DemoDay[] {
  const total = weeks * 7;
  const firstDate = addDays(endDate, -(total - 1));
  const badIsoWeek = isoWeekOf(addDays(endDate, -7 * model.badWeek.weeksBeforeEnd));
  // Missing days: never the last three days, so the latest numbers are always there.
  const missing = new Set<number>();
  while (missing.size < model.missingDays) missing.add(Math.floor(random() * (total - 3)));
  const adsOff = model.adsOffDay ? Math.floor(random() * (total - 3)) : -1;

  const days: DemoDay[] = [];
  for (let i = 0; i < total; i++) {
    const date = addDays(firstDate, i);
    // Always draw the same four numbers per day so one day's branch never shifts the next day's noise.
    const [nLeads, nCvr, nAov, nCpl] = [random(), random(), random(), random()].map(
      (r) => 1 + (r * 2 - 1) * model.noise,
    ) as [number, number, number, number];
    if (missing.has(i)) continue;

    const { month, day } = requireIsoDate(date);
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
    const peak = model.peaks[`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`];
    const bad = isoWeekOf(date) === badIsoWeek ? model.badWeek : undefined;

    let leads = Math.round(model.leadsByWeekday[weekday]! * nLeads * (peak?.leads ?? 1) * (bad?.leads ?? 1));
    const cvr = model.cvr * nCvr * (bad?.cvr ?? 1);
    const aov = model.aov * nAov * (peak?.aov ?? 1) * (bad?.aov ?? 1);
    let cpl = model.cpl * nCpl * (bad?.cpl ?? 1);
    if (i === adsOff) {
      leads = Math.round(leads * 0.15); // organic messages only
      cpl = 0;
    }
    const orders = Math.round(leads * cvr);
    days.push({
      date,
      orders,
      revenue: roundTo(orders * aov, 1_000),
      adSpend: roundTo(leads * cpl, 10_000),
      leads,
    });
  }
  return days;
}

/** Two demo shops (a flower shop in Vietnamese, a fashion shop in English) with `weeks` weeks of days. */
export function generateDemoData(options: DemoDataOptions): DemoShop[] {
  const weeks = options.weeks ?? 8;
  const seed = options.seed ?? 20_261_124;
  const month = options.endDate.slice(0, 7);
  return [
    {
      owner: { externalId: DEMO_OWNER_IDS[0], displayName: 'Chị Mai (demo)', language: 'vi' },
      shop: { name: 'Hoa Mai Florist', cogsRatio: 0.4 },
      settings: {},
      presets: [
        { name: 'Bó hồng đỏ', sellPrice: 550_000, cogs: 210_000 },
        { name: 'Giỏ hoa chúc mừng', sellPrice: 950_000, cogs: 400_000 },
      ],
      goal: { month, revenueTarget: 300_000_000, profitTarget: 90_000_000 },
      days: generateDays(FLOWERS, options.endDate, weeks, createPrng(seed)),
    },
    {
      owner: { externalId: DEMO_OWNER_IDS[1], displayName: 'Lan (demo)', language: 'en' },
      shop: { name: 'Lan Fashion', cogsRatio: 0.5 },
      settings: {
        paymentFeeRatio: 0.02,
        shippingCostPerOrder: 15_000,
        monthlyFixedCost: 9_000_000,
        maxCpl: 12_000,
      },
      presets: [
        { name: 'Áo thun basic', sellPrice: 180_000, cogs: 85_000 },
        { name: 'Váy hoa', sellPrice: 420_000, cogs: 200_000 },
      ],
      goal: { month, revenueTarget: 250_000_000, profitTarget: null },
      days: generateDays(FASHION, options.endDate, weeks, createPrng(seed + 1)),
    },
  ];
}

/** A demo day with the metrics the app would store for it (the same function as a real entry). */
export function toDailyRecordValues(day: DemoDay, settings: CostSettings): DayRowValues {
  return dayRowValues(day.date, day, settings);
}
