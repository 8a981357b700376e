import type { Database } from '../db/client.js';
import { setUserLanguage } from '../db/queries/users.js';
import type { Locale } from '../domain/locale.js';

/** Stores the language the owner picked; false when there is no such user. */
export async function setOwnerLanguage(db: Database, ownerId: string, locale: Locale): Promise<boolean> {
  return setUserLanguage(db, ownerId, locale);
}
