import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedChartPool, sharedChartPool } from '../../src/charts/chart-pool.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import type { Database } from '../../src/db/client.js';
import { upsertMonthlyGoal } from '../../src/db/queries/monthly-goals.js';
import { getShopSettings } from '../../src/db/queries/shop-settings.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { CHART_KINDS, type ChartRequest, renderChartForShop } from '../../src/services/charts.js';
import { insertDays, sameDaysEnding } from '../support/record-fixtures.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

let db: Database;
let request: ChartRequest;

beforeAll(async () => {
  db = await getTestDatabase();
  await resetTestDatabase(db);
  const user = await createUser(db, { externalId: '950', language: 'vi' });
  const shop = await createShopWithSettings(db, { ownerId: user.id, name: 'Hoa Mai Shop', cogsRatio: 0.4 });
  const settings = (await getShopSettings(db, shop.id))!;
  await insertDays(db, shop.id, sameDaysEnding('2026-11-24', 24, [15, 8_500_000, 2_000_000, 85]));
  await upsertMonthlyGoal(db, shop.id, { month: '2026-11', revenueTarget: 300_000_000 });
  request = {
    shop: { ...shop, settings },
    locale: 'vi',
    t: createTranslator('vi').forLocale('vi'),
    now: new Date('2026-11-24T20:00:00+07:00'),
  };
});
afterAll(async () => {
  await closeSharedChartPool();
  await closeTestDatabase();
});

describe('renderChartForShop on the chart pool', () => {
  it('draws every kind on a worker of the shared pool, the same PNG as on this thread', async () => {
    const here = new ChartRenderer();
    for (const kind of CHART_KINDS) {
      const before = sharedChartPool().completed;
      const pooled = await renderChartForShop(db, kind, request);
      expect(sharedChartPool().completed, kind).toBe(before + 1);
      const inThread = await renderChartForShop(db, kind, { ...request, renderer: here });
      expect(sharedChartPool().completed, kind).toBe(before + 1);
      if (pooled.type !== 'photo' || inThread.type !== 'photo') throw new Error(`${kind}: expected photos`);
      expect(pooled.png.equals(inThread.png), kind).toBe(true);
      expect(pooled.caption).toBe(inThread.caption);
    }
  });
});
