import { beforeEach, describe, expect, it } from 'vitest';
import { dailyRecords } from '../../src/db/schema/index.js';
import type { ChatSession } from '../../src/dev/chat-session.js';
import { onboard, useBotHarness } from '../support/bot-harness.js';

// A conversation is replayed from its log on every update. A fault met inside it must cost its wait once,
// when it happens; later updates of the flow (and other chats queued behind them) must not wait again.

const { db, h } = await useBotHarness({ now: '2026-11-24T20:00:00+07:00' });
let lan: ChatSession;
let minh: ChatSession;

beforeEach(async () => {
  lan = h.user({ id: 601, first_name: 'Lan', language_code: 'vi' });
  minh = h.user({ id: 602, first_name: 'Minh', language_code: 'vi' });
  await onboard(lan);
  await onboard(minh, { shopName: 'Minh Store' });
});

/** Milliseconds `run` took. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

/** Well under the waits injected below (2 s per 429, 1.75 s for three 502s in a row). */
const FAST_MS = 1000;
const RATE_LIMITED = {
  error_code: 429,
  description: 'Too Many Requests: retry after 2',
  parameters: { retry_after: 2 },
};

describe('faults inside a conversation', () => {
  it('waits out a 429 once; the rest of the flow and another owner are not held up', async () => {
    await lan.send('/today');
    h.api.failNext('sendMessage', RATE_LIMITED, 2);
    const faulted = await timed(() => lan.send('21'));
    expect(faulted.result.texts[0]).toContain('Doanh thu');
    expect(faulted.ms).toBeGreaterThanOrEqual(3900);

    for (const [answer, next] of [
      ['9tr', 'Tiền quảng cáo'],
      ['3tr', 'Bao nhiêu lead'],
    ] as const) {
      // One polling lane: the other owner's /help is handled after Lan's answer.
      const lane = await timed(async () => [await lan.send(answer), await minh.send('/help')] as const);
      expect(lane.result[0].texts[0]).toContain(next);
      expect(lane.result[1].texts[0]).toContain('Minh Store');
      expect(lane.ms).toBeLessThan(FAST_MS);
    }
    const card = await timed(() => lan.send('70'));
    expect(card.result.texts[0]).toContain('Doanh thu: 9.000.000 ₫');
    expect(card.ms).toBeLessThan(FAST_MS);
    await lan.press('Lưu');
    expect(await db.select().from(dailyRecords)).toMatchObject([
      { orders: 21, revenue: 9_000_000, leads: 70 },
    ]);
  });

  it('retries 502s on a question once, and replays of them are instant', async () => {
    await lan.send('/today');
    h.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 3);
    expect((await lan.send('21')).texts[0]).toContain('Doanh thu');
    const next = await timed(() => lan.send('9tr'));
    expect(next.result.texts[0]).toContain('Tiền quảng cáo');
    expect(next.ms).toBeLessThan(FAST_MS);
  });

  it('answers a button press inside a flow after its 429 once; the next answer is instant', async () => {
    const newcomer = h.user({ id: 603, first_name: 'Hoa', language_code: 'vi' });
    await newcomer.send('/start');
    await newcomer.send('Hoa Shop');
    h.api.failNext('answerCallbackQuery', RATE_LIMITED, 1);
    const answersBefore = h.api.callsOf('answerCallbackQuery').length;
    const pressed = await timed(() => newcomer.press('Tiếng Việt'));
    expect(pressed.result.answers).toEqual(['']);
    expect(pressed.ms).toBeGreaterThanOrEqual(1900);
    const done = await timed(() => newcomer.send('35%'));
    expect(done.result.texts[0]).toContain('Hoa Shop');
    expect(done.ms).toBeLessThan(FAST_MS);
    // The faulted press was answered twice (429, then done), and never again on a replay.
    expect(h.api.callsOf('answerCallbackQuery').length - answersBefore).toBe(2);
  });
});
