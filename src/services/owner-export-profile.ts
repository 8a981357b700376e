import { getTableColumns } from 'drizzle-orm';
import type { ShopWithSettings } from '../db/queries/shops.js';
import { type ShopSettings, shopSettings, type User } from '../db/schema/index.js';
import type { CsvCell } from '../domain/csv.js';
import { localDate } from '../domain/local-date.js';
import type { Translate } from '../i18n/translator.js';

/** The account as rows of field and value: Telegram id, name, email, language, the day it was created. */
export function accountRows(user: User, timeZone: string, t: Translate): CsvCell[][] {
  return [
    [t('data-export-header-field'), t('data-export-header-value')],
    [t('data-export-field-telegram-id'), user.externalId],
    [t('data-export-field-name'), user.displayName],
    [t('data-export-field-email'), user.email],
    [t('data-export-field-language'), user.language],
    [t('data-export-field-joined'), localDate(user.createdAt, timeZone)],
  ];
}

const NOT_SETTINGS = new Set(['id', 'shopId', 'createdAt', 'updatedAt']);

/**
 * Every shop's settings side by side: one column per shop (headed by its name), one row per setting under
 * its stored name (`cogs_ratio`, `reminder_time`…), after the shop's currency and creation day.
 */
export function settingsRows(shops: readonly ShopWithSettings[], t: Translate): CsvCell[][] {
  const settingRows = Object.entries(getTableColumns(shopSettings))
    .filter(([key]) => !NOT_SETTINGS.has(key))
    .map(([key, column]) => [
      column.name,
      ...shops.map((shop) => settingCell(shop.settings[key as keyof ShopSettings])),
    ]);
  return [
    [t('data-export-header-setting'), ...shops.map((shop) => shop.name)],
    ['currency', ...shops.map((shop) => shop.currency)],
    ['created_at', ...shops.map((shop) => localDate(shop.createdAt, shop.settings.timeZone))],
    ...settingRows,
  ];
}

function settingCell(value: ShopSettings[keyof ShopSettings]): CsvCell {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.toISOString();
}
