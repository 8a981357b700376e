import type { MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../context.js';

/** Puts the dependencies and a per-update child logger on ctx; logs the update's kind, never its text. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id });
    const started = performance.now();
    try {
      await next();
    } finally {
      ctx.logger.debug(
        {
          kind: Object.keys(ctx.update).find((k) => k !== 'update_id'),
          ms: Math.round(performance.now() - started),
        },
        'update handled',
      );
    }
  };
}
