import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertAdDecision, listAdDecisions } from '../../../src/db/queries/ad-decisions.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

const verdict = {
  adName: 'Bó hồng 20/11',
  daysRunning: 4,
  spend: 1_200_000,
  leads: 40,
  orders: 9,
  revenue: 4_500_000,
  impressions: 52_000,
  clicks: 830,
  decision: 'SCALE' as const,
  reasons: [{ code: 'roas-above-scale', params: { roas: 3.75, threshold: 2.17 } }],
  earlyKillSignals: [],
  suggestedBudgetChangeRatio: 0.2,
};

describe('ad decision queries', () => {
  it("keeps each ad's history, newest first, per shop", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan' });
    await insertAdDecision(db, mai.shop.id, verdict);
    const later = await insertAdDecision(db, mai.shop.id, {
      ...verdict,
      daysRunning: 6,
      decision: 'KILL',
      earlyKillSignals: [{ code: 'ctr-below-min', value: 0.004, threshold: 0.01 }],
      suggestedBudgetChangeRatio: null,
    });
    await insertAdDecision(db, mai.shop.id, { ...verdict, adName: 'Other ad' });
    await insertAdDecision(db, lan.shop.id, verdict);

    const history = await listAdDecisions(db, mai.shop.id, { adName: verdict.adName });
    expect(history.map((d) => d.decision)).toEqual(['KILL', 'SCALE']);
    expect(history[0]).toEqual(later);
    expect(history[1]).toMatchObject({
      suggestedBudgetChangeRatio: 0.2,
      impressions: 52_000,
      reasons: verdict.reasons,
    });
    expect(await listAdDecisions(db, mai.shop.id)).toHaveLength(3);
  });
});
