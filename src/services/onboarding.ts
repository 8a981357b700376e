import type { Database } from '../db/client.js';
import { createShopWithSettings } from '../db/queries/shops.js';
import { findOrCreateUser, setUserLanguage } from '../db/queries/users.js';
import type { Locale } from '../domain/locale.js';
import { shopWithSameName } from './owner-shops.js';

export interface OnboardingAnswers {
  externalId: string;
  displayName: string;
  /** Only for a first shop; adding a shop keeps the user's language. */
  language?: Locale;
  shopName: string;
  cogsRatio: number;
  timeZone: string;
}

/**
 * Creates (or finds) the user and a shop with its default settings in one transaction, and makes the new
 * shop the current one: a flow cancelled before this point has written nothing. When the user already has
 * a shop of that name (letter case and accents aside), nothing is written and `taken` names it.
 */
export async function onboardOwner(
  db: Database,
  answers: OnboardingAnswers,
): Promise<{ userId: string; shopId: string } | { taken: string }> {
  return db.transaction(async (tx) => {
    // Race-free: two first updates of one person at once find one user.
    const user = await findOrCreateUser(tx, {
      externalId: answers.externalId,
      displayName: answers.displayName,
      language: answers.language ?? 'vi',
    });
    const same = await shopWithSameName(tx, user.id, answers.shopName);
    if (same) return { taken: same.name };
    if (answers.language && user.language !== answers.language) {
      await setUserLanguage(tx, user.id, answers.language);
    }
    const shop = await createShopWithSettings(tx, {
      ownerId: user.id,
      name: answers.shopName,
      cogsRatio: answers.cogsRatio,
      timeZone: answers.timeZone,
    });
    return { userId: user.id, shopId: shop.id };
  });
}
