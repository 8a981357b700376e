import { describe, expect, it, vi } from 'vitest';
import type { BotContext } from '../../../src/bot/context.js';
import { withShop, withShopButton } from '../../../src/bot/filters/has-shop.js';

// The guard of every feature that needs a shop in use, on a context reduced to what the guard touches.

function context(options: { shop: boolean; button?: string }) {
  const shop = options.shop ? { id: 'shop-1', name: 'Hoa Mai Shop' } : null;
  return {
    owner: { user: { id: 'user-1' }, shop },
    callbackQuery: options.button === undefined ? undefined : { data: options.button },
    t: (key: string) => key,
    reply: vi.fn(async () => undefined),
    answerCallbackQuery: vi.fn(async () => true),
  };
}

const asBot = (ctx: ReturnType<typeof context>) =>
  ctx as unknown as BotContext & { callbackQuery: { data?: string } };
const next = async () => undefined;
/** Callback data of one kind, `day:<date>`. */
const dayButton = { parse: (data?: string) => (data?.startsWith('day:') ? { date: data.slice(4) } : null) };

describe('withShop', () => {
  it('runs the handler with the shop in use', async () => {
    const ctx = context({ shop: true });
    const handler = vi.fn(async (c: BotContext) => c.owner?.shop?.name);
    await withShop(handler)(asBot(ctx), next);
    expect(handler).toHaveBeenCalledOnce();
    expect(ctx.reply).not.toHaveBeenCalled();
  });

  it('tells a sender without a shop to /start, in a reply or in the answer to a button', async () => {
    const handler = vi.fn(async () => undefined);
    const typed = context({ shop: false });
    await withShop(handler)(asBot(typed), next);
    expect(typed.reply).toHaveBeenCalledWith('common-need-start');

    const pressed = context({ shop: false, button: 'day:2026-11-20' });
    await withShop(handler)(asBot(pressed), next);
    expect(pressed.answerCallbackQuery).toHaveBeenCalledWith({ text: 'common-need-start' });
    expect(pressed.reply).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('withShopButton', () => {
  it('passes the parsed data to the handler', async () => {
    const ctx = context({ shop: true, button: 'day:2026-11-20' });
    const handler = vi.fn(async () => undefined);
    await withShopButton(dayButton, handler)(asBot(ctx), next);
    expect(handler).toHaveBeenCalledWith(ctx, { date: '2026-11-20' });
  });

  it('answers data that does not parse as a stale button, before asking for a shop', async () => {
    const handler = vi.fn(async () => undefined);
    for (const shop of [true, false]) {
      const ctx = context({ shop, button: 'old:format' });
      await withShopButton(dayButton, handler)(asBot(ctx), next);
      expect(ctx.answerCallbackQuery).toHaveBeenCalledExactlyOnceWith({ text: 'common-stale-button' });
    }
    const ctx = context({ shop: false, button: 'day:2026-11-20' });
    await withShopButton(dayButton, handler)(asBot(ctx), next);
    expect(ctx.answerCallbackQuery).toHaveBeenCalledExactlyOnceWith({ text: 'common-need-start' });
    expect(handler).not.toHaveBeenCalled();
  });
});
