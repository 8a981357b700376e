import { InlineKeyboard } from 'grammy';
import { type SettingSpec, settingDefault } from '../../domain/settings-catalog.js';
import type { Renderer } from '../../i18n/translator.js';
import { settingDefaultData } from '../callback-data/index.js';
import { formatSettingValue } from '../views/settings.js';

/** "Back to default (40 %)" under the question asking a setting's new value. */
export function settingDefaultKeyboard(
  spec: SettingSpec,
  shopId: string,
  { locale, t }: Renderer,
): InlineKeyboard {
  return new InlineKeyboard().text(
    t('settings-reset-button', {
      value: formatSettingValue(spec, settingDefault(spec, shopId), { locale, t }),
    }),
    settingDefaultData.encode({ code: spec.code }),
  );
}
