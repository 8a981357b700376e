import { describe, expect, it } from 'vitest';
import { createJobMessages } from '../../src/bot/job-messages.js';
import { JobScheduler } from '../../src/jobs/job-scheduler.js';
import { createJobsApi } from '../../src/jobs/jobs-api.js';
import { SendLimiter } from '../../src/jobs/send-limiter.js';
import { abortCallsOn } from '../../src/server/abort-calls.js';
import { useBotHarness } from '../support/bot-harness.js';
import { addShop, claimsOf, sentTexts } from './job-fixtures.js';

// A job send still hanging when the shutdown's bound passes is aborted: the tick ends at once, nothing is
// marked sent, and the job is sent once on a later tick.

const { db, h } = await useBotHarness({ now: '2026-11-24T12:00:00Z' });

/** Tuesday 24 November 2026, 21:00:30 in Ho Chi Minh City: the default reminder time. */
const HCM_2100 = '2026-11-24T14:00:30Z';
const minutesAfter = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

describe('a job send cut off by the shutdown', () => {
  it('is aborted, recorded as failed (not sent) and sent once on a later tick', async () => {
    const shop = await addShop(db, { chatId: 691, settings: { weeklyPushEnabled: false } });
    let hang = true;
    let hanging = 0;
    // sendMessage never answers while `hang`, until its request is aborted (as node-fetch does).
    const fetch = (url: string, init: { signal?: AbortSignal }) => {
      if (!hang || !url.endsWith('/sendMessage')) return h.api.fetch(url, init as never);
      hanging++;
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' })),
        );
      });
    };
    const cut = new AbortController();
    const api = createJobsApi(h.api.token, { fetch: fetch as never }, new SendLimiter());
    api.config.use(abortCallsOn(cut.signal));
    const scheduler = new JobScheduler({
      deps: h.deps,
      messages: createJobMessages(h.deps),
      api,
      instanceId: 'cut-off-test',
    });

    h.clock.now = new Date(HCM_2100);
    const tick = scheduler.tick();
    while (hanging === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const cutAt = Date.now();
    cut.abort();
    await tick;
    expect(Date.now() - cutAt).toBeLessThan(1000);
    expect(sentTexts(h, shop.chatId)).toEqual([]);
    const [claim] = await claimsOf(db, shop.shop.id);
    expect(claim).toMatchObject({ state: 'failed', attempts: 1, messagesSent: 0 });

    // The next instance (another scheduler, calls not cut off) sends it once its retry is due.
    hang = false;
    const next = new JobScheduler({
      deps: h.deps,
      messages: createJobMessages(h.deps),
      api: createJobsApi(h.api.token, { fetch: fetch as never }, new SendLimiter()),
      instanceId: 'next-instance',
    });
    h.clock.now = minutesAfter(HCM_2100, 1);
    await next.tick();
    h.clock.now = minutesAfter(HCM_2100, 2);
    await next.tick();
    expect(sentTexts(h, shop.chatId)).toHaveLength(1);
    expect((await claimsOf(db, shop.shop.id))[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });
});
