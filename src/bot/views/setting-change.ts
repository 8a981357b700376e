import { echoInput } from '../../domain/message-text.js';
import { clockOfMinutes, type SettingValue, type SettingValueError } from '../../domain/setting-value.js';
import { type SettingSpec, settingDefault } from '../../domain/settings-catalog.js';
import type { Renderer } from '../../i18n/translator.js';
import type { SettingChange } from '../../services/shop-setting-change.js';
import { formatSettingValue } from './settings.js';

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
    example: t(`settings-example-${spec.kind}`),
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
    example: t(`settings-example-${spec.kind}`),
  });
}

/** "✅ Giá vốn: 40 % → 35 %." and, for a cost, that saved days keep their numbers. */
export function settingChangedText(
  spec: SettingSpec,
  change: SettingChange,
  { locale, t }: Renderer,
): string {
  const line = t('settings-changed', {
    setting: t(spec.label),
    before: formatSettingValue(spec, change.before, { locale, t }),
    after: formatSettingValue(spec, change.after, { locale, t }),
  });
  return spec.group === 'costs' ? `${line}\n${t('settings-costs-note')}` : line;
}
