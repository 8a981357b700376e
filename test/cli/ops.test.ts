import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatDuration,
  instantFor,
  main,
  parseAsOf,
  parseOpsArgs,
  progressLine,
  runDiagnose,
  runSendCommand,
  UsageError,
} from '../../src/cli/ops.js';
import type { Database } from '../../src/db/client.js';
import { insertDailyRecords } from '../../src/db/queries/daily-records.js';
import type { ScheduledShop } from '../../src/db/queries/shops.js';
import { REMINDER_JOB, WEEKLY_PUSH_JOB } from '../../src/jobs/due-jobs.js';
import { jobProgress } from '../../src/jobs/job-progress.js';
import { exampleDay } from '../db/fixtures.js';
import { addShop, claimsOf, schedulerFor, sentTexts } from '../jobs/job-fixtures.js';
import { createHarness, type Harness } from '../support/bot-harness.js';
import { closeTestDatabase, getTestDatabase, resetTestDatabase } from '../support/test-db.js';

describe('parseOpsArgs', () => {
  it('reads the three commands and their options', () => {
    const shop = '0b6a4f0e-5d0c-4c2a-9a59-0a4f1c3e2d11';
    expect(parseOpsArgs(['weekly-push'])).toEqual({ name: 'weekly-push' });
    expect(parseOpsArgs(['weekly-push', '--shop', shop, '--as-of=2026-11-30'])).toEqual({
      name: 'weekly-push',
      shopId: shop,
      asOf: { kind: 'day', date: '2026-11-30' },
    });
    expect(parseOpsArgs(['reminders', '--as-of', '2026-11-24T21:05'])).toEqual({
      name: 'reminders',
      asOf: { kind: 'local', date: '2026-11-24', time: '21:05' },
    });
    expect(parseOpsArgs(['diagnose', '--shop', shop, '--week', '2026-W47'])).toEqual({
      name: 'diagnose',
      shopId: shop,
      week: '2026-W47',
    });
    expect(parseOpsArgs([])).toEqual({ name: 'help' });
    expect(parseOpsArgs(['reminders', '--help'])).toEqual({ name: 'help' });
    expect(parseOpsArgs(['diagnose', '-h'])).toEqual({ name: 'help' });
  });

  it.each([
    [['send-everything'], 'Unknown command: send-everything'],
    [['reminders', 'now'], 'Unexpected argument: now'],
    [['reminders', '--week', '2026-W47'], 'reminders does not take --week'],
    [['reminders', '--as-of'], '--as-of needs a value'],
    [['reminders', '--as-of='], '--as-of needs a value'],
    [['reminders', '--as-of', '--shop', '0b6a4f0e-5d0c-4c2a-9a59-0a4f1c3e2d11'], '--as-of needs a value'],
    [['diagnose', '--week', '2026-W47', '--shop'], '--shop needs a value'],
    [['weekly-push', '--force'], 'Unknown option: --force'],
    [['weekly-push', '-f'], 'Unknown option: -f'],
    [['weekly-push', '--help=yes'], '--help takes no value'],
    [['reminders', '--as-of', '2026-11-24', '--as-of', '2026-11-25'], '--as-of is given twice'],
    [['reminders', '--as-of', '24/11/2026'], '--as-of expects YYYY-MM-DD'],
    [['reminders', '--as-of', '2026-02-30'], '--as-of expects YYYY-MM-DD'],
    [['reminders', '--as-of', '2026-11-24T24:00'], '--as-of expects YYYY-MM-DD'],
    [['weekly-push', '--shop', '42'], '--shop expects a shop id (a UUID)'],
    [['diagnose', '--week', '2026-W47'], 'diagnose needs --shop ID and --week YYYY-Www'],
    [
      ['diagnose', '--shop', '0b6a4f0e-5d0c-4c2a-9a59-0a4f1c3e2d11', '--week', '2026-W54'],
      '--week expects an ISO week',
    ],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseOpsArgs(argv)).toThrow(UsageError);
    expect(() => parseOpsArgs(argv)).toThrow(message);
  });
});

describe('--as-of', () => {
  const shop = (timeZone: string) =>
    ({
      settings: { timeZone, reminderTime: '21:00', weeklyPushTime: '08:00' },
    }) as unknown as ScheduledShop;

  it("reads a date as each shop's scheduled time that day, in the shop's zone", () => {
    const asOf = parseAsOf('2026-11-30');
    expect(instantFor(asOf, shop('Asia/Ho_Chi_Minh'), WEEKLY_PUSH_JOB)).toEqual(
      new Date('2026-11-30T01:00:00Z'),
    );
    expect(instantFor(asOf, shop('Europe/Berlin'), REMINDER_JOB)).toEqual(new Date('2026-11-30T20:00:00Z'));
  });

  it("reads a time without offset in each shop's zone, and one with an offset as one instant", () => {
    expect(instantFor(parseAsOf('2026-11-24T21:05'), shop('America/Los_Angeles'), REMINDER_JOB)).toEqual(
      new Date('2026-11-25T05:05:00Z'),
    );
    const instant = parseAsOf('2026-11-24T21:05+07:00');
    expect(instantFor(instant, shop('America/Los_Angeles'), REMINDER_JOB)).toEqual(
      new Date('2026-11-24T14:05:00Z'),
    );
    expect(parseAsOf('2026-11-24T14:05Z')).toEqual({ kind: 'instant', at: new Date('2026-11-24T14:05:00Z') });
  });
});

describe('ops commands on the database', () => {
  let db: Database;
  let h: Harness;
  let lines: string[];
  const print = (line: string) => lines.push(line);

  beforeAll(async () => {
    db = await getTestDatabase();
  });
  beforeEach(async () => {
    await resetTestDatabase(db);
    // The real now: Wednesday 2 December 2026, midday in Ho Chi Minh City.
    h = createHarness(db, { now: '2026-12-02T05:00:00Z' });
    lines = [];
  });
  afterAll(async () => {
    await closeTestDatabase();
  });

  it('weekly-push --as-of sends the push of that Monday once, however often it is run', async () => {
    const { shop, chatId } = await addShop(db, { chatId: 901, name: 'Hoa Mai' });
    const command = parseOpsArgs(['weekly-push', '--as-of', '2026-11-30']);
    if (command.name !== 'weekly-push') throw new Error('parsed wrong');

    expect(await runSendCommand(command, schedulerFor(h, { instanceId: 'cli-1' }), print)).toBe(0);
    expect(sentTexts(h, chatId)).toEqual(['Tuần 23/11–29/11 chưa có ngày nào được ghi.']);
    expect(lines.join('\n')).toContain(`sent      2026-W48  Hoa Mai  ${shop.id}`);
    expect(lines.join('\n')).toMatch(/2026-W48: 0 of 1 shop\(s\) diagnosed and stored in \d+ ms/);
    expect(lines.at(-1)).toMatch(/^Sent 1, skipped 0, failed 0, no action 0 /);

    lines = [];
    expect(await runSendCommand(command, schedulerFor(h, { instanceId: 'cli-2' }), print)).toBe(0);
    expect(sentTexts(h, chatId)).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^Sent 0, skipped 0, failed 0, no action 1 /);
    expect(lines.join('\n')).toContain(`no action  2026-W48  Hoa Mai  ${shop.id} (sent)`);
    // Reminders were not touched by a weekly-push run.
    expect(await claimsOf(db, shop.id, REMINDER_JOB)).toEqual([]);
  });

  it('weekly-push prints its progress while it sends: done/total, the rate so far and the ETA at that rate', async () => {
    for (const chatId of [911, 912, 913, 914]) await addShop(db, { chatId });
    const command = parseOpsArgs(['weekly-push', '--as-of', '2026-11-30']);
    if (command.name !== 'weekly-push') throw new Error('parsed wrong');
    const progress: string[] = [];
    // A clock read once at the start and once per job finished, 3 s later each time.
    let ms = -3_000;
    const clock = () => (ms += 3_000);

    expect(
      await runSendCommand(command, schedulerFor(h), print, {
        print: (line) => progress.push(line),
        everyMs: 5_000,
        clock,
      }),
    ).toBe(0);
    // Job 1 at 3 s: under 5 s since the start, nothing. Job 2 at 6 s: 2 jobs / 6 s = 0.33/s, the 2 left
    // take 6 s. Job 3 at 9 s: 3 s since the last line, nothing. Job 4 at 12 s: the last, 4 / 12 s.
    expect(progress).toEqual([
      'weekly-push: 2/4 done (50.0 %) · 0.3 jobs/s · ETA 6 s',
      'weekly-push: 4/4 done (100.0 %) · 0.3 jobs/s · all done',
    ]);
    expect(lines.at(-1)).toMatch(/^Sent 4, skipped 0, failed 0, no action 0 /);
  });

  it('reminders --shop sends only that shop, and leaves alone an --as-of after now', async () => {
    const one = await addShop(db, { chatId: 902 });
    const other = await addShop(db, { chatId: 903 });
    const command = parseOpsArgs(['reminders', '--shop', one.shop.id, '--as-of', '2026-12-01T21:10']);
    if (command.name !== 'reminders') throw new Error('parsed wrong');
    expect(await runSendCommand(command, schedulerFor(h), print)).toBe(0);
    expect(sentTexts(h, one.chatId)).toEqual([expect.stringContaining('(01/12/2026)')]);
    expect(sentTexts(h, other.chatId)).toEqual([]);

    const future = parseOpsArgs(['reminders', '--as-of', '2026-12-02T21:00']);
    if (future.name !== 'reminders') throw new Error('parsed wrong');
    lines = [];
    expect(await runSendCommand(future, schedulerFor(h), print)).toBe(0);
    expect(lines.join('\n')).toContain('not yet (--as-of is after now)');
    expect(await claimsOf(db, other.shop.id, REMINDER_JOB)).toEqual([]);
  });

  it('exits 1 for a shop that does not exist or a send that failed', async () => {
    const missing = parseOpsArgs(['weekly-push', '--shop', '0b6a4f0e-5d0c-4c2a-9a59-0a4f1c3e2d11']);
    if (missing.name !== 'weekly-push') throw new Error('parsed wrong');
    expect(await runSendCommand(missing, schedulerFor(h), print)).toBe(1);
    expect(lines).toEqual(['No shop with id 0b6a4f0e-5d0c-4c2a-9a59-0a4f1c3e2d11.']);

    await addShop(db, { chatId: 904 });
    h.api.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' });
    const push = parseOpsArgs(['weekly-push', '--as-of', '2026-11-30']);
    if (push.name !== 'weekly-push') throw new Error('parsed wrong');
    lines = [];
    expect(await runSendCommand(push, schedulerFor(h), print)).toBe(1);
    expect(lines.join('\n')).toContain('FAILED');
  });

  it('diagnose prints the finished week as the owner reads it', async () => {
    const { shop } = await addShop(db, { chatId: 905, name: 'Hoa Mai' });
    const days = Array.from({ length: 14 }, (_, i) => {
      const date = `2026-11-${String(9 + i).padStart(2, '0')}`;
      return i < 7 ? exampleDay(date) : exampleDay(date, { orders: 8 });
    });
    await insertDailyRecords(db, shop.id, days);
    const command = parseOpsArgs(['diagnose', '--shop', shop.id, '--week', '2026-W47']);
    if (command.name !== 'diagnose') throw new Error('parsed wrong');
    expect(await runDiagnose(command, h.deps, print)).toBe(0);
    expect(lines.join('\n')).toContain('📊 Tuần 16/11–22/11 · Hoa Mai');

    lines = [];
    const running = parseOpsArgs(['diagnose', '--shop', shop.id, '--week', '2026-W49']);
    if (running.name !== 'diagnose') throw new Error('parsed wrong');
    expect(await runDiagnose(running, h.deps, print)).toBe(1);
    expect(lines[0]).toContain('2026-W49 is not over yet');
  });
});

describe('progressLine', () => {
  it('reads 100,000 pushes at Telegram’s 30 messages/s as most of an hour', () => {
    // 1,200 done in 40 s = 30 jobs/s; 98,800 left / 30 = 3,293.3 s = 54 min 53 s.
    expect(progressLine('weekly-push', jobProgress(1_200, 100_000, 40_000))).toBe(
      'weekly-push: 1,200/100,000 done (1.2 %) · 30.0 jobs/s · ETA 54 min 53 s',
    );
    // 100 done in 10 s = 10 jobs/s; 99,900 left / 10 = 9,990 s = 2 h 46 min 30 s.
    expect(progressLine('reminders', jobProgress(100, 100_000, 10_000))).toBe(
      'reminders: 100/100,000 done (0.1 %) · 10.0 jobs/s · ETA 2 h 46 min',
    );
    expect(progressLine('reminders', jobProgress(0, 10, 0))).toBe(
      'reminders: 0/10 done (0.0 %) · – jobs/s · ETA unknown',
    );
  });

  it('formats durations in seconds, minutes or hours', () => {
    expect(formatDuration(44_600)).toBe('45 s');
    expect(formatDuration(60_000)).toBe('1 min 00 s');
    expect(formatDuration(3_659_000)).toBe('1 h 00 min');
  });
});

describe('main', () => {
  let output: string[];
  beforeEach(() => {
    output = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('prints the usage on bad arguments and exits 2', async () => {
    expect(await main(['reminders', '--week', 'x'])).toBe(2);
    expect(output.join('\n')).toMatch(/reminders does not take --week\n\nUsage: npm run cli -- <command>/);
  });

  it('names an unknown option or a missing value, then prints the usage, and exits 2', async () => {
    expect(await main(['weekly-push', '--dry-run'])).toBe(2);
    expect(output.join('\n')).toMatch(/^Unknown option: --dry-run\n\nUsage: npm run cli -- <command>/);
    output = [];
    expect(await main(['diagnose', '--shop'])).toBe(2);
    expect(output.join('\n')).toMatch(/^--shop needs a value\n\nUsage: npm run cli -- <command>/);
  });

  it('says clearly that sending needs BOT_TOKEN', async () => {
    vi.stubEnv('BOT_TOKEN', '');
    expect(await main(['weekly-push'])).toBe(2);
    expect(output.join('\n')).toContain(
      'BOT_TOKEN is not set. "weekly-push" sends messages through Telegram',
    );
  });
});
