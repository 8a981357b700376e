import { createConversation } from '@grammyjs/conversations';
import { Bot, type BotConfig, type BotError, GrammyError, HttpError } from 'grammy';
import { BOT_RETRY_POLICY, retryWithinBudget } from '../api-retry.js';
import { isCutOff, SendsCutOffError } from '../cut-off.js';
import type { BotContext, BotDeps } from './context.js';
import { AD_JUDGEMENT, createAdJudgementConversation } from './conversations/ad-judgement.js';
import { createDailyEntryConversation, DAILY_ENTRY } from './conversations/daily-entry.js';
import { noteStatementFailures } from './conversations/note-failures.js';
import { createOnboardingConversation, ONBOARDING } from './conversations/onboarding.js';
import { createPickDayConversation, PICK_DAY } from './conversations/pick-day.js';
import { createPickProductsConversation, PICK_PRODUCTS } from './conversations/pick-products.js';
import { markInstanceStart } from './conversations/process-run.js';
import { createProductsConversation, PRODUCTS } from './conversations/products.js';
import { createSettingEditConversation, SETTING_EDIT } from './conversations/setting-edit.js';
import { createShopRenameConversation, SHOP_RENAME } from './conversations/shop-rename.js';
import { flowConversations } from './conversations/storage.js';
import { adsFeature } from './features/ads.js';
import { cancelFeature } from './features/cancel.js';
import { chartFeature } from './features/chart.js';
import { costReapplyFeature } from './features/cost-reapply.js';
import { dailyEntryFeature } from './features/daily-entry.js';
import { dayCloseFeature } from './features/day-close.js';
import { dayDeleteFeature } from './features/day-delete.js';
import { deleteMyDataFeature } from './features/delete-my-data.js';
import { entryFixFeature } from './features/entry-fix.js';
import { entryProductsFeature } from './features/entry-products.js';
import { exportFeature } from './features/export.js';
import { fallbackFeature, freeTextFeature } from './features/fallback.js';
import { goalFeature } from './features/goal.js';
import { helpFeature } from './features/help.js';
import { languageFeature } from './features/language.js';
import { productsFeature } from './features/products.js';
import { quickEntryFeature } from './features/quick-entry.js';
import { remindersFeature } from './features/reminders.js';
import { settingsFeature } from './features/settings.js';
import { shopsFeature } from './features/shops.js';
import { simulateFeature } from './features/simulate.js';
import { startFeature } from './features/start.js';
import { weekFeature } from './features/week.js';
import { endFlowsOnCommand } from './middlewares/end-flows-on-command.js';
import { flowsEndedByFailure } from './middlewares/failed-update.js';
import { handleOnce } from './middlewares/handle-once.js';
import { ignoreInlineMessagePresses } from './middlewares/inline-message-presses.js';
import { loadOwner } from './middlewares/load-owner.js';
import { privateChatsOnly } from './middlewares/private-chats-only.js';
import { stripNul } from './middlewares/strip-nul.js';
import { attachDeps } from './middlewares/update-logger.js';
import { limitMessageLength } from './transformers/message-length.js';

export type { BotContext, BotDeps } from './context.js';

/** Builds the bot: middleware and features in one visible order, the catch-all last. */
export function createBot(token: string, given: BotDeps, config?: BotConfig<BotContext>): Bot<BotContext> {
  // One object per bot instance: the flows tell a restart by the instance their deps were marked with.
  const deps: BotDeps = { ...given };
  markInstanceStart(deps);
  const bot = new Bot<BotContext>(token, config);
  // Outgoing calls: retried on 429/5xx within a few seconds, and never over Telegram's length limits.
  bot.api.config.use(retryWithinBudget(BOT_RETRY_POLICY), limitMessageLength());
  // Every error ends here, whether updates come from polling, a webhook or a test.
  const app = bot.errorBoundary((error) => reportError(error, deps));

  // 0. No U+0000 in what the bot reads: PostgreSQL could not store it.
  app.use(stripNul());
  // 1. One update per chat at a time: in this instance the transport hands them over in turn (long polling
  //    and the webhook share src/server/chat-lanes.ts); across instances, handleOnce's per-chat lock.
  // 2. Dependencies and the per-update logger; then each update id once, in one transaction with its
  //    writes and what it says (sent once it committed); then who is writing, their shop, their language
  //    and their conversation state.
  app.use(attachDeps(deps));
  // A button pressed on an inline message (no chat) does nothing; before anything is read or stored.
  app.use(ignoreInlineMessagePresses());
  // Groups and channels stop here, before anything is read or stored for them (one notice per chat).
  app.use(privateChatsOnly());
  app.use(handleOnce());
  app.use(loadOwner());
  app.use(deps.translator.i18n.middleware());
  // 3. A command ends any open flow before it runs (saying which); /cancel before the conversations, so
  //    it reaches a user stuck in any flow.
  app.use(flowConversations());
  app.use(endFlowsOnCommand());
  app.use(cancelFeature);
  // 4. The flows. They call the Bot API with the update's Api inside `conversation.external` (callBotApi),
  //    so their calls too wait in the update's outbox, and a replay returns the recorded result.
  app.use(createConversation(noteStatementFailures(createOnboardingConversation(deps)), ONBOARDING));
  app.use(createConversation(noteStatementFailures(createDailyEntryConversation(deps)), DAILY_ENTRY));
  app.use(createConversation(noteStatementFailures(createPickDayConversation(deps)), PICK_DAY));
  app.use(createConversation(noteStatementFailures(createAdJudgementConversation(deps)), AD_JUDGEMENT));
  app.use(createConversation(noteStatementFailures(createShopRenameConversation(deps)), SHOP_RENAME));
  app.use(createConversation(noteStatementFailures(createSettingEditConversation(deps)), SETTING_EDIT));
  app.use(createConversation(noteStatementFailures(createProductsConversation(deps)), PRODUCTS));
  app.use(createConversation(noteStatementFailures(createPickProductsConversation(deps)), PICK_PRODUCTS));
  // 5. Commands and buttons.
  app.use(
    startFeature,
    helpFeature,
    languageFeature,
    shopsFeature,
    // An entry card's other buttons (×1.000 fix, products), the day delete, then the entry itself.
    entryFixFeature,
    dayDeleteFeature,
    entryProductsFeature,
    dailyEntryFeature,
    weekFeature,
    adsFeature,
    chartFeature,
    goalFeature,
    simulateFeature,
    exportFeature,
    remindersFeature,
    dayCloseFeature,
    settingsFeature,
    costReapplyFeature,
    deleteMyDataFeature,
    productsFeature,
  );
  // 6. A short question or thanks gets a short answer; any other text is a quick entry; whatever is left
  //    gets one line pointing at /help, or a stale-button notice.
  app.use(freeTextFeature);
  app.use(quickEntryFeature);
  app.use(fallbackFeature);

  return bot;
}

/** Logs a failed update and tells the user politely; never throws. */
async function reportError(error: BotError<BotContext>, deps: BotDeps): Promise<void> {
  const { ctx } = error;
  const log = ctx.logger ?? deps.logger;
  const cause = error.error;
  // Cut off by the shutdown: rolled back and not confirmed, so it is handled again; nothing to tell anyone.
  if (cause instanceof SendsCutOffError) {
    log.warn('update cut off by the shutdown after its commit; its answers wait in the outbox');
    return;
  }
  if (isCutOff(cause)) {
    log.warn({ err: cause }, 'update cut off by the shutdown; rolled back, it comes again');
    return;
  }
  if (cause instanceof GrammyError) log.error({ err: cause, method: cause.method }, 'Bot API call failed');
  else if (cause instanceof HttpError) log.error({ err: cause }, 'could not reach the Bot API');
  else log.error({ err: cause }, 'update failed');
  const t = deps.translator.forLocale(ctx.locale ?? deps.defaultLocale);
  // A flow the failure ended is named in the chat, with nothing saved; else the general line.
  const flows = flowsEndedByFailure(ctx);
  const text =
    flows.length > 0
      ? flows.map((flow) => t('flow-failed', { flow: t(flow) })).join('\n')
      : t('common-error');
  try {
    if (flows.length > 0 && ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    // A callback query can be answered only once: if it already was, say it in the chat.
    const answered =
      flows.length === 0 && ctx.callbackQuery
        ? await ctx.answerCallbackQuery({ text }).then(
            () => true,
            () => false,
          )
        : false;
    if (!answered && ctx.chat) await ctx.reply(text);
  } catch (replyError) {
    log.warn({ err: replyError }, 'could not tell the user about the error');
  }
}
