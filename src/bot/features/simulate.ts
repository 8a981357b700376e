import { Composer } from 'grammy';
import { formatMoney } from '../../domain/format.js';
import { MAX_MONEY_VND } from '../../domain/input-limits.js';
import { echoInput } from '../../domain/message-text.js';
import { parseMoney } from '../../domain/money.js';
import {
  listGrowthSimulations,
  runGrowthSimulation,
  simulationToGoal,
} from '../../services/growth-simulation.js';
import { simulationGoalData } from '../callback-data/simulation.js';
import { commandArgument } from '../command-argument.js';
import type { BotContext } from '../context.js';
import { type ShopContext, shopToday, withShop, withShopButton } from '../filters/has-shop.js';
import { simulationKeyboard, simulationListKeyboard } from '../keyboards/simulation.js';
import { monthLabel, renderGoalChange } from '../views/goal-status.js';
import { renderSimulation, renderSimulationGap, renderSimulationList } from '../views/simulation.js';

/** /simulate 300tr simulates a monthly revenue target; /simulate lists the last five; "Set as goal" buttons. */
export const simulateFeature = new Composer<BotContext>();

async function replyList(ctx: ShopContext): Promise<void> {
  const { shop } = ctx.owner;
  const t = ctx.t.bind(ctx);
  const rows = await listGrowthSimulations(ctx.deps.db, shop.id);
  const text = renderSimulationList(rows, shop.name, shop.settings.timeZone, { locale: ctx.locale, t });
  if (rows.length === 0) return void (await ctx.reply(text));
  await ctx.reply(text, {
    reply_markup: simulationListKeyboard(
      rows.map((r) => r.id),
      t,
    ),
  });
}

simulateFeature.command(
  'simulate',
  withShop(async (ctx) => {
    const { shop } = ctx.owner;
    const t = ctx.t.bind(ctx);
    const argument = commandArgument(ctx);
    if (argument === '') return replyList(ctx);
    const target = parseMoney(argument);
    if (!target.ok && target.error === 'too-large')
      return void (await ctx.reply(
        t('sim-target-too-large', { max: formatMoney(MAX_MONEY_VND, ctx.locale) }),
      ));
    if (!target.ok) return void (await ctx.reply(t('sim-bad-amount', { text: echoInput(argument) })));
    if (target.value === 0) return void (await ctx.reply(t('sim-zero')));
    const outcome = await runGrowthSimulation(
      ctx.deps.db,
      shop.settings,
      target.value,
      shopToday(ctx),
      ctx.deps.now(),
    );
    if (!outcome.ok) return void (await ctx.reply(renderSimulationGap(outcome, { locale: ctx.locale, t })));
    ctx.logger.info({ feasibility: outcome.simulation.saturated.feasibility }, 'growth simulated');
    await ctx.reply(
      renderSimulation(outcome.simulation, outcome.basis, shop.name, { locale: ctx.locale, t }),
      {
        reply_markup: simulationKeyboard(outcome.row.id, t),
      },
    );
  }),
);

simulateFeature.callbackQuery(
  simulationGoalData.filter,
  withShopButton(simulationGoalData, async (ctx, data) => {
    const t = ctx.t.bind(ctx);
    const month = shopToday(ctx).slice(0, 7);
    const result = await simulationToGoal(ctx.deps.db, ctx.owner.shop.id, data.simulationId, month);
    // Not a simulation of the shop in use: another owner's, or another shop's.
    if (result.status === 'missing')
      return void (await ctx.answerCallbackQuery({ text: t('common-stale-button') }));
    if (result.status === 'unchanged') {
      const target = formatMoney(result.target, ctx.locale);
      return void (await ctx.answerCallbackQuery({
        text: t('sim-goal-unchanged', { month: monthLabel(month), target }),
      }));
    }
    ctx.logger.info({ replaced: result.previous !== null }, 'monthly goal set from a simulation');
    await ctx.answerCallbackQuery({ text: t('sim-goal-answer', { month: monthLabel(month) }) });
    await ctx.reply(renderGoalChange(result, { locale: ctx.locale, t }));
  }),
);
