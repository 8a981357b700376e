// The baseline of the evening bench, run as a child process like the real bot: a bare grammY webhook bot on
// node:http that does one upsert and one reply per text update, on the same PostgreSQL, Bot API stand-in
// and machine. Settings come from the same variables as the bot's (BOT_TOKEN, TELEGRAM_API_ROOT,
// DATABASE_URL, WEBHOOK_SECRET, HOST, PORT) plus BARE_SHOP_ID, the shop whose days it writes.
import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';
import pg from 'pg';

const env = process.env;
const log = (level: number, msg: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), msg, ...fields })}\n`);

// The same pool size as the bot's (createDatabase's default).
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const bot = new Bot(env.BOT_TOKEN ?? '', { client: { apiRoot: env.TELEGRAM_API_ROOT ?? '' } });
const shopId = env.BARE_SHOP_ID ?? '';

const UPSERT = `
  insert into daily_records (shop_id, record_date, orders, revenue, ad_spend, leads, cogs, net_profit)
  values ($1, current_date - $2::int, 15, 8500000, 2000000, 85, 3400000, 3100000)
  on conflict (shop_id, record_date) do update set orders = excluded.orders, revenue = excluded.revenue,
    ad_spend = excluded.ad_spend, leads = excluded.leads, cogs = excluded.cogs,
    net_profit = excluded.net_profit, updated_at = now()`;

bot.on('message:text', async (ctx) => {
  await pool.query(UPSERT, [shopId, ctx.update.update_id % 3000]);
  await ctx.reply('ok');
});

await bot.init();
const handle = webhookCallback(bot, 'http', { secretToken: env.WEBHOOK_SECRET ?? '' });
const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/telegram/webhook') return void res.writeHead(404).end();
  handle(req, res).catch((err: unknown) => {
    const error = err instanceof Error ? err : new Error(String(err));
    log(50, 'update could not be handled', { err: { type: error.name, message: error.message } });
    if (!res.headersSent) res.writeHead(500).end();
  });
});
await new Promise<void>((resolve) =>
  server.listen(Number(env.PORT ?? 8080), env.HOST ?? '127.0.0.1', () => resolve()),
);
log(30, 'webhook set');

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
