import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { PINNED_NOW, pinnedClockEnv } from '../process/support/pinned-clock.js';

const dataDirs: string[] = [];
function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoppulse-chat-'));
  dataDirs.push(dir);
  return dir;
}
const dataDir = newDataDir();
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

interface ChatRun {
  dataDir?: string;
  /** The instant the chat's clock starts at (SHOPPULSE_NOW). */
  now?: string;
  locale?: 'vi' | 'en';
}

/** `npm run chat` with the owner's lines on standard input, as a tester would type them. */
function chat(lines: string[], run: ChatRun = {}): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts'], {
    cwd: projectRoot,
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 90_000,
    env: {
      ...process.env,
      DATA_DIR: run.dataDir ?? dataDir,
      DATABASE_URL: '',
      BOT_TOKEN: '',
      LOG_LEVEL: 'warn',
      DEFAULT_LOCALE: run.locale ?? 'vi',
      ...pinnedClockEnv(run.now ?? PINNED_NOW),
    },
  });
  if (result.status !== 0) throw new Error(`chat exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

// Each test starts a process that opens PGlite (several seconds, more on a busy machine).
describe('npm run chat', { timeout: 120_000 }, () => {
  it('lets a tester onboard and save 15 8tr5 2tr 85 with no token and no database server', () => {
    const out = chat(['/start', 'Hoa Mai Shop', '#1', '#1', '15 8tr5 2tr 85', '#1', '/quit']);
    expect(out).toContain('[#1 🇻🇳 Tiếng Việt]');
    expect(out).toContain('Đã tạo cửa hàng Hoa Mai Shop');
    expect(out).toContain('AOV (giá trị đơn): 566.667 ₫');
    expect(out).toContain('CPL (chi phí/lead): 23.529 ₫');
    expect(out).toContain('CVR (tỉ lệ chốt): 17,65 %');
    expect(out).toContain('ROAS: 4,25 · hòa vốn 1,67 ✅ có lãi');
    expect(out).toContain('Lãi ròng: 3.100.000 ₫');
    expect(out).toContain('(notice) Đã lưu');
  });

  it('keeps the data for the next session (a restart loses nothing)', () => {
    const out = chat(['/edit hôm nay', '/quit']);
    expect(out).toContain('Số liệu đã lưu');
    expect(out).toContain('Lãi ròng: 3.100.000 ₫');
  });
});

// The same evening's entry at two hours of Tuesday 24/11/2026 in Ho Chi Minh City. Before the shop's day
// closes (04:00 by default) the books are on Monday 23/11: a dateless entry, /today and "hôm nay" / "today"
// typed by the owner are for the 23rd, "hôm qua" / "yesterday" for the 22nd; from then on for the 24th.
const SCENARIO = {
  vi: {
    language: '#1',
    lines: ['/today', '/cancel', '15 8tr5 2tr 85', '#1', '/edit hôm nay', '/edit hôm qua'],
    saved: (date: string) => `✅ Đã lưu số liệu ngày ${date}/2026.`,
    askOrders: {
      before: 'Hôm nay (23/11/2026) có bao nhiêu đơn?',
      after: 'Hôm nay (24/11/2026) có bao nhiêu đơn?',
    },
    empty: (date: string) => `Ngày ${date}/2026 chưa có số liệu.`,
    shown: 'Số liệu đã lưu',
    day: { '22/11': '22/11', '23/11': '23/11', '24/11': '24/11' },
    net: 'Lãi ròng: 3.100.000 ₫',
  },
  en: {
    language: '#2',
    lines: ['/today', '/cancel', '15 8tr5 2tr 85', '#1', '/edit today', '/edit yesterday'],
    saved: (date: string) => `✅ Saved the numbers for ${date} 2026.`,
    askOrders: {
      before: 'How many orders today (Mon 23 Nov 2026)?',
      after: 'How many orders today (Tue 24 Nov 2026)?',
    },
    empty: (date: string) => `${date} 2026 has no numbers yet.`,
    shown: 'Saved numbers',
    day: { '22/11': 'Sun 22 Nov', '23/11': 'Mon 23 Nov', '24/11': 'Tue 24 Nov' },
    net: 'Net profit: 3,100,000 ₫',
  },
} as const;

describe('npm run chat at 00:30 and at 12:00 (Asia/Ho_Chi_Minh)', { timeout: 120_000 }, () => {
  for (const locale of ['vi', 'en'] as const) {
    const s = SCENARIO[locale];
    it(`${locale}: at 00:30 the entry and "today" are Monday's, and "yesterday" is Sunday`, () => {
      const out = chat(['/start', 'Hoa Mai Shop', s.language, '#1', ...s.lines, '/quit'], {
        dataDir: newDataDir(),
        now: '2026-11-24T00:30:00+07:00',
        locale,
      });
      expect(out).toContain(s.askOrders.before);
      expect(out).toContain(s.saved(s.day['23/11']));
      expect(out).not.toContain(s.saved(s.day['24/11']));
      // `/edit` of today shows the saved day with its figures; yesterday, the 22nd, has none.
      const today = out.slice(
        out.lastIndexOf('you ›', out.lastIndexOf('you ›') - 1),
        out.lastIndexOf('you ›'),
      );
      expect(today).toContain(s.day['23/11']);
      expect(today).toContain(s.shown);
      expect(today).toContain(s.net);
      expect(out).toContain(s.empty(s.day['22/11']));
    });

    it(`${locale}: at 12:00 the entry is Tuesday's, and yesterday has none`, () => {
      const out = chat(['/start', 'Hoa Mai Shop', s.language, '#1', ...s.lines, '/quit'], {
        dataDir: newDataDir(),
        now: '2026-11-24T12:00:00+07:00',
        locale,
      });
      expect(out).toContain(s.askOrders.after);
      expect(out).toContain(s.saved(s.day['24/11']));
      expect(out).not.toContain(s.saved(s.day['23/11']));
      const today = out.slice(
        out.lastIndexOf('you ›', out.lastIndexOf('you ›') - 1),
        out.lastIndexOf('you ›'),
      );
      expect(today).toContain(s.day['24/11']);
      expect(today).toContain(s.shown);
      expect(today).toContain(s.net);
      expect(out).toContain(s.empty(s.day['23/11']));
    });
  }
});

/** What the chat printed for the `nth` (0-based) time the owner typed `line`, up to the next line typed. */
function answerTo(out: string, line: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = out.indexOf(`you › ${line}\n`, at + 1);
    if (at < 0) throw new Error(`"${line}" typed fewer than ${nth + 1} times`);
  }
  const end = out.indexOf('you ›', at + 1);
  return out.slice(at, end < 0 ? undefined : end);
}

// Tuesday 24/11/2026 at noon: the reminder is for the 24th (not recorded; the 22nd and 23rd are, so no day
// before it is missing), the weekly summary for the week of 16/11–22/11 (2026-W47), whose Sunday 22/11 is
// its one booked day: revenue 8.500.000 ₫.
const DEV = {
  vi: {
    language: '#1',
    entries: ['22/11 15 8tr5 2tr 85', '#1', '23/11 15 8tr5 2tr 85', '#1'],
    reminder: '⏰ Hoa Mai Shop: chưa có số liệu hôm nay (24/11/2026).',
    offButton: '[#1 🔕 Tắt nhắc nhở]',
    /** How many `#1` the owner typed before pressing it. */
    pressesBefore: 4,
    turnedOff: '(notice) Đã tắt nhắc nhở',
    week: '16/11–22/11',
    revenue: '8.500.000 ₫',
  },
  en: {
    language: '#2',
    entries: ['22/11 15 8.5m 2m 85', '#1', '23/11 15 8.5m 2m 85', '#1'],
    reminder: '⏰ Hoa Mai Shop: no numbers for today (Tue 24 Nov 2026) yet.',
    offButton: '[#1 🔕 Turn reminders off]',
    pressesBefore: 3,
    turnedOff: '(notice) Reminders turned off',
    week: '16 Nov–22 Nov',
    revenue: '8,500,000 ₫',
  },
} as const;

describe('npm run chat: /dev remind and /dev push', { timeout: 120_000 }, () => {
  for (const locale of ['vi', 'en'] as const) {
    const s = DEV[locale];
    it(`${locale}: run the scheduler's reminder and weekly summary now, once a period, buttons pressable`, () => {
      const out = chat(
        [
          ...['/start', 'Hoa Mai Shop', s.language, '#1', ...s.entries],
          ...['/dev remind', '#1', '/dev remind', '/dev push', '/dev push', '/quit'],
        ],
        { dataDir: newDataDir(), locale },
      );
      expect(out).toContain('/dev remind (the evening reminder) · /dev push (the weekly summary)');

      const reminder = answerTo(out, '/dev remind');
      expect(reminder).toContain(`bot › ${s.reminder}`);
      expect(reminder).toContain(s.offButton);
      expect(reminder).toContain('The evening reminder for 2026-11-24 (Hoa Mai Shop): sent');
      // Its button, pressed by number, is handled by the bot as in Telegram.
      expect(answerTo(out, '#1', s.pressesBefore)).toContain(s.turnedOff);
      const again = answerTo(out, '/dev remind', 1);
      expect(again).toContain('was already sent for this period; not sent again.');
      expect(again).not.toContain('bot ›');

      const push = answerTo(out, '/dev push');
      expect(push).toContain('The weekly summary for 2026-W47 (Hoa Mai Shop): sent');
      expect(push).toContain('bot › ');
      expect(push).toContain(s.week);
      expect(push).toContain(s.revenue);
      const pushAgain = answerTo(out, '/dev push', 1);
      expect(pushAgain).toContain(
        '2026-W47 (Hoa Mai Shop) was already sent for this period; not sent again.',
      );
      expect(pushAgain).not.toContain('bot ›');
    });
  }

  it('says the day is already recorded instead of reminding, and asks for a shop before one exists', () => {
    const out = chat(
      ['/dev remind', '/start', 'Hoa Mai Shop', '#1', '#1', '15 8tr5 2tr 85', '#1', '/dev remind', '/quit'],
      {
        dataDir: newDataDir(),
      },
    );
    expect(answerTo(out, '/dev remind')).toContain('No shop yet: type /start first.');
    const recorded = answerTo(out, '/dev remind', 1);
    expect(recorded).toContain(
      'The evening reminder for 2026-11-24 (Hoa Mai Shop): not sent (day already recorded).',
    );
    expect(recorded).not.toContain('bot ›');
  });
});
