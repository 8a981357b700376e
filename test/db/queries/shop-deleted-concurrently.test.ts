import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimJob } from '../../../src/db/queries/job-claims.js';
import { insertNewDiagnoses } from '../../../src/db/queries/weekly-batch.js';
import { jobClaims, shops, weeklyDiagnostics } from '../../../src/db/schema/index.js';
import { settlesWithin } from '../../../src/server/deadline.js';
import { testDriver, useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop, diagnosedWeek } from '../fixtures.js';

// A shop deleted by another connection while a job writes for it: the job's statement waits for the
// delete (the shop's row lock), then leaves the shop out instead of failing its foreign key. PGlite runs
// one statement at a time, so only PostgreSQL can show the wait.

const db = await useTestDatabase();

/**
 * Deletes the shop in a transaction that, before committing, starts `write` on another connection and
 * checks it waits; returns what `write` gave once the delete committed.
 */
async function whileShopIsDeleted<T>(shopId: string, write: () => Promise<T>): Promise<T> {
  let pending: Promise<T> | undefined;
  await db.transaction(async (tx) => {
    await tx.delete(shops).where(eq(shops.id, shopId));
    pending = write();
    pending.catch(() => undefined);
    expect(await settlesWithin(pending, 300)).toBe(false);
  });
  return pending!;
}

describe.runIf(testDriver === 'pg')('a shop deleted by another connection meanwhile', () => {
  it('a push claim waits for the delete, then claims nothing and fails nothing', async () => {
    const { shop } = await createOwnerWithShop(db);
    const claim = await whileShopIsDeleted(shop.id, () =>
      claimJob(db, { shopId: shop.id, kind: 'weekly-push', periodKey: '2026-W48', claimedBy: 'a' }),
    );
    expect(claim).toBeNull();
    expect(await db.select().from(jobClaims)).toEqual([]);
  });

  it("the chunk insert waits for the delete, then stores the other shops' weeks", async () => {
    const kept = (await createOwnerWithShop(db, { shopName: 'Kept' })).shop;
    const gone = (await createOwnerWithShop(db, { shopName: 'Gone' })).shop;
    const rows = [kept, gone].map((shop) => ({ shopId: shop.id, ...diagnosedWeek() }));
    const stored = await whileShopIsDeleted(gone.id, () => insertNewDiagnoses(db, rows, []));
    expect(stored).toEqual(new Set([kept.id]));
    expect((await db.select().from(weeklyDiagnostics)).map((d) => d.shopId)).toEqual([kept.id]);
  });
});
