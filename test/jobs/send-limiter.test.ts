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
    // Three full windows: the 35th send waits about 300 ms, not much more.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(299);
    expect(times.at(-1)!).toBeLessThan(1000);
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
    for (const other of released.filter((r) => r.chat !== 'a')) expect(other.at).toBeLessThan(40);
  });

  it('paces only the methods that send messages', async () => {
    const limiter = new SendLimiter({ limit: 1, windowMs: 10_000 });
    const transformer = limiter.transformer();
    const prev = async () => ({ ok: true as const, result: true });
    await transformer(prev as never, 'sendMessage', { chat_id: 1, text: 'x' } as never);
    const started = performance.now();
    await transformer(prev as never, 'answerCallbackQuery', { callback_query_id: '1' } as never);
    await transformer(prev as never, 'editMessageText', { chat_id: 1, message_id: 1, text: 'y' } as never);
    expect(performance.now() - started).toBeLessThan(50);
    expect(limiter.waiting).toBe(0);
  });
});
