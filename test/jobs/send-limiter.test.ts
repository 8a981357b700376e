import { describe, expect, it } from 'vitest';
import { SendLimiter } from '../../src/jobs/send-limiter.js';

/**
 * Acquires for each chat in order, all at once, and returns when each one was let through (ms), as the
 * limiter counted it: a loaded machine may run the waiting code later, which would blur the gaps.
 */
async function releaseTimes(
  options: ConstructorParameters<typeof SendLimiter>[0],
  chats: string[],
): Promise<{ chat: string; at: number }[]> {
  const granted: { chat: string; at: number }[] = [];
  const start = performance.now();
  const limiter = new SendLimiter({
    ...options,
    onGrant: (chat, at) => granted.push({ chat, at: at - start }),
  });
  await Promise.all(chats.map((chat) => limiter.acquire(chat)));
  return granted;
}

describe('SendLimiter', () => {
  it('lets at most `limit` sends through in any sliding window', async () => {
    const times = (
      await releaseTimes(
        { limit: 10, windowMs: 100, perChatIntervalMs: 0 },
        Array.from({ length: 35 }, (_, i) => `chat-${i}`),
      )
    )
      .map((r) => r.at)
      .sort((a, b) => a - b);
    for (let i = 0; i + 10 < times.length; i++) expect(times[i + 10]! - times[i]!).toBeGreaterThanOrEqual(99);
    // Three full windows: the 35th send waits at least 300 ms.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(299);
    expect(times).toHaveLength(35);
  });

  it('lets the first `limit` through at once and the rest later, in the order they asked', async () => {
    // Counts and order, not wall-clock bounds (a loaded machine runs timers late).
    const granted: string[] = [];
    const limiter = new SendLimiter({
      limit: 10,
      windowMs: 50,
      perChatIntervalMs: 0,
      onGrant: (chat) => granted.push(chat),
    });
    const chats = Array.from({ length: 25 }, (_, i) => `chat-${i}`);
    const all = Promise.all(chats.map((chat) => limiter.acquire(chat)));
    expect(granted).toEqual(chats.slice(0, 10));
    expect(limiter.waiting).toBe(15);
    await all;
    expect(granted).toEqual(chats);
    expect(limiter.waiting).toBe(0);
  });

  it('spaces messages to one chat by the per-chat interval without holding up other chats', async () => {
    const released = await releaseTimes({ limit: 30, windowMs: 1000, perChatIntervalMs: 80 }, [
      'a',
      'a',
      'a',
      'b',
      'c',
    ]);
    const a = released.filter((r) => r.chat === 'a').map((r) => r.at);
    expect(a[1]! - a[0]!).toBeGreaterThanOrEqual(79);
    expect(a[2]! - a[1]!).toBeGreaterThanOrEqual(79);
    // b and c, asked after all three of a, go before a's second and third (order, not a wall-clock bound).
    expect(released.map((r) => r.chat)).toEqual(['a', 'b', 'c', 'a', 'a']);
    for (const other of released.filter((r) => r.chat !== 'a')) expect(other.at).toBeLessThan(a[1]!);
  });

  it('paces only the methods that send messages', async () => {
    const limiter = new SendLimiter({ limit: 1, windowMs: 200 });
    const transformer = limiter.transformer();
    const made: string[] = [];
    const prev = async (method: string) => {
      made.push(method);
      return { ok: true as const, result: true };
    };
    await transformer(prev as never, 'sendMessage', { chat_id: 1, text: 'x' } as never);
    // The window is full: a second message waits for it…
    const second = transformer(prev as never, 'sendMessage', { chat_id: 2, text: 'z' } as never);
    expect(limiter.waiting).toBe(1);
    // …while a callback answer and an edit go through at once, ahead of it.
    await transformer(prev as never, 'answerCallbackQuery', { callback_query_id: '1' } as never);
    await transformer(prev as never, 'editMessageText', { chat_id: 1, message_id: 1, text: 'y' } as never);
    expect(made).toEqual(['sendMessage', 'answerCallbackQuery', 'editMessageText']);
    expect(limiter.waiting).toBe(1);
    await second;
    expect(made).toEqual(['sendMessage', 'answerCallbackQuery', 'editMessageText', 'sendMessage']);
    expect(limiter.waiting).toBe(0);
  });
});
