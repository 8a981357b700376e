import type { Database } from '../db/client.js';
import { getShopSettings, type ShopSettingsPatch, updateShopSettings } from '../db/queries/shop-settings.js';
import type { ShopSettings } from '../db/schema/index.js';
import type { SettingValue } from '../domain/setting-value.js';
import type { SettingKey } from '../domain/settings-catalog.js';

export type { ShopSettings };

/** New values of some settings, by the catalog's keys (null = back to "not set"). */
export type SettingsPatch = Partial<Record<SettingKey, SettingValue | null>>;

export interface SettingChange {
  before: SettingValue | null;
  after: SettingValue | null;
  /** The shop's settings after the change. */
  settings: ShopSettings;
}

/** The shop's settings; null when it has none (deleted meanwhile). */
export async function shopSettingsOf(db: Database, shopId: string): Promise<ShopSettings | null> {
  return getShopSettings(db, shopId);
}

/**
 * Sets some settings of the shop, each value read through the catalog by the caller, and returns the
 * settings before and after; null when the shop has no settings (deleted meanwhile). A saved day keeps
 * the costs it was saved with: a change applies to the days saved from now on.
 */
export async function changeShopSettings(
  db: Database,
  shopId: string,
  patch: SettingsPatch,
): Promise<{ before: ShopSettings; settings: ShopSettings } | null> {
  const before = await getShopSettings(db, shopId);
  if (!before) return null;
  const settings = await updateShopSettings(db, shopId, patch as ShopSettingsPatch);
  return settings && { before, settings };
}

/** Sets one setting of the shop (see changeShopSettings) and returns its value before and after. */
export async function changeShopSetting(
  db: Database,
  shopId: string,
  key: SettingKey,
  value: SettingValue | null,
): Promise<SettingChange | null> {
  const change = await changeShopSettings(db, shopId, { [key]: value });
  return change && { before: change.before[key], after: change.settings[key], settings: change.settings };
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
