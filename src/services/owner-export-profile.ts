import type { ShopWithSettings } from '../db/queries/shops.js';
import type { User } from '../db/schema/index.js';
import type { CsvCell } from '../domain/csv.js';
import { localDate } from '../domain/local-date.js';
import type { SettingValue } from '../domain/setting-value.js';
import { SETTINGS, type SettingSpec } from '../domain/settings-catalog.js';
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

/**
 * Every shop's settings side by side: one column per shop (headed by its name), one row per setting as
 * /settings names it, with its group and its unit (`Phí ship (₫/đơn)`, `Giá vốn (%)`), after the shop's
 * currency and creation day. Percentages are written as percent, switches as on/off, a setting not set
 * as such, amounts in whole đồng.
 */
export function settingsRows(shops: readonly ShopWithSettings[], t: Translate): CsvCell[][] {
  const shopGroup = t('settings-group-shop');
  const settingRows = SETTINGS.map((spec) => {
    const { group } = spec;
    return [
      t(`settings-group-${group}`),
      settingName(spec, t),
      ...shops.map((shop) => settingCell(spec, shop.settings[spec.key], t)),
    ];
  });
  return [
    [t('data-export-header-group'), t('data-export-header-setting'), ...shops.map((shop) => shop.name)],
    [shopGroup, t('data-export-setting-currency'), ...shops.map((shop) => shop.currency)],
    [
      shopGroup,
      t('data-export-setting-created'),
      ...shops.map((shop) => localDate(shop.createdAt, shop.settings.timeZone)),
    ],
    ...settingRows,
  ];
}

/** What a setting's figures are in, for its name: a percent, đồng (per order, per month…), days… */
function settingUnit(spec: SettingSpec): string | null {
  if (spec.kind === 'percent') return 'percent';
  if (spec.kind === 'money') return spec.unit ? `money-${spec.unit}` : 'money';
  if (spec.kind === 'count') return spec.unit ?? null;
  return null;
}

function settingName(spec: SettingSpec, t: Translate): string {
  const unit = settingUnit(spec);
  const name = t(spec.label);
  return unit
    ? t('data-export-setting-with-unit', { name, unit: t('data-export-setting-unit', { unit }) })
    : name;
}

function settingCell(spec: SettingSpec, value: SettingValue | null, t: Translate): CsvCell {
  if (value === null) return t('data-export-setting-not-set');
  switch (spec.kind) {
    case 'switch':
      return t(value ? 'settings-on' : 'settings-off');
    case 'percent':
      // A fraction stored (0,4) is written as the percent the owner typed (40), to the hundredth.
      return Math.round((value as number) * 10_000) / 100;
    case 'weekday':
      return t('remind-weekday', { day: value as number });
    default:
      return typeof value === 'boolean' ? String(value) : value;
  }
}
