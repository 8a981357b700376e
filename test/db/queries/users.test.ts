import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createUser,
  findOrCreateUser,
  findUserByExternalId,
  setCurrentShop,
  setUserLanguage,
} from '../../../src/db/queries/users.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await getTestDatabase();
beforeEach(() => resetTestDatabase(db));
afterAll(closeTestDatabase);

describe('user queries', () => {
  it('finds a user by Telegram id, and nobody for an unknown id', async () => {
    const created = await createUser(db, { externalId: '900000001', displayName: 'Lan', language: 'en' });
    expect(await findUserByExternalId(db, '900000001')).toEqual(created);
    expect(created).toMatchObject({ displayName: 'Lan', language: 'en', currentShopId: null });
    expect(await findUserByExternalId(db, '900000002')).toBeNull();
  });

  it('refuses a second user with the same Telegram id', async () => {
    await createUser(db, { externalId: '42' });
    await expect(createUser(db, { externalId: '42' })).rejects.toThrow();
  });

  it('findOrCreateUser returns the same user when two updates race', async () => {
    const [a, b] = await Promise.all([
      findOrCreateUser(db, { externalId: '7', displayName: 'A' }),
      findOrCreateUser(db, { externalId: '7', displayName: 'B' }),
    ]);
    expect(a.id).toBe(b.id);
  });

  it('changes the language', async () => {
    const user = await createUser(db, { externalId: '1' });
    expect(await setUserLanguage(db, user.id, 'en')).toBe(true);
    expect((await findUserByExternalId(db, '1'))?.language).toBe('en');
  });

  it("switches to one of the user's own shops only", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });

    expect(await setCurrentShop(db, mai.user.id, lan.shop.id)).toBe(false);
    expect((await findUserByExternalId(db, mai.user.externalId))?.currentShopId).toBe(mai.shop.id);

    expect(await setCurrentShop(db, mai.user.id, mai.shop.id)).toBe(true);
  });
});
