import { getEventListeners } from 'node:events';
import { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { isCutOff } from '../../src/cut-off.js';
import { abortCallsOn } from '../../src/server/abort-calls.js';

const TOKEN = '123456789:AAtest-token-for-abort-calls-000000';

/** An Api whose fetch answers at once, or hangs until its request is aborted while `hang` is set. */
function apiWith(signal: AbortSignal) {
  const state = { hang: false, fetched: 0 };
  const fetch = (_url: string, init: { signal?: AbortSignal }) => {
    state.fetched++;
    if (!state.hang) return Promise.resolve(new Response(JSON.stringify({ ok: true, result: true })));
    return new Promise((_, reject) => {
      init.signal?.addEventListener('abort', () =>
        reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' })),
      );
    });
  };
  const api = new Api(TOKEN, { fetch: fetch as never });
  api.config.use(abortCallsOn(signal));
  return { api, state };
}

describe('abortCallsOn', () => {
  it('leaves the calls alone until the signal, and no listener on it once they end', async () => {
    const cut = new AbortController();
    const { api } = apiWith(cut.signal);
    for (let i = 0; i < 200; i++) await api.sendChatAction(1, 'typing');
    expect(getEventListeners(cut.signal, 'abort')).toHaveLength(0);
  });

  it('aborts the call in flight with a cut-off, and fails a later call before it is sent', async () => {
    const cut = new AbortController();
    const { api, state } = apiWith(cut.signal);
    state.hang = true;
    const inFlight = api.sendMessage(1, 'x').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    cut.abort();
    const failure = await inFlight;
    expect(isCutOff(failure)).toBe(true);
    expect((failure as Error).cause).toBeDefined();

    const fetched = state.fetched;
    expect(isCutOff(await api.sendMessage(1, 'y').catch((error: unknown) => error))).toBe(true);
    expect(state.fetched).toBe(fetched);
  });

  it("keeps the call's own signal working, and its abort is not a cut-off", async () => {
    const cut = new AbortController();
    const { api, state } = apiWith(cut.signal);
    state.hang = true;
    const own = new AbortController();
    const call = api.getMe(own.signal as never).catch((error: unknown) => error);
    own.abort();
    const failure = await call;
    expect(failure).toBeInstanceOf(Error);
    expect(isCutOff(failure)).toBe(false);
    expect(getEventListeners(cut.signal, 'abort')).toHaveLength(0);
  });
});
