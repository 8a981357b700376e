import { Composer } from 'grammy';
import { formatMoney } from '../../domain/format.js';
import { type GoalCommandError, parseGoalCommand } from '../../domain/goal-command.js';
import { MAX_MONEY_VND } from '../../domain/input-limits.js';
import { echoInput } from '../../domain/message-text.js';
import type { Renderer } from '../../i18n/translator.js';
import { loadGoalStatus, setGoalByCommand } from '../../services/monthly-goal.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { type ShopContext, shopToday, withShop } from '../filters/has-shop.js';
import { rendererOf } from '../renderer.js';
import { monthLabel, renderGoalChange, renderGoalStatus } from '../views/goal-status.js';

/** /goal shows this month against its goal; /goal 300tr 60tr or /goal 12/2026 300tr sets one. */
export const goalFeature = new Composer<BotContext>();

function goalErrorText(error: GoalCommandError, { locale, t }: Renderer): string {
  switch (error.code) {
    case 'bad-month':
      return t('goals-bad-month', { text: echoInput(error.text) });
    case 'past-month':
      return t('goals-past-month', { month: monthLabel(error.month) });
    case 'far-month':
      return t('goals-far-month', { month: monthLabel(error.month), last: monthLabel(error.last) });
    case 'too-large':
      return t('goals-too-large', { max: formatMoney(MAX_MONEY_VND, locale) });
    case 'bad-amount':
      return t('goals-bad-amount', { text: echoInput(error.text) });
    case 'ambiguous':
      return t('goals-ambiguous', { text: echoInput(error.text) });
    case 'zero-revenue':
      return t('goals-zero-revenue');
    case 'profit-above-revenue':
      return t('goals-profit-above-revenue');
  }
}

/** This month of the shop in use against its goal. */
export async function replyGoalStatus(ctx: ShopContext): Promise<void> {
  const { shop } = ctx.owner;
  const status = await loadGoalStatus(ctx.deps.db, shop.settings, shopToday(ctx));
  await ctx.reply(renderGoalStatus(status, shop.name, rendererOf(ctx)));
}

goalFeature.command(
  'goal',
  withShop(async (ctx) => {
    const renderer = rendererOf(ctx);
    const today = shopToday(ctx);
    const parsed = parseGoalCommand(commandArgument(ctx), today.slice(0, 7));
    if (!parsed.ok) return void (await ctx.reply(goalErrorText(parsed.error, renderer)));
    if (parsed.kind === 'show') return replyGoalStatus(ctx);
    const change = await setGoalByCommand(ctx.deps.db, ctx.owner.shop.id, parsed.goal);
    ctx.logger.info({ replaced: change.previous !== null }, 'monthly goal set');
    await ctx.reply(renderGoalChange(change, renderer));
    if (parsed.goal.month === today.slice(0, 7)) await replyGoalStatus(ctx);
  }),
);
