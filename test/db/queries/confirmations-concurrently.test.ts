import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  deleteDailyRecordAsShown,
  getDailyRecord,
  insertDailyRecords,
  shownDayOf,
} from '../../../src/db/queries/daily-records.js';
import { getShopSettings } from '../../../src/db/queries/shop-settings.js';
import { dailyRecords, users } from '../../../src/db/schema/index.js';
import { savedDayVersion } from '../../../src/domain/shown-version.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { settlesWithin } from '../../../src/server/deadline.js';
import { applyCostReapply, previewCostReapply } from '../../../src/services/cost-reapply.js';
import { eraseOwnerData, summarizeOwnerData } from '../../../src/services/owner-erasure.js';
import { testDriver, useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, exampleDay } from '../fixtures.js';

// A confirmation pressed while another connection changes what it showed: the press waits on the rows'
// locks, then sees the change and refuses. PGlite runs one statement at a time, so only PostgreSQL can
// show the wait.

const db = await useTestDatabase();
const language = { locale: 'vi' as const, t: createTranslator('vi').forLocale('vi') };

/** Runs `change` in a transaction that, before committing, starts `press` and checks it waits. */
async function pressDuring<T>(
  change: (tx: typeof db) => Promise<unknown>,
  press: () => Promise<T>,
): Promise<T> {
  let pending: Promise<T> | undefined;
  await db.transaction(async (tx) => {
    await change(tx);
    pending = press();
    pending.catch(() => undefined);
    expect(await settlesWithin(pending, 300)).toBe(false);
  });
  return pending!;
}

describe.runIf(testDriver === 'pg')(
  'a confirmation pressed while its data changes on another connection',
  () => {
    it('a day delete waits for an edit of the day, then deletes nothing', async () => {
      const { shop } = await createOwnerWithShop(db);
      await insertDailyRecords(db, shop.id, [exampleDay('2026-11-22')]);
      const shown = savedDayVersion(shownDayOf((await getDailyRecord(db, shop.id, '2026-11-22'))!));
      const where = and(eq(dailyRecords.shopId, shop.id), eq(dailyRecords.recordDate, '2026-11-22'));
      const result = await pressDuring(
        (tx) => tx.update(dailyRecords).set({ orders: 16 }).where(where),
        () => deleteDailyRecordAsShown(db, shop.id, '2026-11-22', shown),
      );
      expect(result).toMatchObject({ changed: { orders: 16 } });
      expect(await db.select().from(dailyRecords)).toHaveLength(1);
    });

    it('/deletemydata waits for a day being saved, then deletes nothing', async () => {
      const { user, shop } = await createOwnerWithShop(db);
      const { shown } = (await summarizeOwnerData(db, user.id))!;
      const result = await pressDuring(
        (tx) => insertDailyRecords(tx, shop.id, [exampleDay('2026-11-23')]),
        () => eraseOwnerData(db, { ownerId: user.id, chatIds: [], shown }),
      );
      expect(result).toMatchObject({ status: 'changed', summary: { counts: { days: 1 } } });
      expect((await db.select().from(users)).map((u) => u.id)).toEqual([user.id]);
    });

    it('a cost re-apply waits for a day being saved in its range, then rewrites nothing', async () => {
      const { shop } = await createOwnerWithShop(db);
      await insertDailyRecords(db, shop.id, [exampleDay('2026-11-21')]);
      const range = { from: '2026-11-21', to: '2026-11-24' };
      const settings = (await getShopSettings(db, shop.id))!;
      const { shown } = await previewCostReapply(db, settings, 'cogsRatio', range.from, range.to);
      const result = await pressDuring(
        (tx) => insertDailyRecords(tx, shop.id, [exampleDay('2026-11-22')]),
        () => applyCostReapply(db, shop.id, 'cogsRatio', range, shown, language),
      );
      expect(result).toMatchObject({ status: 'changed', offer: { days: 2 } });
    });
  },
);
