import { type ApiCallFn, HttpError } from 'grammy';
import { beforeEach, describe, expect, it } from 'vitest';
import { BOT_RETRY_POLICY, retryWithinBudget } from '../../src/api-retry.js';
import { sweepOutbox } from '../../src/bot/outbox/outbox-sweeper.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { useBotHarness } from '../support/bot-harness.js';

// An update holds its chat (and, in long polling, the offset) while a call waits: a fault may hold it a few
// seconds at most, never a long retry_after or a long back-off (BOT_RETRY_POLICY). A reply given up on is
// not lost: the update committed it to the outbox, and a later sweep sends it.

const { db, h } = await useBotHarness();
let chat: ChatSession;

beforeEach(() => {
  chat = h.user({ id: 701, first_name: 'Lan', language_code: 'vi' });
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

const budgetMs = BOT_RETRY_POLICY.budgetSeconds * 1000;

describe('retries of the bot API calls', () => {
  const sweep = () => sweepOutbox(h.bot.api, { db, logger: h.deps.logger }, h.api.botInfo.id);

  it('does not wait out a 429 whose retry_after is beyond the budget: the reply is left for a sweep', async () => {
    h.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 20',
      parameters: { retry_after: 20 },
    });
    const help = await timed(() => chat.send('/help'));
    expect(help.ms).toBeLessThan(3000);
    expect(help.result.texts).toEqual([]);
    expect(await sweep()).toBe(1);
    expect(chat.lastMessage().text).toContain('/today');
  });

  it('retries server errors after a short back-off, and delivers', async () => {
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 2);
    const help = await timed(() => chat.send('/help'));
    expect(help.ms).toBeLessThan(3000);
    expect(help.result.texts[0]).toContain('/today');
    expect(h.api.callsOf('sendMessage')).toHaveLength(3);
  });

  it('gives up on a server that keeps failing within the budget', async () => {
    const retries = BOT_RETRY_POLICY.backoffSeconds.length;
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, retries + 1);
    const help = await timed(() => chat.send('/help'));
    expect(help.ms).toBeLessThan(budgetMs);
    expect(help.result.texts).toEqual([]);
    expect(h.api.callsOf('sendMessage')).toHaveLength(retries + 1);
    expect(await sweep()).toBe(1);
    expect(chat.lastMessage().text).toContain('/today');
  });
});

describe('retryWithinBudget on network errors', () => {
  const ok = { ok: true as const, result: true };
  const networkError = () =>
    new HttpError('Network request for sendMessage failed!', new Error('ECONNRESET'));
  const payload = { chat_id: 1, text: 'hi' };

  it('retries a network error after a short back-off', async () => {
    let calls = 0;
    const prev = (async () => {
      calls += 1;
      if (calls === 1) throw networkError();
      return ok;
    }) as unknown as ApiCallFn;
    const call = await timed(() => retryWithinBudget(BOT_RETRY_POLICY)(prev, 'sendMessage', payload));
    expect(call.result).toEqual(ok);
    expect(calls).toBe(2);
    expect(call.ms).toBeLessThan(1000);
  });

  it('rethrows once its retries are spent, within the budget', async () => {
    let calls = 0;
    const prev = (async () => {
      calls += 1;
      throw networkError();
    }) as unknown as ApiCallFn;
    const start = performance.now();
    await expect(retryWithinBudget(BOT_RETRY_POLICY)(prev, 'sendMessage', payload)).rejects.toBeInstanceOf(
      HttpError,
    );
    expect(performance.now() - start).toBeLessThan(budgetMs);
    expect(calls).toBe(BOT_RETRY_POLICY.backoffSeconds.length + 1);
  });
});
