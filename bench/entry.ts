// Quick-entry throughput through the whole bot (stand-in Bot API, PostgreSQL), beside a bare grammY bot
// doing one upsert and one reply per update, in the same run. Goal: ours ≤ 2.5× the bare bot per update.
import { sql } from 'drizzle-orm';
import { Bot } from 'grammy';
import pg from 'pg';
import { createBot } from '../src/bot/index.js';
import type { Database } from '../src/db/client.js';
import { createShopWithSettings } from '../src/db/queries/shops.js';
import { createUser } from '../src/db/queries/users.js';
import { dailyRecords } from '../src/db/schema/index.js';
import { BotApiStandIn } from '../src/dev/bot-api-stand-in.js';
import { ChatSession } from '../src/dev/chat-session.js';
import { addDays, localDate } from '../src/domain/local-date.js';
import { createTranslator } from '../src/i18n/translator.js';
import { createLogger } from '../src/logger.js';
import { exampleDay } from '../test/db/fixtures.js';
import { openBenchDatabase, percentiles } from './bench-database.js';

const OWNERS = 20;
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const WARMUP = 100;
const ROUNDS = 2;

/** Statements sent to PostgreSQL while `on` (every pg connection of this process; none on PGlite). */
const statements = { on: false, count: 0 };

/** Counts the statements of `fn`: (what it returns, how many). */
async function counted<T>(fn: () => Promise<T>): Promise<[T, number]> {
  statements.count = 0;
  statements.on = true;
  try {
    return [await fn(), statements.count];
  } finally {
    statements.on = false;
  }
}

function countStatements(): () => void {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (statements.on) statements.count++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return () => {
    pg.Client.prototype.query = query;
  };
}

function ddmm(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${d}/${m}`;
}

/** Our bot: owners set up through the database, then each entry is a message plus its Save press. */
async function runOurs(db: Database, round: number): Promise<[number[], number]> {
  const api = new BotApiStandIn();
  const bot = createBot(
    api.token,
    {
      db,
      logger: createLogger('silent'),
      translator: createTranslator('vi'),
      defaultLocale: 'vi',
      defaultTimeZone: 'Asia/Ho_Chi_Minh',
      now: () => new Date(),
    },
    { botInfo: api.botInfo, client: { fetch: api.fetch as never } },
  );
  const chats: ChatSession[] = [];
  for (let i = 0; i < OWNERS; i++) {
    const externalId = 2_000_000 + round * 1000 + i;
    const user = await createUser(db, {
      externalId: String(externalId),
      displayName: `Owner ${i}`,
      language: 'vi',
    });
    await createShopWithSettings(db, {
      ownerId: user.id,
      name: `Shop ${i}`,
      cogsRatio: 0.4,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    chats.push(
      new ChatSession(bot as unknown as Bot<never>, api, { id: externalId, first_name: `Owner ${i}` }),
    );
  }
  const today = localDate(new Date(), 'Asia/Ho_Chi_Minh');
  const samples: number[] = [];
  // One entry + Save outside the timed loop, to count its statements.
  const [, perEntry] = await counted(async () => {
    const first = await chats[0]!.send(`${ddmm(today)} 15 8tr5 2tr 85`);
    await chats[0]!.press('Lưu', first.sent[0]);
  });
  for (let k = 0; k < WARMUP + ENTRIES; k++) {
    const chat = chats[k % OWNERS]!;
    const date = addDays(today, -Math.floor(k / OWNERS) % 360);
    const started = performance.now();
    const card = await chat.send(`${ddmm(date)} 15 8tr5 2tr 85`);
    const message = card.sent[0];
    if (!message) throw new Error('no card');
    const saved = await chat.press('Lưu', message);
    if (saved.answers[0] !== 'Đã lưu' && saved.answers[0] !== 'Đã thay số liệu cũ')
      throw new Error(`not saved: ${saved.answers}`);
    if (k >= WARMUP) samples.push((performance.now() - started) / 2);
  }
  return [samples, perEntry];
}

/** The baseline: a bare grammY bot, one upsert and one reply per update. */
async function runBare(db: Database, round: number): Promise<[number[], number]> {
  const api = new BotApiStandIn();
  const user = await createUser(db, {
    externalId: String(3_000_000 + round),
    displayName: 'Bare',
    language: 'vi',
  });
  const shop = await createShopWithSettings(db, {
    ownerId: user.id,
    name: 'Bare',
    cogsRatio: 0.4,
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const bot = new Bot(api.token, { botInfo: api.botInfo, client: { fetch: api.fetch as never } });
  bot.on('message:text', async (ctx) => {
    const { recordDate, ...values } = exampleDay(ctx.message.text);
    await db
      .insert(dailyRecords)
      .values({ shopId: shop.id, recordDate, ...values })
      .onConflictDoUpdate({
        target: [dailyRecords.shopId, dailyRecords.recordDate],
        set: { ...values, updatedAt: sql`now()` },
      });
    await ctx.reply('ok');
  });
  const chat = new ChatSession(bot as unknown as Bot<never>, api, {
    id: 3_000_000 + round,
    first_name: 'Bare',
  });
  const today = localDate(new Date(), 'Asia/Ho_Chi_Minh');
  const samples: number[] = [];
  const [, perUpdate] = await counted(() => chat.send(addDays(today, -2999)));
  for (let k = 0; k < WARMUP + 2 * ENTRIES; k++) {
    const started = performance.now();
    await chat.send(addDays(today, -(k % 3000)));
    if (k >= WARMUP) samples.push(performance.now() - started);
  }
  return [samples, perUpdate];
}

export async function benchEntry(): Promise<void> {
  // Before the pool opens: each connection keeps the query method it was opened with.
  const stopCounting = countStatements();
  const { handle, label } = await openBenchDatabase('shoppulse_bench_entry');
  console.log(`\n## Quick entry through the bot — ${label}`);
  console.log(
    `${ENTRIES} entries × 2 updates (message + Save), ${OWNERS} owners; best of ${ROUNDS} rounds\n`,
  );
  let best: { ours: number[]; bare: number[] } | null = null;
  let counts = { ours: 0, bare: 0 };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const [bare, bareStatements] = await runBare(handle.db, round);
      const [ours, ourStatements] = await runOurs(handle.db, round);
      counts = { ours: ourStatements, bare: bareStatements };
      const score = percentiles(ours).mean / percentiles(bare).mean;
      if (!best || score < percentiles(best.ours).mean / percentiles(best.bare).mean) best = { ours, bare };
    }
  } finally {
    stopCounting();
    await handle.close();
  }
  const ours = percentiles(best!.ours);
  const bare = percentiles(best!.bare);
  const row = (name: string, p: ReturnType<typeof percentiles>) =>
    `| ${name.padEnd(28)} | ${(1000 / p.mean).toFixed(0).padStart(10)} | ${p.mean.toFixed(3).padStart(9)} | ${p.median.toFixed(3).padStart(9)} | ${p.p95.toFixed(3).padStart(9)} |`;
  console.log('| bot                          | updates/s  | mean ms   | p50 ms    | p95 ms    |');
  console.log('|------------------------------|------------|-----------|-----------|-----------|');
  console.log(row('ShopPulse (message + Save)', ours));
  console.log(row('bare grammY (upsert + reply)', bare));
  if (handle.driver === 'pg') {
    console.log(
      `\nSQL statements: ${counts.ours} per entry + Save (2 updates), ${counts.bare} per bare update`,
    );
  }
  const ratio = ours.mean / bare.mean;
  console.log(
    `\nratio ours / bare per update: ${ratio.toFixed(2)}× (goal ≤ 2.5×) ${ratio <= 2.5 ? 'MET' : 'NOT MET'}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEntry();
