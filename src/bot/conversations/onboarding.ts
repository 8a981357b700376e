import { type Context, InlineKeyboard } from 'grammy';
import { foldText } from '../../domain/fold-text.js';
import { formatPercent } from '../../domain/format.js';
import { localDate } from '../../domain/local-date.js';
import type { Locale } from '../../domain/locale.js';
import { readSetting, settingByKey } from '../../domain/settings-catalog.js';
import { onboardOwner } from '../../services/onboarding.js';
import { shopWithSameName } from '../../services/owner-shops.js';
import { cogsDefaultData, languageData } from '../callback-data/index.js';
import type { BotContext, BotDeps } from '../context.js';
import { type AnswerCheck, ask, type BotConversation, type Flow, say } from './conversation.js';
import { askShopName } from './shop-name.js';

export const ONBOARDING = 'onboarding';

export interface OnboardingArgs {
  /** An existing owner adding another shop: no welcome, no language question. */
  newShop?: boolean;
}

/** A new shop's COGS ratio, read within the catalog's bounds, its default the catalog's. */
const COGS = settingByKey('cogsRatio');
const DEFAULT_COGS_RATIO = COGS.default as number;

const LANGUAGE_WORDS: Record<string, Locale> = {
  vi: 'vi',
  'tieng viet': 'vi',
  vietnamese: 'vi',
  en: 'en',
  english: 'en',
  'tieng anh': 'en',
};

export function languageKeyboard(): InlineKeyboard {
  return new InlineKeyboard()
    .text('🇻🇳 Tiếng Việt', languageData.encode({ locale: 'vi' }))
    .text('🇬🇧 English', languageData.encode({ locale: 'en' }));
}

/** /start for a newcomer (and "Add a shop"): name, language, COGS ratio; one transaction at the end. */
export function createOnboardingConversation(deps: BotDeps) {
  return async function onboarding(conversation: BotConversation, ctx: Context, args?: OnboardingArgs) {
    const flow: Flow = { conversation, deps };
    const who = await conversation.external((octx) => ({
      externalId: String(octx.from?.id),
      displayName: [octx.from?.first_name, octx.from?.last_name].filter(Boolean).join(' '),
      locale: octx.locale,
    }));
    let locale = who.locale;
    let t = deps.translator.forLocale(locale);
    const giveUpKey = 'onboarding-too-many-attempts';
    if (!args?.newShop) await say(flow, ctx, t('onboarding-welcome'));

    const today = localDate(
      new Date(await conversation.external(() => deps.now().getTime())),
      deps.defaultTimeZone,
    );
    const nameQuestion = t(args?.newShop ? 'onboarding-ask-new-shop-name' : 'onboarding-ask-name');
    const named = await askShopName(flow, ctx, {
      question: nameQuestion,
      today,
      t,
      giveUpKey,
      // Checked again when the shop is created: this tells at once.
      take: async (octx, name) => {
        const ownerId = octx.owner?.user.id;
        const same = ownerId && (await shopWithSameName(octx.deps.db, ownerId, name));
        return same ? { taken: same.name } : name;
      },
    });
    if (!named) return;
    let shopName = named.name;

    let language: Locale | undefined;
    if (!args?.newShop) {
      language = await ask(flow, ctx, {
        question: t('onboarding-ask-language'),
        keyboard: languageKeyboard(),
        buttonPrefix: languageData.prefix,
        t,
        giveUpKey,
        check: ({ text, data }): AnswerCheck<Locale> => {
          const picked =
            data !== undefined
              ? languageData.parse(data)?.locale
              : LANGUAGE_WORDS[foldText(text ?? '').trim()];
          return picked ? { ok: true, value: picked } : { ok: false, error: t('onboarding-pick-language') };
        },
      });
      if (language === undefined) return;
      locale = language;
      t = deps.translator.forLocale(locale);
    }

    const shownDefault = formatPercent(DEFAULT_COGS_RATIO, locale, 0);
    const badCogs = t('onboarding-bad-cogs', { max: formatPercent(COGS.bounds?.max ?? 1, locale, 0) });
    const cogsRatio = await ask(flow, ctx, {
      question: t('onboarding-ask-cogs', { default: shownDefault }),
      keyboard: new InlineKeyboard().text(
        t('onboarding-cogs-default-button', { default: shownDefault }),
        cogsDefaultData.encode({ choice: 'default' }),
      ),
      buttonPrefix: cogsDefaultData.prefix,
      t,
      giveUpKey,
      check: ({ text, data }): AnswerCheck<number> => {
        if (data !== undefined) {
          return cogsDefaultData.parse(data)
            ? { ok: true, value: DEFAULT_COGS_RATIO }
            : { ok: false, error: badCogs };
        }
        const parsed = readSetting(COGS, text ?? '');
        return parsed.ok ? { ok: true, value: parsed.value as number } : { ok: false, error: badCogs };
      },
    });
    if (cogsRatio === undefined) return;

    const create = (octx: BotContext, name: string) =>
      onboardOwner(octx.deps.db, {
        externalId: who.externalId,
        displayName: who.displayName,
        ...(language && { language }),
        shopName: name,
        cogsRatio,
        timeZone: deps.defaultTimeZone,
      });
    const created = await conversation.external((octx) => create(octx, shopName));
    if ('taken' in created) {
      // Another shop got this name while the flow was asking the rest: only the name is asked again.
      const renamed = await askShopName(flow, ctx, {
        question: nameQuestion,
        refused: { name: shopName, taken: created.taken },
        today,
        t,
        giveUpKey,
        take: create,
      });
      if (!renamed) return;
      shopName = renamed.name;
    }
    await say(
      flow,
      ctx,
      t('onboarding-done', {
        shop: shopName,
        cogs: formatPercent(cogsRatio, locale, (cogsRatio * 100) % 1 === 0 ? 0 : 2),
      }),
    );
  };
}
