import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  claimJob,
  listJobClaimsForKeys,
  markJobFailed,
  markJobSent,
  markJobSkipped,
} from '../../../src/db/queries/job-claims.js';
import { jobClaims, shops } from '../../../src/db/schema/index.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

const t0 = new Date('2026-11-24T14:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

/** The stored claim of one job, read as the scheduler reads claims. */
async function storedClaim(shopId: string, kind: string, periodKey: string) {
  const [claim] = await listJobClaimsForKeys(db, [{ shopId, kind, periodKey }]);
  return claim;
}

describe('job claim queries', () => {
  it('refuses a duplicate claim through the unique key (on conflict do nothing returns no row)', async () => {
    const { shop } = await createOwnerWithShop(db);
    const row = { shopId: shop.id, kind: 'daily-reminder', periodKey: '2026-11-24' };
    const first = await db.insert(jobClaims).values(row).onConflictDoNothing().returning();
    const second = await db.insert(jobClaims).values(row).onConflictDoNothing().returning();
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
  });

  it('lets exactly one of several racing instances claim a job', async () => {
    const { shop } = await createOwnerWithShop(db);
    const claims = await Promise.all(
      ['a', 'b', 'c', 'd'].map((instance) =>
        claimJob(db, {
          shopId: shop.id,
          kind: 'weekly-push',
          periodKey: '2026-W48',
          claimedBy: instance,
          now: t0,
        }),
      ),
    );
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    expect(claims.find((c) => c !== null)).toMatchObject({ state: 'claimed', attempts: 1 });
  });

  it('makes a first claim with its claimer and time, one attempt and nothing sent yet', async () => {
    const { shop } = await createOwnerWithShop(db);
    const key = { shopId: shop.id, kind: 'weekly-push', periodKey: '2026-W48' };
    const claim = await claimJob(db, { ...key, claimedBy: 'a', now: t0 });
    const expected = {
      ...key,
      state: 'claimed',
      attempts: 1,
      claimedBy: 'a',
      claimedAt: t0,
      sentAt: null,
      nextAttemptAt: null,
      messagesSent: 0,
      lastError: null,
    };
    expect(claim).toMatchObject(expected);
    expect(await storedClaim(shop.id, 'weekly-push', '2026-W48')).toEqual(claim);
  });

  it('claims nothing, and fails nothing, for a shop deleted meanwhile', async () => {
    const { shop } = await createOwnerWithShop(db);
    await db.delete(shops).where(eq(shops.id, shop.id));
    const input = { shopId: shop.id, kind: 'weekly-push', periodKey: '2026-W48', claimedBy: 'a', now: t0 };
    expect(await claimJob(db, input)).toBeNull();
    expect(await db.select().from(jobClaims)).toEqual([]);
  });

  it('never claims a sent or skipped job again', async () => {
    const { shop } = await createOwnerWithShop(db);
    const input = { shopId: shop.id, kind: 'daily-reminder', claimedBy: 'a', now: t0 };
    const sent = (await claimJob(db, { ...input, periodKey: '2026-11-24' }))!;
    expect(await markJobSent(db, shop.id, sent.id, { at: minutes(1), messagesSent: 1 })).toBe(true);
    expect(await markJobSent(db, shop.id, sent.id, { at: minutes(2), messagesSent: 1 })).toBe(false);
    const skipped = (await claimJob(db, { ...input, periodKey: '2026-11-23' }))!;
    expect(await markJobSkipped(db, shop.id, skipped.id, { reason: 'more than 2 h late' })).toBe(true);

    for (const periodKey of ['2026-11-24', '2026-11-23']) {
      expect(await claimJob(db, { ...input, periodKey, now: minutes(600), claimedBy: 'b' })).toBeNull();
    }
    expect(await storedClaim(shop.id, 'daily-reminder', '2026-11-24')).toMatchObject({
      state: 'sent',
      sentAt: minutes(1),
    });
  });

  it('retries a failed job once its next attempt is due, up to the attempt limit', async () => {
    const { shop } = await createOwnerWithShop(db);
    const input = {
      shopId: shop.id,
      kind: 'weekly-push',
      periodKey: '2026-W48',
      claimedBy: 'a',
      maxAttempts: 2,
    };
    const first = (await claimJob(db, { ...input, now: t0 }))!;
    await markJobFailed(db, shop.id, first.id, {
      error: 'Telegram 502',
      nextAttemptAt: minutes(5),
      messagesSent: 0,
    });

    expect(await claimJob(db, { ...input, now: minutes(4) })).toBeNull();

    const retry = await claimJob(db, { ...input, now: minutes(5), claimedBy: 'b' });
    expect(retry).toMatchObject({
      id: first.id,
      state: 'claimed',
      attempts: 2,
      claimedBy: 'b',
      nextAttemptAt: null,
    });

    await markJobFailed(db, shop.id, first.id, {
      error: 'Telegram 502',
      nextAttemptAt: minutes(10),
      messagesSent: 0,
    });
    expect(await claimJob(db, { ...input, now: minutes(60) })).toBeNull();
    expect(await storedClaim(shop.id, 'weekly-push', '2026-W48')).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: 'Telegram 502',
    });
  });

  it('keeps how many messages went out across a failure and the retry claim, until the job is sent', async () => {
    const { shop } = await createOwnerWithShop(db);
    const input = { shopId: shop.id, kind: 'weekly-push', periodKey: '2026-W48', claimedBy: 'a' };
    const first = (await claimJob(db, { ...input, now: t0 }))!;
    expect(first.messagesSent).toBe(0);
    await markJobFailed(db, shop.id, first.id, {
      error: 'sendMessage: 500 Internal Server Error',
      nextAttemptAt: minutes(1),
      messagesSent: 1,
    });

    const retry = await claimJob(db, { ...input, now: minutes(1), claimedBy: 'b' });
    expect(retry).toMatchObject({
      attempts: 2,
      messagesSent: 1,
      lastError: 'sendMessage: 500 Internal Server Error',
    });
    await markJobSent(db, shop.id, first.id, { at: minutes(1), messagesSent: 2 });
    expect(await storedClaim(shop.id, 'weekly-push', '2026-W48')).toMatchObject({
      state: 'sent',
      messagesSent: 2,
      lastError: null,
    });
  });

  it('takes over a claim left behind by an instance that died mid-send', async () => {
    const { shop } = await createOwnerWithShop(db);
    const input = {
      shopId: shop.id,
      kind: 'daily-reminder',
      periodKey: '2026-11-24',
      staleAfterMs: 10 * 60_000,
    };
    const lost = (await claimJob(db, { ...input, claimedBy: 'crashed', now: t0 }))!;

    expect(await claimJob(db, { ...input, claimedBy: 'b', now: minutes(9) })).toBeNull();
    const takeover = await claimJob(db, { ...input, claimedBy: 'b', now: minutes(11) });
    expect(takeover).toMatchObject({ id: lost.id, claimedBy: 'b', attempts: 2 });
    expect(await markJobSent(db, shop.id, lost.id, { at: minutes(12), messagesSent: 1 })).toBe(true);
    expect(await claimJob(db, { ...input, claimedBy: 'c', now: minutes(60) })).toBeNull();
  });
});
