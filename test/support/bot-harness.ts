import type { Bot } from 'grammy';
import { beforeEach } from 'vitest';
import type { BotContext, BotDeps } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/index.js';
import type { Database } from '../../src/db/client.js';
import { BotApiStandIn } from '../../src/dev/bot-api-stand-in.js';
import { ChatSession, type TelegramUserInfo } from '../../src/dev/chat-session.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { createLogger } from '../../src/logger.js';
import { useTestDatabase } from './test-db.js';

const translator = createTranslator('vi');

export interface Harness {
  api: BotApiStandIn;
  bot: Bot<BotContext>;
  deps: BotDeps;
  /** The bot's clock; tests move it. */
  clock: { now: Date };
  user(info: TelegramUserInfo): ChatSession;
  /** A new bot instance on the same database and the same stand-in, as after a restart. */
  restart(): Bot<BotContext>;
}

/** The real bot, wired to the local Bot API stand-in and the given database, with a pinned clock. */
export function createHarness(db: Database, options: { now?: string } = {}): Harness {
  const api = new BotApiStandIn();
  const clock = { now: new Date(options.now ?? '2026-11-24T20:00:00+07:00') };
  const deps: BotDeps = {
    db,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    translator,
    defaultLocale: 'vi',
    defaultTimeZone: 'Asia/Ho_Chi_Minh',
    now: () => clock.now,
  };
  const build = () =>
    createBot(api.token, deps, {
      botInfo: api.botInfo,
      client: { fetch: api.fetch as never },
    });
  const harness: Harness = {
    api,
    bot: build(),
    deps,
    clock,
    user: (info) => new ChatSession(harness.bot as unknown as Bot<never>, api, info),
    restart: () => {
      harness.bot = build();
      return harness.bot;
    },
  };
  return harness;
}

/**
 * The set-up of a bot test file: the worker's database (see useTestDatabase: call this at the top of the
 * file, with `await`) and, before each test, a new harness on it once the database is emptied. `h` stands
 * for the current test's harness: read it in hooks and tests only. Hooks the file registers after this call
 * run after these, so they can onboard owners through `h`.
 */
export async function useBotHarness(options: { now?: string } = {}): Promise<{ db: Database; h: Harness }> {
  const db = await useTestDatabase();
  let current: Harness | undefined;
  beforeEach(() => {
    current = createHarness(db, options);
  });
  const harness = (): Harness => {
    if (!current) throw new Error('the harness is built before each test: use it in hooks and tests');
    return current;
  };
  const h: Harness = {
    get api() {
      return harness().api;
    },
    get bot() {
      return harness().bot;
    },
    set bot(bot) {
      harness().bot = bot;
    },
    get deps() {
      return harness().deps;
    },
    get clock() {
      return harness().clock;
    },
    user: (info) => harness().user(info),
    restart: () => harness().restart(),
  };
  return { db, h };
}

/** Runs /start to the end: name, language, COGS default. */
export async function onboard(
  chat: ChatSession,
  options: { shopName?: string; language?: 'vi' | 'en'; cogs?: string } = {},
): Promise<void> {
  await chat.send('/start');
  await chat.send(options.shopName ?? 'Hoa Mai Shop');
  await chat.press(options.language === 'en' ? 'English' : 'Tiếng Việt');
  if (options.cogs) await chat.send(options.cogs);
  else await chat.press(/40/);
}

/** Anna, whose Telegram speaks English, onboarded in English with the shop "Anna Flowers". */
export async function onboardEnglishOwner(h: Harness, id: number): Promise<ChatSession> {
  const chat = h.user({ id, first_name: 'Anna', language_code: 'en' });
  await onboard(chat, { shopName: 'Anna Flowers', language: 'en' });
  return chat;
}
