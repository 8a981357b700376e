import type { MiddlewareFn } from 'grammy';
import { chartData } from '../callback-data/chart.js';
import type { BotContext } from '../context.js';

/** Whether an update asks for a chart: `/chart …` or a chart button. */
function asksForChart(ctx: BotContext): boolean {
  return ctx.hasCommand('chart') || chartData.filter.test(ctx.callbackQuery?.data ?? '');
}

/**
 * Lets at most `slots` chart requests into their update's transaction at once; the others wait here, in
 * arrival order, before it, holding no database connection. A chart update keeps its transaction (and so a
 * pooled connection) while its render waits for a worker: in a burst of charts every connection went to a
 * chart waiting for a render, and every owner's text update waited seconds for a connection behind them.
 * Goes before handleOnce; an update that is not a chart passes straight through.
 */
export function gateCharts(slots: number): MiddlewareFn<BotContext> {
  let free = Math.max(1, slots);
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async (ctx, next) => {
    if (!asksForChart(ctx)) return next();
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      await next();
    } finally {
      release();
    }
  };
}
