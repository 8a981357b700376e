import { describe, expect, it } from 'vitest';
import { jobClaims } from '../../src/db/schema/index.js';
import { onboard, onboardEnglishOwner, useBotHarness } from '../support/bot-harness.js';

// Tuesday 24/11/2026 at noon in Ho Chi Minh City: a reminder and a weekly summary would both have a period.
const { db, h } = await useBotHarness({ now: '2026-11-24T12:00:00+07:00' });

// `/dev remind` and `/dev push` belong to the local chat (`npm run chat`); the bot itself has no such command.
describe('/dev in the production bot', () => {
  it('answers an owner typing /dev as any unknown command, and runs no job', async () => {
    const mai = h.user({ id: 901, first_name: 'Mai', language_code: 'vi' });
    await onboard(mai);
    const anna = await onboardEnglishOwner(h, 902);
    for (const line of ['/dev remind', '/dev push', '/dev', '/dev@ShopPulseBot push']) {
      expect((await mai.send(line)).texts).toEqual([
        'Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.',
      ]);
      expect((await anna.send(line)).texts).toEqual([
        "I didn't understand that. Send /help to see what I can do.",
      ]);
    }
    expect(await db.select().from(jobClaims)).toEqual([]);
  });
});
