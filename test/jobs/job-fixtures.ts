import { and, eq } from 'drizzle-orm';
import { createJobMessages } from '../../src/bot/job-messages.js';
import type { Database } from '../../src/db/client.js';
import { type ShopSettingsPatch, updateShopSettings } from '../../src/db/queries/shop-settings.js';
import { createShopWithSettings } from '../../src/db/queries/shops.js';
import { createUser } from '../../src/db/queries/users.js';
import { type JobClaim, jobClaims, type Shop } from '../../src/db/schema/index.js';
import type { JobDeps, JobMessages } from '../../src/jobs/job-deps.js';
import { JobScheduler } from '../../src/jobs/job-scheduler.js';
import { createJobsApi } from '../../src/jobs/jobs-api.js';
import { SendLimiter, type SendLimiterOptions } from '../../src/jobs/send-limiter.js';
import type { Harness } from '../support/bot-harness.js';

export interface ShopFixture {
  shop: Shop;
  /** The owner's Telegram id, which is also their private chat's id. */
  chatId: number;
}

/** An owner with one shop, set up directly in the database (no onboarding chat). */
export async function addShop(
  db: Database,
  options: {
    chatId: number;
    name?: string;
    language?: 'vi' | 'en';
    timeZone?: string;
    settings?: ShopSettingsPatch;
  },
): Promise<ShopFixture> {
  const user = await createUser(db, {
    externalId: String(options.chatId),
    displayName: `Owner ${options.chatId}`,
    language: options.language ?? 'vi',
  });
  const shop = await createShopWithSettings(db, {
    ownerId: user.id,
    name: options.name ?? `Shop ${options.chatId}`,
    cogsRatio: 0.4,
    ...(options.timeZone && { timeZone: options.timeZone }),
  });
  // The scenarios here are written around one Monday-morning push time, not each shop's own default slot.
  await updateShopSettings(db, shop.id, { weeklyPushTime: '08:00', ...options.settings });
  return { shop, chatId: options.chatId };
}

/** A scheduler on the harness's database, clock and Bot API stand-in, as one bot instance would run it. */
export function schedulerFor(
  h: Harness,
  options: {
    instanceId?: string;
    limiter?: SendLimiterOptions;
    concurrency?: number;
    /** Instead of the stand-in's fetch (e.g. one that fails first). */
    fetch?: typeof h.api.fetch;
    /** Instead of the harness's deps (e.g. a logger that keeps its lines, a database with a hook). */
    deps?: Partial<JobDeps>;
    /** Instead of the bot's job messages (e.g. ones that do something while a push is built). */
    messages?: JobMessages;
  } = {},
): JobScheduler {
  const api = createJobsApi(
    h.api.token,
    { fetch: (options.fetch ?? h.api.fetch) as never },
    new SendLimiter(options.limiter),
  );
  return new JobScheduler({
    deps: { ...h.deps, ...options.deps },
    messages: options.messages ?? createJobMessages(h.deps),
    api,
    instanceId: options.instanceId ?? 'test-instance',
    ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
  });
}

export async function claimsOf(db: Database, shopId: string, kind?: string): Promise<JobClaim[]> {
  return db
    .select()
    .from(jobClaims)
    .where(kind ? and(eq(jobClaims.shopId, shopId), eq(jobClaims.kind, kind)) : eq(jobClaims.shopId, shopId));
}

/** Texts the stand-in received through sendMessage for one chat. */
export function sentTexts(h: Harness, chatId: number): string[] {
  return h.api
    .callsOf('sendMessage')
    .filter((c) => Number(c.payload.chat_id) === chatId)
    .map((c) => String(c.payload.text));
}
