import { describe, expect, it } from 'vitest';
import { getShopSettings } from '../../../src/db/queries/shop-settings.js';
import {
  createShopWithSettings,
  getShopForOwner,
  listShopsForOwner,
  listShopsForScheduling,
} from '../../../src/db/queries/shops.js';
import { createUser, getUserById } from '../../../src/db/queries/users.js';
import { useTestDatabase } from '../../support/test-db.js';
import { createOwnerWithShop } from '../fixtures.js';

const db = await useTestDatabase();

describe('shop queries', () => {
  it('creates a shop with its settings and makes it the current shop', async () => {
    const user = await createUser(db, { externalId: '1' });
    const shop = await createShopWithSettings(db, {
      ownerId: user.id,
      name: 'Hoa Mai',
      cogsRatio: 0.35,
      timeZone: 'Asia/Bangkok',
    });

    expect(shop).toMatchObject({ ownerId: user.id, name: 'Hoa Mai', currency: 'VND' });
    expect(await getShopSettings(db, shop.id)).toMatchObject({ cogsRatio: 0.35, timeZone: 'Asia/Bangkok' });
    expect((await getUserById(db, user.id))?.currentShopId).toBe(shop.id);
  });

  it('creates nothing when one step fails', async () => {
    const user = await createUser(db, { externalId: '1' });
    await expect(
      createShopWithSettings(db, { ownerId: user.id, name: 'Bad', cogsRatio: 2 }),
    ).rejects.toThrow();
    expect(await listShopsForOwner(db, user.id)).toEqual([]);
    expect((await getUserById(db, user.id))?.currentShopId).toBeNull();
  });

  it("refuses another owner's shop", async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });

    expect(await getShopForOwner(db, mai.user.id, mai.shop.id)).toEqual(mai.shop);
    expect(await getShopForOwner(db, mai.user.id, lan.shop.id)).toBeNull();
    expect(await getShopForOwner(db, lan.user.id, lan.shop.id)).toEqual(lan.shop);
  });

  it('lists only the owner’s shops, oldest first', async () => {
    const { user, shop } = await createOwnerWithShop(db);
    const second = await createShopWithSettings(db, { ownerId: user.id, name: 'Second', cogsRatio: 0.4 });
    await createOwnerWithShop(db, { shopName: 'Someone else' });

    expect((await listShopsForOwner(db, user.id)).map((s) => s.id)).toEqual([shop.id, second.id]);
  });

  it('lists every shop for the scheduler with its owner', async () => {
    const mai = await createOwnerWithShop(db);
    const lan = await createOwnerWithShop(db, { shopName: 'Lan Fashion' });
    const scheduled = await listShopsForScheduling(db);
    expect(scheduled.map((s) => [s.shop.id, s.owner.externalId, s.settings.reminderTime])).toEqual([
      [mai.shop.id, mai.user.externalId, '21:00'],
      [lan.shop.id, lan.user.externalId, '21:00'],
    ]);
  });
});
