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
/** One message from each of `n` chats. */
const fromChats = (n: number, firstId = 100) =>
  Array.from({ length: n }, (_, i) =>
    api.standIn.textUpdate({ id: firstId + i, first_name: `U${i}` }, `from ${firstId + i}`),
  );

/** A promise the test resolves when it wants. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

/** Records every update Telegram was told about (confirmed) before the handler had finished it. */
function confirmedUnhandled(handled: ReadonlySet<number>): number[] {
  const early: number[] = [];
  api.onConfirm((confirmed) => {
    for (const u of confirmed) if (!handled.has(u.update_id)) early.push(u.update_id);
  });
  return early;
}

describe('long polling', () => {
  it("handles one chat's updates one at a time, in order; on stop the one in hand finishes and only handled ones are confirmed", async () => {
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

describe('long polling: chats concurrently', () => {
  it("handles another chat's update while one chat's handler is blocked", async () => {
    const [a, b] = fromChats(2);
    api.enqueue(a!, b!);
    const blockA = gate();
    const done: number[] = [];
    const poller = polling(async (update) => {
      if (update.update_id === a!.update_id) await blockA.wait;
      done.push(update.update_id);
    });
    const run = poller.run();
    await until(() => done.includes(b!.update_id));
    // B, taken after A, finished while A's handler still waits.
    expect(done).toEqual([b!.update_id]);
    blockA.open();
    await until(() => done.length === 2);
    poller.stop();
    await run;
  });

  it("keeps one chat's updates in order across batches while other chats go on", async () => {
    const [a1] = texts(1);
    const [other] = fromChats(1);
    api.enqueue(a1!);
    const blockA1 = gate();
    const events: string[] = [];
    const poller = polling(
      async (update) => {
        const name =
          update.update_id === a1!.update_id ? 'a1' : update.update_id === other!.update_id ? 'b' : 'a2';
        events.push(`${name} start`);
        if (name === 'a1') await blockA1.wait;
        events.push(`${name} end`);
      },
      { busyPollMs: 10 },
    );
    const run = poller.run();
    await until(() => events.includes('a1 start'));
    // The chat's next update and another chat's come in a later batch, while a1 is still in hand.
    const [a2] = texts(1);
    api.enqueue(a2!, other!);
    await until(() => events.includes('b end'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['a1 start', 'b start', 'b end']);
    blockA1.open();
    await until(() => events.includes('a2 end'));
    expect(events).toEqual(['a1 start', 'b start', 'b end', 'a1 end', 'a2 start', 'a2 end']);
    poller.stop();
    await run;
  });

  it('never moves the offset past an unhandled update: a slow one holds it while later ones finish', async () => {
    const updates = fromChats(4);
    const [slow, ...rest] = updates;
    api.enqueue(...updates);
    const handled = new Set<number>();
    const early = confirmedUnhandled(handled);
    const blockSlow = gate();
    const poller = polling(
      async (update) => {
        if (update.update_id === slow!.update_id) await blockSlow.wait;
        handled.add(update.update_id);
      },
      { busyPollMs: 10 },
    );
    const run = poller.run();
    await until(() => rest.every((u) => handled.has(u.update_id)));
    // Telegram was asked again since (so the offset was sent), and still holds everything from the slow one.
    const asked = api.requests('getUpdates');
    await until(() => api.requests('getUpdates') >= asked + 2);
    expect(poller.watermark).toBe(slow!.update_id);
    await poller.confirm();
    expect(api.confirmedOffset).toBeLessThanOrEqual(slow!.update_id);
    expect(api.unconfirmed.map((u) => u.update_id)).toEqual(updates.map((u) => u.update_id));

    blockSlow.open();
    await until(() => handled.size === updates.length);
    poller.stop();
    await run;
    await poller.confirm();
    expect(api.confirmedOffset).toBe(updates.at(-1)!.update_id + 1);
    expect(early).toEqual([]);
  });

  it('handles each update once although Telegram returns the unconfirmed ones with every batch', async () => {
    const first = fromChats(3);
    api.enqueue(...first);
    const count = new Map<number, number>();
    const blockFirst = gate();
    const poller = polling(
      async (update) => {
        count.set(update.update_id, (count.get(update.update_id) ?? 0) + 1);
        if (update.update_id === first[0]!.update_id) await blockFirst.wait;
      },
      { busyPollMs: 10 },
    );
    const run = poller.run();
    await until(() => count.size === 3);
    // New updates join the window while the first is in hand: each batch returns all of them again.
    const later = fromChats(3, 200);
    api.enqueue(...later);
    await until(() => count.size === 6);
    const asked = api.requests('getUpdates');
    await until(() => api.requests('getUpdates') >= asked + 3);
    // A getUpdates sent before the first was handled, answered after: its updates are all handled by then.
    api.setDelay('getUpdates', 40);
    await until(() => api.requests('getUpdates') > asked + 3);
    blockFirst.open();
    await until(() => poller.watermark === later.at(-1)!.update_id + 1);
    // Time for the late answer (40 ms) to come and be looked at.
    await new Promise((resolve) => setTimeout(resolve, 150));
    poller.stop();
    await run;
    expect([...count.values()]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('takes at most maxInFlight updates at a time, and the next ones as earlier ones finish', async () => {
    const updates = fromChats(8);
    api.enqueue(...updates);
    const started: number[] = [];
    const gates = new Map(updates.map((u) => [u.update_id, gate()]));
    let active = 0;
    let mostActive = 0;
    const poller = polling(
      async (update) => {
        started.push(update.update_id);
        active += 1;
        mostActive = Math.max(mostActive, active);
        await gates.get(update.update_id)!.wait;
        active -= 1;
      },
      { maxInFlight: 5, busyPollMs: 10 },
    );
    const run = poller.run();
    await until(() => started.length === 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual(updates.slice(0, 5).map((u) => u.update_id));
    expect(poller.inFlightCount).toBe(5);
    // The window slides by one when its lowest update is handled.
    gates.get(updates[0]!.update_id)!.open();
    await until(() => started.length === 6);
    for (const g of gates.values()) g.open();
    await until(() => started.length === 8 && active === 0);
    poller.stop();
    await run;
    expect(mostActive).toBe(5);
    expect(started).toEqual(updates.map((u) => u.update_id));
  });

  it('while an update is in hand, asks Telegram for new ones every busyPollMs, and not at all when the window is full', async () => {
    const [slow, quick] = fromChats(2);
    api.enqueue(slow!);
    const blockSlow = gate();
    const handled: number[] = [];
    const poller = polling(
      async (update) => {
        if (update.update_id === slow!.update_id) await blockSlow.wait;
        handled.push(update.update_id);
      },
      { maxInFlight: 2, busyPollMs: 100 },
    );
    const run = poller.run();
    await until(() => api.requests('getUpdates') >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A new chat's update, while the slow one holds the offset: taken by a later getUpdates.
    api.enqueue(quick!);
    await until(() => handled.includes(quick!.update_id));
    // The window [slow, quick] is full (maxInFlight 2): nothing new can come before the slow one is done.
    const asked = api.requests('getUpdates');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(api.requests('getUpdates')).toBe(asked);
    blockSlow.open();
    await until(() => handled.length === 2 && poller.watermark === quick!.update_id + 1);
    poller.stop();
    await run;
    // 1 long poll, then roughly one getUpdates per 100 ms until the quick update came (~0.05 s), one more
    // that returned both, and at most one after the window was full; never a tight loop.
    expect(asked).toBeLessThanOrEqual(5);
  });

  it('on stop starts nothing more and resolves once the updates being handled finish', async () => {
    const [a, b] = fromChats(2);
    const [mine1, mine2] = texts(2);
    api.enqueue(a!, b!, mine1!, mine2!);
    const release = gate();
    const started: number[] = [];
    const finished: number[] = [];
    const poller = polling(async (update) => {
      started.push(update.update_id);
      await release.wait;
      finished.push(update.update_id);
    });
    const run = poller.run();
    await until(() => started.length === 3);
    poller.stop();
    let ended = false;
    void run.then(() => {
      ended = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toBe(false);
    release.open();
    await run;
    // The three in hand finished; the one waiting for its chat's turn was not started.
    expect(finished.sort()).toEqual([a!, b!, mine1!].map((u) => u.update_id).sort());
    expect(started).not.toContain(mine2!.update_id);
    await poller.confirm();
    expect(api.confirmedOffset).toBe(mine2!.update_id);
  });

  it('on abandon counts none of the updates in hand as handled, however they end: confirm leaves them', async () => {
    const [first, hung, behind] = fromChats(3);
    api.enqueue(first!, hung!, behind!);
    const release = gate();
    const finished: number[] = [];
    const poller = polling(async (update) => {
      if (update.update_id !== first!.update_id) await release.wait;
      finished.push(update.update_id);
    });
    const run = poller.run();
    await until(() => finished.includes(first!.update_id));
    poller.abandon();
    release.open();
    await run;
    expect(finished.sort()).toEqual([first!, hung!, behind!].map((u) => u.update_id).sort());
    await poller.confirm();
    expect(api.confirmedOffset).toBe(hung!.update_id);
    expect(api.unconfirmed.map((u) => u.update_id)).toEqual([hung!.update_id, behind!.update_id]);
  });
});

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
