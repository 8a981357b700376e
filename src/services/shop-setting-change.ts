import type { Database } from '../db/client.js';
import { getShopSettings, updateShopSettings } from '../db/queries/shop-settings.js';
import type { ShopSettings } from '../db/schema/index.js';
import type { SettingValue } from '../domain/setting-value.js';
import type { SettingKey } from '../domain/settings-catalog.js';

export interface SettingChange {
  before: SettingValue | null;
  after: SettingValue | null;
  /** The shop's settings after the change. */
  settings: ShopSettings;
}

/**
 * Sets one setting of the shop (null = back to "not set" for a setting the bot otherwise derives) and
 * returns its value before and after; null when the shop has no settings (deleted meanwhile). A saved day
 * keeps the costs it was saved with: a change applies to the days saved from now on.
 */
export async function changeShopSetting(
  db: Database,
  shopId: string,
  key: SettingKey,
  value: SettingValue | null,
): Promise<SettingChange | null> {
  const current = await getShopSettings(db, shopId);
  if (!current) return null;
  const updated = await updateShopSettings(db, shopId, { [key]: value });
  if (!updated) return null;
  return { before: current[key], after: updated[key], settings: updated };
}

/** The shop's settings as the catalog names them (a key the settings lack fails to compile here). */
export function settingValues(
  settings: Pick<ShopSettings, SettingKey>,
): Record<SettingKey, SettingValue | null> {
  return settings;
}

/** A short stamp of the settings' last change, so a button can tell it was offered for these settings. */
export function settingsVersion(settings: Pick<ShopSettings, 'updatedAt'>): string {
  return settings.updatedAt.getTime().toString(36);
}
