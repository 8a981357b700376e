// Broadcast rate: one scheduler tick sending the evening reminder to N shops (N distinct chats) through the
// jobs' Api (our SendLimiter + the jobs' retry), against the Bot API stand-in made to answer 429 (retry_after 1)
// past 30 messages in any sliding second, as Telegram does for bulk sends. Every message is claimed, sent
// and marked in the database like in production. Beside it, in the same run, the same tick on an Api with
// the same retry and no pacing (it reacts to 429 after the fact).
// Goal: ≥ 27 msg/s sustained with zero 429s.
import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import { JOBS_RETRY_POLICY, retryWithinBudget } from '../src/api-retry.js';
import type { BotDeps } from '../src/bot/context.js';
import { createJobMessages } from '../src/bot/job-messages.js';
import type { Database } from '../src/db/client.js';
import { jobClaims, shopSettings, shops, users } from '../src/db/schema/index.js';
import { BotApiStandIn } from '../src/dev/bot-api-stand-in.js';
import { createTranslator } from '../src/i18n/translator.js';
import { JobScheduler } from '../src/jobs/job-scheduler.js';
import { createJobsApi } from '../src/jobs/jobs-api.js';
import { createLogger } from '../src/logger.js';
import { openBenchDatabase } from './bench-database.js';

const CHATS = Number(process.env.BENCH_BROADCAST_CHATS ?? 600);
const SERVER_LIMIT = 30;
const SERVER_WINDOW_MS = 1000;
/** 21:00:30 on 24 November 2026 in Ho Chi Minh City: every shop's reminder is due. */
const EVENING = new Date('2026-11-24T14:00:30Z');

/** The stand-in behind Telegram's bulk limit: more than 30 sends in any sliding second get a 429. */
function rateLimitedStandIn() {
  const standIn = new BotApiStandIn();
  const accepted: number[] = [];
  let tooMany = 0;
  const fetch = async (
    url: string | URL,
    init?: { body?: unknown; headers?: unknown },
  ): Promise<Response> => {
    if (!String(url).endsWith('/sendMessage')) return standIn.fetch(url, init);
    const now = performance.now();
    const inWindow = accepted.filter((t) => t > now - SERVER_WINDOW_MS).length;
    if (inWindow >= SERVER_LIMIT) {
      tooMany++;
      const body = {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }
    accepted.push(now);
    return standIn.fetch(url, init);
  };
  return {
    standIn,
    fetch,
    stats: () => {
      const first = accepted[0] ?? 0;
      const last = accepted.at(-1) ?? 0;
      let busiestSecond = 0;
      for (let i = 0, j = 0; j < accepted.length; j++) {
        while (accepted[j]! - accepted[i]! >= SERVER_WINDOW_MS) i++;
        busiestSecond = Math.max(busiestSecond, j - i + 1);
      }
      // n messages spread over (n - 1) gaps: the sustained rate between the first and the last.
      const rate = accepted.length > 1 ? ((accepted.length - 1) * 1000) / (last - first) : 0;
      return { accepted: accepted.length, tooMany, rate, busiestSecond };
    },
  };
}

/** N owners with one shop each (distinct chats), reminders on at 21:00, weekly push off; in three inserts. */
async function seedShops(db: Database): Promise<void> {
  const owners = await db
    .insert(users)
    .values(Array.from({ length: CHATS }, (_, i) => ({ externalId: String(5_000_000 + i), language: 'vi' })))
    .returning({ id: users.id });
  const created = await db
    .insert(shops)
    .values(owners.map((o, i) => ({ ownerId: o.id, name: `Shop ${i + 1}` })))
    .returning({ id: shops.id });
  await db.insert(shopSettings).values(created.map((s) => ({ shopId: s.id, weeklyPushEnabled: false })));
}

async function broadcast(db: Database, api: (fetch: never) => Api, label: string) {
  const server = rateLimitedStandIn();
  const deps: BotDeps = {
    db,
    logger: createLogger('silent'),
    translator: createTranslator('vi'),
    defaultLocale: 'vi',
    defaultTimeZone: 'Asia/Ho_Chi_Minh',
    now: () => EVENING,
  };
  await db.delete(jobClaims);
  const scheduler = new JobScheduler({
    deps,
    messages: createJobMessages(deps),
    api: api(server.fetch as never),
    instanceId: label,
  });
  const started = performance.now();
  const report = await scheduler.tick();
  const seconds = (performance.now() - started) / 1000;
  const sent = report.outcomes.filter((o) => o.result === 'sent').length;
  const failed = report.outcomes.filter((o) => o.result === 'failed').length;
  return { label, sent, failed, seconds, ...server.stats() };
}

export async function benchBroadcast(): Promise<void> {
  const { handle, label } = await openBenchDatabase('shoppulse_bench_broadcast');
  console.log(`\n## Broadcast: ${CHATS} evening reminders in one tick — ${label}`);
  console.log(
    `Stand-in Bot API answers 429 (retry_after 1) past ${SERVER_LIMIT} sendMessage in any sliding second.\n`,
  );
  const results = [];
  try {
    await seedShops(handle.db);
    results.push(
      await broadcast(handle.db, (fetch) => createJobsApi('1:bench', { fetch }), 'SendLimiter + retry'),
    );
    results.push(
      await broadcast(
        handle.db,
        (fetch) => {
          const api = new Api('1:bench', { fetch });
          api.config.use(retryWithinBudget(JOBS_RETRY_POLICY));
          return api;
        },
        'retry only',
      ),
    );
  } finally {
    await handle.close();
  }
  console.log(
    '| sender                    | sent | failed | 429s | msg/s sustained | busiest second | tick s |',
  );
  console.log(
    '|---------------------------|------|--------|------|-----------------|----------------|--------|',
  );
  for (const r of results) {
    console.log(
      `| ${r.label.padEnd(25)} | ${String(r.sent).padStart(4)} | ${String(r.failed).padStart(6)} | ${String(r.tooMany).padStart(4)} | ${r.rate.toFixed(1).padStart(15)} | ${String(r.busiestSecond).padStart(14)} | ${r.seconds.toFixed(1).padStart(6)} |`,
    );
  }
  const ours = results[0]!;
  const met = ours.rate >= 27 && ours.tooMany === 0 && ours.sent === CHATS;
  console.log(
    `\nSendLimiter: ${ours.rate.toFixed(1)} msg/s sustained, ${ours.tooMany} × 429 (goal ≥ 27 msg/s, zero 429s) ${met ? 'MET' : 'NOT MET'}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchBroadcast();
