import { Api } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotApiHttp } from '../../src/dev/bot-api-http.js';
import { createLogger } from '../../src/logger.js';
import { LongPolling, type LongPollingOptions, PollingConflictError } from '../../src/server/long-polling.js';

let api: BotApiHttp;
let logs: { msg: string; [field: string]: unknown }[];
const pollers: LongPolling[] = [];

beforeEach(async () => {
  api = await BotApiHttp.start();
  logs = [];
});
afterEach(async () => {
  for (const poller of pollers.splice(0)) poller.stop();
  await api.close();
});

function polling(handleUpdate: (update: Update) => Promise<void>, options: Partial<LongPollingOptions> = {}) {
  const logger = createLogger('warn', { write: (line: string) => logs.push(JSON.parse(line)) });
  const poller = new LongPolling({
    api: new Api(api.token, { apiRoot: api.apiRoot }),
    handleUpdate,
    allowedUpdates: ['message', 'callback_query'],
    logger,
    retry: { firstMs: 10, maxMs: 50 },
    ...options,
  });
  pollers.push(poller);
  return poller;
}

const user = { id: 42, first_name: 'An' };
const texts = (n: number) => Array.from({ length: n }, (_, i) => api.standIn.textUpdate(user, `m${i + 1}`));

describe('long polling', () => {
  it('handles updates one at a time, in order; on stop the one in hand finishes and only handled ones are confirmed', async () => {
    const updates = texts(5);
    api.enqueue(...updates);
    const handled: number[] = [];
    let active = 0;
    let release!: () => void;
    const third = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reachedThird!: () => void;
    const atThird = new Promise<void>((resolve) => {
      reachedThird = resolve;
    });
    const poller = polling(async (update) => {
      active += 1;
      expect(active).toBe(1);
      if (update.update_id === updates[2]!.update_id) {
        reachedThird();
        await third;
      }
      handled.push(update.update_id);
      active -= 1;
    });
    const run = poller.run();
    await atThird;
    poller.stop();
    release();
    await run;
    await poller.confirm();

    expect(handled).toEqual(updates.slice(0, 3).map((u) => u.update_id));
    expect(api.confirmedOffset).toBe(updates[2]!.update_id + 1);
    expect(api.unconfirmed.map((u) => u.update_id)).toEqual(updates.slice(3).map((u) => u.update_id));
  });

  it('confirms only the updates before the one still in hand when the drain gives up on it', async () => {
    const updates = texts(3);
    api.enqueue(...updates);
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handled: number[] = [];
    const poller = polling(async (update) => {
      if (update.update_id === updates[1]!.update_id) await stuck;
      handled.push(update.update_id);
    });
    const run = poller.run();
    await until(() => handled.length === 1);
    poller.stop();
    await poller.confirm();
    expect(api.confirmedOffset).toBe(updates[1]!.update_id);
    release();
    await run;
  });

  it('moves the offset only past handled updates while it runs', async () => {
    const updates = texts(2);
    api.enqueue(updates[0]!);
    const handled: number[] = [];
    const poller = polling(async (update) => {
      // While an update is handled, Telegram has not been told about it.
      expect(api.confirmedOffset).toBeLessThanOrEqual(update.update_id);
      handled.push(update.update_id);
    });
    const run = poller.run();
    await until(() => handled.length === 1);
    api.enqueue(updates[1]!);
    await until(() => handled.length === 2);
    poller.stop();
    await run;
    await poller.confirm();
    expect(api.confirmedOffset).toBe(updates[1]!.update_id + 1);
    expect(api.unconfirmed).toEqual([]);
  });

  it('ends a pending long poll at once on stop, and confirms nothing when nothing was handled', async () => {
    const poller = polling(async () => {});
    const run = poller.run();
    await until(() => api.requests('getUpdates') === 1);
    const started = Date.now();
    poller.stop();
    await run;
    expect(Date.now() - started).toBeLessThan(1000);
    await poller.confirm();
    expect(api.requests('getUpdates')).toBe(1);
  });

  it('rejects with PollingConflictError on 409 and polls no more', async () => {
    api.conflict = true;
    const poller = polling(async () => {});
    const error = await poller.run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollingConflictError);
    expect((error as PollingConflictError).webhookActive).toBe(false);
    expect(api.requests('getUpdates')).toBe(1);
  });

  it('retries a failed getUpdates with back-off, saying so, then goes on', async () => {
    api.failNext('getUpdates', { error_code: 502, description: 'Bad Gateway' }, 2);
    const [update] = texts(1);
    api.enqueue(update!);
    const handled: number[] = [];
    const poller = polling(async (u) => {
      handled.push(u.update_id);
    });
    const run = poller.run();
    await until(() => handled.length === 1);
    poller.stop();
    await run;
    const retries = logs.filter((l) => l.msg === 'getUpdates failed; retrying');
    expect(retries.map((l) => [l.reason, l.retry_in_ms])).toEqual([
      ['502 Bad Gateway', 10],
      ['502 Bad Gateway', 20],
    ]);
  });

  it('skips an update whose handling throws, so the ones after it are not blocked', async () => {
    const updates = texts(2);
    api.enqueue(...updates);
    const handled: number[] = [];
    const poller = polling(async (update) => {
      if (update.update_id === updates[0]!.update_id) throw new Error('boom');
      handled.push(update.update_id);
    });
    const run = poller.run();
    await until(() => handled.length === 1);
    poller.stop();
    await run;
    await poller.confirm();
    expect(api.confirmedOffset).toBe(updates[1]!.update_id + 1);
    expect(logs.find((l) => l.msg === 'update could not be handled; skipped')).toMatchObject({
      update_id: updates[0]!.update_id,
    });
  });
});

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
