import type { Context } from 'grammy';
import type { SettingValue } from '../../domain/setting-value.js';
import { namesUnit, readSetting, settingByCode, settingDefault } from '../../domain/settings-catalog.js';
import { changeShopSetting, shopSettingsOf } from '../../services/shop-setting-change.js';
import { settingDefaultData } from '../callback-data/index.js';
import type { BotDeps } from '../context.js';
import { settingDefaultKeyboard } from '../keyboards/settings.js';
import { settingChangedText, settingQuestion, settingValueError } from '../views/setting-change.js';
import { type AnswerCheck, ask, type BotConversation, type Flow, flowOwner, say } from './conversation.js';

export const SETTING_EDIT = 'setting-edit';

export interface SettingEditArgs {
  shopId: string;
  code: string;
}

/** A setting's button on /settings: asks the new value (its unit and default shown), three tries, then saves. */
export function createSettingEditConversation(deps: BotDeps) {
  return async function settingEdit(conversation: BotConversation, ctx: Context, args: SettingEditArgs) {
    const flow: Flow = { conversation, deps };
    const owner = await flowOwner(conversation);
    const spec = settingByCode(args.code);
    if (!owner?.shop || owner.shop.id !== args.shopId || !spec) return;
    const t = deps.translator.forLocale(owner.locale);
    const current = await conversation.external(async (octx) => {
      const settings = await shopSettingsOf(octx.deps.db, args.shopId);
      return settings ? (settings[spec.key] as SettingValue | null) : undefined;
    });
    if (current === undefined) return;
    // Whether the answer named its unit (`14tr/tháng`) or left it to the setting's (`14tr`).
    let unitNamed = true;
    const value = await ask(flow, ctx, {
      question: settingQuestion(spec, current, args.shopId, { locale: owner.locale, t }),
      keyboard: settingDefaultKeyboard(spec, args.shopId, { locale: owner.locale, t }),
      buttonPrefix: settingDefaultData.prefix,
      t,
      check: ({ text, data }): AnswerCheck<SettingValue | null> => {
        if (data !== undefined) {
          unitNamed = true;
          return settingDefaultData.parse(data)?.code === spec.code
            ? { ok: true, value: settingDefault(spec, args.shopId) }
            : { ok: false, error: t('common-stale-button') };
        }
        const parsed = readSetting(spec, text ?? '');
        unitNamed = namesUnit(spec, text ?? '');
        return parsed.ok
          ? parsed
          : {
              ok: false,
              error: settingValueError(spec, parsed.error, text ?? '', { locale: owner.locale, t }),
            };
      },
    });
    if (value === undefined) return;
    const change = await conversation.external((octx) =>
      changeShopSetting(octx.deps.db, args.shopId, spec.key, value),
    );
    const text = change
      ? settingChangedText(spec, change, { locale: owner.locale, t }, unitNamed)
      : t('common-stale-button');
    // Committed with the change and sent after it (a sweep sends it if Telegram cannot take it now).
    await say(flow, ctx, text);
  };
}
