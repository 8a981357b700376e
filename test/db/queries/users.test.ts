import { describe, expect, it } from 'vitest';
import { loadOwnerByExternalId } from '../../../src/db/queries/owners.js';
import {
  createUser,
  findOrCreateUser,
  getUserById,
  setCurrentShop,
  setUserLanguage,
} from '../../../src/db/queries/users.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('user queries', () => {
  it('creates a user without a shop', async () => {
    const created = await createUser(db, { externalId: '900000001', displayName: 'Lan', language: 'en' });
    expect(created).toMatchObject({ displayName: 'Lan', language: 'en', currentShopId: null });
    expect(await getUserById(db, created.id)).toEqual(created);
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
    expect((await loadOwnerByExternalId(db, '7'))?.user.id).toBe(a.id);
  });

  it('changes the language', async () => {
    const user = await createUser(db, { externalId: '1' });
    expect(await setUserLanguage(db, user.id, 'en')).toBe(true);
    expect((await getUserById(db, user.id))?.language).toBe('en');
  });

  it("switches to one of the user's own shops only", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });

    expect(await setCurrentShop(db, mai.user.id, lan.shop.id)).toBe(false);
    expect((await loadOwnerByExternalId(db, mai.user.externalId))?.shop?.id).toBe(mai.shop.id);

    expect(await setCurrentShop(db, mai.user.id, mai.shop.id)).toBe(true);
  });
});
