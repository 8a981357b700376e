import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { writeConversationState } from '../../../src/db/queries/conversation-states.js';
import { loadOwnerAndConversationStates, loadOwnerByExternalId } from '../../../src/db/queries/owners.js';
import { createShopWithSettings } from '../../../src/db/queries/shops.js';
import { createUser, setCurrentShop } from '../../../src/db/queries/users.js';
import { shops } from '../../../src/db/schema/index.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('loading an owner', () => {
  it('finds the user by Telegram id with the current shop and its settings, and nobody for an unknown id', async () => {
    const { user, shop } = await createOwnerWithShop(db, { cogsRatio: 0.35 });
    await createOwnerWithShop(db, { shopName: 'Someone else' });

    const owner = await loadOwnerByExternalId(db, user.externalId);
    expect(owner?.user).toMatchObject({ id: user.id, externalId: user.externalId, currentShopId: shop.id });
    expect(owner?.shop).toMatchObject({ ...shop, settings: { shopId: shop.id, cogsRatio: 0.35 } });
    expect(await loadOwnerByExternalId(db, '900000002')).toBeNull();
  });

  it('gives the current shop, falling back to the oldest one, or none before the first shop', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const second = await createShopWithSettings(db, { ownerId: user.id, name: 'Second', cogsRatio: 0.4 });
    expect((await loadOwnerByExternalId(db, user.externalId))?.shop?.id).toBe(second.id);

    await setCurrentShop(db, user.id, shop.id);
    expect((await loadOwnerByExternalId(db, user.externalId))?.shop?.id).toBe(shop.id);

    await db.delete(shops).where(eq(shops.id, shop.id));
    expect((await loadOwnerByExternalId(db, user.externalId))?.shop?.id).toBe(second.id);

    const newcomer = await createUser(db, { externalId: '2' });
    expect(await loadOwnerByExternalId(db, '2')).toEqual({ user: newcomer, shop: null });
  });

  it('reads the owner together with the conversation states of the keys asked for, with or without an owner', async () => {
    const { user } = await createOwnerWithShop(db, { cogsRatio: 0.35 });
    await createShopWithSettings(db, { ownerId: user.id, name: 'Second', cogsRatio: 0.4 });
    const state = {
      version: [0, 1],
      state: { dailyEntry: [{ args: [{ date: '2026-11-24' }] }], n: 8_500_000 },
    };
    await writeConversationState(db, 'chat:5:user:5', state);
    await writeConversationState(db, 'chat:5', { legacy: true });
    await writeConversationState(db, 'chat:6:user:6', { other: true });

    const both = await loadOwnerAndConversationStates(db, user.externalId, ['chat:5:user:5', 'chat:5']);
    expect(both.owner).toEqual(await loadOwnerByExternalId(db, user.externalId));
    expect(both.states).toHaveLength(2);
    expect(both.states).toEqual(
      expect.arrayContaining([
        { key: 'chat:5:user:5', state },
        { key: 'chat:5', state: { legacy: true } },
      ]),
    );

    expect(await loadOwnerAndConversationStates(db, '900000002', ['chat:6:user:6', 'chat:6'])).toEqual({
      owner: null,
      states: [{ key: 'chat:6:user:6', state: { other: true } }],
    });
    expect(await loadOwnerAndConversationStates(db, user.externalId, ['chat:7'])).toMatchObject({
      states: [],
    });
    expect(await loadOwnerAndConversationStates(db, '900000002', [])).toEqual({ owner: null, states: [] });
  });
});
