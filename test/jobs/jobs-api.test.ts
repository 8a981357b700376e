import { GrammyError, HttpError } from 'grammy';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BotApiStandIn } from '../../src/dev/bot-api-stand-in.js';
import { createJobsApi } from '../../src/jobs/jobs-api.js';

// The scheduler's sends wait out a 429 for up to a minute in all, three retries at most; a 5xx or a network
// error is left to the scheduler's own retry (minutes later, from the claim). Time is faked: the waits are
// Telegram's, tens of seconds.

let standIn: BotApiStandIn;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  standIn = new BotApiStandIn();
});
afterEach(() => {
  vi.useRealTimers();
});

const tooMany = (seconds: number) => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${seconds}`,
  parameters: { retry_after: seconds },
});

/** Sends one message through the jobs' Api; resolves with what came of it and the (fake) seconds it took. */
async function send(): Promise<{ outcome: unknown; seconds: number; requests: number }> {
  const api = createJobsApi(standIn.token, { fetch: standIn.fetch as never });
  const started = performance.now();
  let settledAt = Number.NaN;
  const settle = (outcome: unknown) => {
    settledAt = performance.now();
    return outcome;
  };
  const sending = api.sendMessage(901, 'Nhắc nhập số liệu').then(settle, settle);
  // Well past any wait the policy allows.
  await vi.advanceTimersByTimeAsync(5 * 60_000);
  const outcome = await sending;
  return {
    outcome,
    seconds: (settledAt - started) / 1000,
    requests: standIn.callsOf('sendMessage').length,
  };
}

describe("the jobs' Api retries", () => {
  it('waits out 429s while their waits fit in a minute in all, and sends', async () => {
    // 20 + 30 = 50 s of waiting: within the minute.
    standIn.failNext('sendMessage', tooMany(20));
    standIn.failNext('sendMessage', tooMany(30));
    const sent = await send();
    expect(sent.outcome).toMatchObject({ chat: { id: 901 }, text: 'Nhắc nhập số liệu' });
    expect(sent.requests).toBe(3);
    expect(sent.seconds).toBeGreaterThanOrEqual(50);
  });

  it('does not start a wait that would pass the minute: three 429s of 25 s fail after 50 s', async () => {
    standIn.failNext('sendMessage', tooMany(25), 3);
    const sent = await send();
    expect(sent.outcome).toBeInstanceOf(GrammyError);
    expect(sent.outcome).toMatchObject({ error_code: 429, parameters: { retry_after: 25 } });
    expect(sent.requests).toBe(3);
    expect(sent.seconds).toBeGreaterThanOrEqual(50);
    expect(sent.seconds).toBeLessThan(55);
  });

  it('retries a 429 three times at most', async () => {
    standIn.failNext('sendMessage', tooMany(1), 4);
    const sent = await send();
    expect(sent.outcome).toMatchObject({ error_code: 429 });
    expect(sent.requests).toBe(4);
  });

  it('fails at once on a 429 whose retry_after is over a minute', async () => {
    standIn.failNext('sendMessage', tooMany(61));
    const sent = await send();
    expect(sent.outcome).toMatchObject({ error_code: 429, parameters: { retry_after: 61 } });
    expect(sent.requests).toBe(1);
    expect(sent.seconds).toBeLessThan(1);
  });

  it('does not retry a 5xx or a network error: the scheduler retries the job later', async () => {
    standIn.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    const server = await send();
    expect(server.outcome).toMatchObject({ error_code: 502 });
    expect(server.requests).toBe(1);

    standIn.unreachableNext('sendMessage');
    const network = await send();
    expect(network.outcome).toBeInstanceOf(HttpError);
    // The refused request never reached the stand-in: still the one call above.
    expect(network.requests).toBe(1);
    expect(network.seconds).toBeLessThan(1);
  });
});
