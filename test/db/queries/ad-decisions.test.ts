import { describe, expect, it } from 'vitest';
import {
  getAdDecision,
  getLatestAdDecision,
  insertAdDecision,
  listAdDecisionsBetween,
  listLatestAdDecisions,
  setAdDecisionResponse,
} from '../../../src/db/queries/ad-decisions.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

function judged(shopId: string, adName: string, at: string, decision: 'SCALE' | 'KEEP' | 'KILL' = 'KILL') {
  return insertAdDecision(db, {
    shopId,
    adName,
    channel: 'facebook',
    daysRunning: 4,
    spend: 1_000_000,
    leads: 0,
    orders: 0,
    revenue: 0,
    decision,
    reasons: [{ code: 'kill-no-order', params: { spend: 1_000_000, multiplier: 3, cpa: 300_000 } }],
    createdAt: new Date(at),
  });
}

describe('ad decision queries', () => {
  it('stores a judgement with its JSONB and reads it back only from its own shop', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const row = await insertAdDecision(db, {
      shopId: mai.shop.id,
      adName: 'Áo thun',
      channel: 'tiktok',
      daysRunning: 5,
      spend: 2_000_000,
      leads: 100,
      orders: 20,
      revenue: 10_000_000,
      impressions: 50_000,
      clicks: 900,
      decision: 'SCALE',
      reasons: [{ code: 'scale-orders', params: { orders: 20, minOrders: 3 } }],
      earlyKillSignals: [{ code: 'cpm-spike', value: 40_000, threshold: 30_000 }],
      suggestedBudgetChangeRatio: 0.2,
      basis: {
        recordedDays: 14,
        aov: 500_000,
        cvr: 0.2,
        margin: 0.6,
        breakEvenCpa: 300_000,
        breakEvenCpl: 60_000,
        breakEvenRoas: 1.6667,
        scaleRoas: 2.1667,
        sources: { cpa: 'derived' },
      },
      createdAt: new Date('2026-11-24T13:00:00Z'),
    });
    expect(await getAdDecision(db, mai.shop.id, row.id)).toMatchObject({
      channel: 'tiktok',
      spend: 2_000_000,
      impressions: 50_000,
      suggestedBudgetChangeRatio: 0.2,
      earlyKillSignals: [{ code: 'cpm-spike', value: 40_000, threshold: 30_000 }],
      basis: { breakEvenCpa: 300_000, sources: { cpa: 'derived' } },
      ownerResponse: null,
    });
    expect(await getAdDecision(db, lan.shop.id, row.id)).toBeNull();
  });

  it('lists the latest judgement per ad (any case of its name), newest first, and finds the previous one', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await judged(mai.shop.id, 'Váy đỏ', '2026-11-20T10:00:00Z', 'KEEP');
    const latestVay = await judged(mai.shop.id, 'váy đỏ', '2026-11-22T10:00:00Z');
    const quan = await judged(mai.shop.id, 'Quần', '2026-11-21T10:00:00Z', 'KEEP');
    await judged(lan.shop.id, 'Mũ', '2026-11-23T10:00:00Z');
    expect((await listLatestAdDecisions(db, mai.shop.id, 10)).map((r) => r.id)).toEqual([
      latestVay.id,
      quan.id,
    ]);
    expect((await listLatestAdDecisions(db, mai.shop.id, 1)).map((r) => r.id)).toEqual([latestVay.id]);
    expect((await getLatestAdDecision(db, mai.shop.id, 'VÁY ĐỎ'))?.id).toBe(latestVay.id);
    expect(await getLatestAdDecision(db, lan.shop.id, 'Váy đỏ')).toBeNull();
  });

  it('records an answer once, only on its own shop’s SCALE or KILL', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    const kill = await judged(mai.shop.id, 'Váy đỏ', '2026-11-22T10:00:00Z');
    const keep = await judged(mai.shop.id, 'Quần', '2026-11-22T10:00:00Z', 'KEEP');
    const at = new Date('2026-11-22T11:00:00Z');
    expect(await setAdDecisionResponse(db, lan.shop.id, kill.id, 'done', at)).toEqual({ status: 'missing' });
    expect(await setAdDecisionResponse(db, mai.shop.id, kill.id, 'later', at)).toMatchObject({
      status: 'updated',
      item: { ownerResponse: 'later', respondedAt: at },
    });
    expect(await setAdDecisionResponse(db, mai.shop.id, kill.id, 'done', new Date())).toMatchObject({
      status: 'unchanged',
      item: { ownerResponse: 'later', respondedAt: at },
    });
    expect(await setAdDecisionResponse(db, mai.shop.id, keep.id, 'done', at)).toMatchObject({
      status: 'unchanged',
      item: { ownerResponse: null },
    });
  });

  it('lists the shop’s judgements of a time range, oldest first, end excluded', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await judged(mai.shop.id, 'Before', '2026-11-15T16:59:59Z');
    const first = await judged(mai.shop.id, 'First', '2026-11-15T17:00:00Z');
    const last = await judged(mai.shop.id, 'Last', '2026-11-22T16:59:59Z');
    await judged(mai.shop.id, 'After', '2026-11-22T17:00:00Z');
    await judged(lan.shop.id, 'Other shop', '2026-11-18T10:00:00Z');
    const rows = await listAdDecisionsBetween(
      db,
      mai.shop.id,
      new Date('2026-11-15T17:00:00Z'),
      new Date('2026-11-22T17:00:00Z'),
    );
    expect(rows.map((r) => r.id)).toEqual([first.id, last.id]);
  });
});
