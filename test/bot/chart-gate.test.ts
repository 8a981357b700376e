import { Api, Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/bot/context.js';
import { gateCharts } from '../../src/bot/middlewares/chart-gate.js';

const me = { id: 1, is_bot: true, first_name: 'ShopPulse', username: 'shoppulse_bot' } as UserFromGetMe;
const chat = { id: 7, type: 'private' as const, first_name: 'Lan' };
const from = { id: 7, is_bot: false, first_name: 'Lan' };

function message(id: number, text: string): BotContext {
  const command = text.startsWith('/')
    ? [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }]
    : undefined;
  const update: Update = {
    update_id: id,
    message: { message_id: id, date: 0, chat, from, text, ...(command ? { entities: command } : {}) },
  };
  return new Context(update, new Api('0:test'), me) as BotContext;
}

function button(id: number, data: string): BotContext {
  const update: Update = {
    update_id: id,
    callback_query: {
      id: String(id),
      from,
      chat_instance: 'c',
      data,
      message: { message_id: 1, date: 0, chat } as never,
    },
  };
  return new Context(update, new Api('0:test'), me) as BotContext;
}

/** A handler that stays inside until `finish(id)` is called; records who entered. */
function heldHandler() {
  const entered: number[] = [];
  const finishers = new Map<number, () => void>();
  const next = (id: number) => () =>
    new Promise<void>((resolve) => {
      entered.push(id);
      finishers.set(id, resolve);
    });
  const finish = (id: number) => finishers.get(id)?.();
  return { entered, next, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('gateCharts', () => {
  it('lets as many chart requests in as it has slots; the next enters, in order, when one leaves', async () => {
    const gate = gateCharts(2);
    const handler = heldHandler();
    const runs = [
      gate(message(1, '/chart week'), handler.next(1)),
      gate(button(2, 'chart:month:2f8f0b8e-7c53-4a31-9a5e-3f4d2c1b0a99'), handler.next(2)),
      gate(message(3, '/chart'), handler.next(3)),
      gate(message(4, '/chart goal'), handler.next(4)),
    ];
    await tick();
    expect(handler.entered).toEqual([1, 2]);
    handler.finish(2);
    await tick();
    expect(handler.entered).toEqual([1, 2, 3]);
    handler.finish(1);
    await tick();
    expect(handler.entered).toEqual([1, 2, 3, 4]);
    handler.finish(3);
    handler.finish(4);
    await Promise.all(runs);
  });

  it('lets every other update through while charts wait', async () => {
    const gate = gateCharts(1);
    const handler = heldHandler();
    const chart = gate(message(1, '/chart week'), handler.next(1));
    const waitingChart = gate(message(2, '/chart month'), handler.next(2));
    const entry = gate(message(3, '15 8tr5 2tr 85'), handler.next(3));
    const week = gate(message(4, '/week'), handler.next(4));
    const press = gate(button(5, 'entry:save:abc'), handler.next(5));
    await tick();
    expect(handler.entered).toEqual([1, 3, 4, 5]);
    for (const id of [3, 4, 5, 1]) handler.finish(id);
    await tick();
    expect(handler.entered).toEqual([1, 3, 4, 5, 2]);
    handler.finish(2);
    await Promise.all([chart, waitingChart, entry, week, press]);
  });

  it('frees its slot when the handler throws', async () => {
    const gate = gateCharts(1);
    await expect(
      gate(message(1, '/chart week'), () => Promise.reject(new Error('render failed'))),
    ).rejects.toThrow('render failed');
    const handler = heldHandler();
    const next = gate(message(2, '/chart week'), handler.next(2));
    await tick();
    expect(handler.entered).toEqual([2]);
    handler.finish(2);
    await next;
  });
});
