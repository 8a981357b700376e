import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { shownDailyShare } from '../../domain/fixed-cost-share.js';
import { formatCount, formatMoney, formatPercent, formatRatio } from '../../domain/format.js';
import type { SettingValue } from '../../domain/setting-value.js';
import {
  SETTING_GROUPS,
  SETTINGS,
  type SettingGroup,
  type SettingSpec,
  settingDefault,
} from '../../domain/settings-catalog.js';
import type { Renderer, Translate } from '../../i18n/translator.js';
import { settingEditData, settingsGroupData, settingsMenuData, shopData } from '../callback-data/index.js';
import { languageKeyboard } from '../conversations/onboarding.js';

/**
 * An amount with its unit: `25.000 ₫/đơn`; a monthly one with its share of a day of a 30-day month, rounded
 * to the thousand (`≈` when that is not exact): `14.000.000 ₫/tháng (≈ 467.000 ₫/ngày)`.
 */
function formatAmount(spec: SettingSpec, amount: number, { locale, t }: Renderer): string {
  const money = formatMoney(amount, locale);
  if (!spec.unit) return money;
  if (spec.unit !== 'month' || amount === 0) return t(`settings-money-per-${spec.unit}`, { money });
  const { perDay, exact } = shownDailyShare(amount);
  return t('settings-money-per-month-day', {
    money,
    perDay: formatMoney(perDay, locale),
    approx: exact ? 'no' : 'yes',
  });
}

/** A setting's value as the owner reads it, with its unit: `35 %`, `30.000 ₫/đơn`, `1,30`, `6 ngày`, `bật`. */
export function formatSettingValue(
  spec: SettingSpec,
  value: SettingValue | null,
  { locale, t }: Renderer,
): string {
  if (value === null) return t(`settings-unset-${spec.code}`);
  switch (spec.kind) {
    case 'percent': {
      const fraction = value as number;
      return formatPercent(fraction, locale, Number.isInteger(Math.round(fraction * 10_000) / 100) ? 0 : 2);
    }
    case 'money':
      return formatAmount(spec, value as number, { locale, t });
    case 'factor':
      return spec.unit === 'times'
        ? t('settings-factor-times', { factor: formatRatio(value as number, locale) })
        : formatRatio(value as number, locale);
    case 'count':
      return spec.unit
        ? t(`settings-count-${spec.unit}`, {
            n: value as number,
            count: formatCount(value as number, locale),
          })
        : formatCount(value as number, locale);
    case 'weekday':
      return t('remind-weekday', { day: value as number });
    case 'switch':
      return t(value ? 'settings-on' : 'settings-off');
    default:
      return String(value);
  }
}

/** One line per setting: label, current value, and the default when it differs. */
export function settingLine(
  spec: SettingSpec,
  value: SettingValue | null,
  shopId: string,
  { locale, t }: Renderer,
): string {
  const shown = formatSettingValue(spec, value, { locale, t });
  const line = `• ${t(spec.label)}: ${shown}`;
  const byDefault = settingDefault(spec, shopId);
  if (value === byDefault) return `${line} ${t('settings-is-default')}`;
  return `${line} ${t('settings-default-note', { value: formatSettingValue(spec, byDefault, { locale, t }) })}`;
}

/** Buttons two to a row. */
function pairs<T>(buttons: T[]): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

export type SettingValues = Record<SettingSpec['key'], SettingValue | null>;

/** The /settings menu: one button per group. */
export function settingsMenu(shop: { id: string; name: string }, t: Translate) {
  const buttons = SETTING_GROUPS.map((group) =>
    InlineKeyboard.text(t(`settings-group-${group}`), settingsGroupData.encode({ shopId: shop.id, group })),
  );
  return { text: t('settings-menu', { shop: shop.name }), keyboard: InlineKeyboard.from(pairs(buttons)) };
}

/** A group: every setting with its value and unit, a button to change each, and Back. */
export function settingsGroup(
  group: SettingGroup,
  shop: { id: string; name: string },
  values: SettingValues,
  { locale, t }: Renderer,
) {
  const specs = SETTINGS.filter((s) => s.group === group);
  const lines = specs.map((s) => settingLine(s, values[s.key], shop.id, { locale, t }));
  const rows: InlineKeyboardButton[][] = pairs(
    specs.map((s) =>
      InlineKeyboard.text(t(s.label), settingEditData.encode({ shopId: shop.id, code: s.code })),
    ),
  );
  if (group === 'shop') {
    lines.unshift(
      `• ${t('settings-shop-name')}: ${shop.name}`,
      `• ${t('settings-language')}: ${t('settings-language-name')}`,
    );
    rows.push([
      InlineKeyboard.text(t('shop-rename-button'), shopData.encode({ action: 'ren', shopId: shop.id })),
    ]);
    rows.push(...languageKeyboard().inline_keyboard);
  }
  rows.push([InlineKeyboard.text(t('settings-back'), settingsMenuData.encode({ shopId: shop.id, group }))]);
  const footer = group === 'costs' ? `\n\n${t('settings-costs-note')}` : '';
  const title = t('settings-group-title', { group: t(`settings-group-${group}`), shop: shop.name });
  return {
    text: `${title}\n${lines.join('\n')}${footer}\n\n${t('settings-group-hint')}`,
    keyboard: InlineKeyboard.from(rows),
  };
}
