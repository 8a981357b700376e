import { describe, expect, it } from 'vitest';
import type { ScheduledShop } from '../../src/db/queries/shops.js';
import { REMINDER_JOB, WEEKLY_PUSH_JOB } from '../../src/jobs/due-jobs.js';
import { jobNow } from '../../src/jobs/job-now.js';

const shop = {
  shop: { id: 'shop-1', name: 'Hoa Mai Shop' },
  settings: { timeZone: 'Asia/Ho_Chi_Minh', dayClosesAt: '04:00' },
  owner: { id: 'owner-1', externalId: '901', language: 'vi' },
} as unknown as ScheduledShop;

const periods = (iso: string) => {
  const now = new Date(iso);
  return [jobNow(shop, REMINDER_JOB, now).periodKey, jobNow(shop, WEEKLY_PUSH_JOB, now).periodKey];
};

// Week 2026-W48 is Monday 23/11 – Sunday 29/11; W47 the week before, W49 from Monday 30/11.
describe('jobNow (the local chat’s /dev remind and /dev push)', () => {
  it('reminds of the books day and pushes the last week whose books have closed', () => {
    // Monday 30/11 at 00:30: the books are still on Sunday 29/11, so W48 is not over.
    expect(periods('2026-11-30T00:30:00+07:00')).toEqual(['2026-11-29', '2026-W47']);
    // Monday 30/11 at 04:00, the day close: Sunday's books have closed.
    expect(periods('2026-11-30T04:00:00+07:00')).toEqual(['2026-11-30', '2026-W48']);
    // Sunday 29/11 in the evening: W48 is still running.
    expect(periods('2026-11-29T21:00:00+07:00')).toEqual(['2026-11-29', '2026-W47']);
  });

  it('is due now and decided now, so it is never past its catch-up window', () => {
    const now = new Date('2026-11-24T12:00:00+07:00');
    const job = jobNow(shop, REMINDER_JOB, now);
    expect(job.dueAt).toEqual(now);
    expect(job.at).toEqual(now);
  });
});
