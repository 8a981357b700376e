import { formatMoney } from '../../domain/format.js';
import { echoInput } from '../../domain/message-text.js';
import { clockOfMinutes, type SettingValue, type SettingValueError } from '../../domain/setting-value.js';
import { type SettingSpec, settingDefault } from '../../domain/settings-catalog.js';
import type { Renderer } from '../../i18n/translator.js';
import type { SettingChange } from '../../services/shop-setting-change.js';
import { formatSettingValue } from './settings.js';

/** The example of a value typed for the setting, with its unit when it is an amount: `30k/đơn`, `14tr/tháng`. */
function exampleOf(spec: SettingSpec, t: Renderer['t']): string {
  if (spec.kind === 'money' && spec.unit) return t(`settings-example-money-${spec.unit}`);
  return t(`settings-example-${spec.kind}`);
}

/** "Giá vốn (% doanh thu): hiện 40 %, mặc định 40 %. Gửi giá trị mới, ví dụ 35 %." */
export function settingQuestion(
  spec: SettingSpec,
  current: SettingValue | null,
  shopId: string,
  { locale, t }: Renderer,
): string {
  return t('settings-ask', {
    setting: t(spec.label),
    current: formatSettingValue(spec, current, { locale, t }),
    default: formatSettingValue(spec, settingDefault(spec, shopId), { locale, t }),
    example: exampleOf(spec, t),
  });
}

/** Why a typed value was refused, with the unit and the range allowed. */
export function settingValueError(
  spec: SettingSpec,
  error: SettingValueError,
  text: string,
  { locale, t }: Renderer,
): string {
  const shown = echoInput(text);
  if (error === 'wrong-unit' && spec.unit) {
    return t('settings-wrong-unit', {
      text: shown,
      setting: t(spec.label),
      unit: t(`settings-unit-${spec.unit}`),
      example: exampleOf(spec, t),
    });
  }
  if (error === 'out-of-range' && spec.bounds) {
    const { min, max } = spec.bounds;
    const format = (n: number | undefined) =>
      n === undefined
        ? ''
        : spec.kind === 'clock'
          ? clockOfMinutes(n)
          : formatSettingValue(spec, n, { locale, t });
    return t('settings-out-of-range', {
      text: shown,
      setting: t(spec.label),
      min: format(min ?? 0),
      max: format(max),
    });
  }
  return t('settings-bad-value', {
    text: shown,
    setting: t(spec.label),
    example: exampleOf(spec, t),
  });
}

/**
 * "✅ Giá vốn: 40 % → 35 %." and, for a cost, that saved days keep their numbers; a monthly amount says how
 * a day counts it, and that an amount typed without its unit was read in it (`unitNamed` false). A value
 * that was already the setting's says so ("đã là 25.000 ₫/đơn"): `unchanged`.
 */
export function settingChangedText(
  spec: SettingSpec,
  change: SettingChange,
  { locale, t }: Renderer,
  unitNamed = true,
): string {
  const after = formatSettingValue(spec, change.after, { locale, t });
  if (change.before === change.after)
    return t('settings-unchanged', { setting: t(spec.label), value: after });
  const lines = [
    t('settings-changed', {
      setting: t(spec.label),
      before: formatSettingValue(spec, change.before, { locale, t }),
      after,
    }),
  ];
  if (!unitNamed && spec.unit === 'month')
    lines.push(t('settings-unit-read-as', { unit: t(`settings-unit-${spec.unit}`) }));
  if (spec.unit === 'month' && typeof change.after === 'number' && change.after > 0) {
    lines.push(
      t('settings-fixed-split', {
        day30: formatMoney(Math.round(change.after / 30), locale),
        day31: formatMoney(Math.round(change.after / 31), locale),
      }),
    );
  }
  if (spec.group === 'costs') lines.push(t('settings-costs-note'));
  return lines.join('\n');
}
