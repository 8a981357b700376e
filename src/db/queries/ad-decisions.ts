import { and, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type AdDecision, adDecisions, type NewAdDecision } from '../schema/index.js';
import { type GuardedUpdate, unchangedOrMissing } from './guarded-update.js';

/** An ad is the same ad whatever the case of its name (`Váy đỏ` = `váy đỏ`). */
const sameAd = (name: string) => sql`lower(${adDecisions.adName}) = lower(${name})`;

/** Stores one judgement of an ad; `createdAt` is the bot's clock, so weeks and dates follow it. */
export async function insertAdDecision(
  db: Database,
  values: NewAdDecision & { shopId: string; createdAt: Date },
): Promise<AdDecision> {
  const [row] = await db.insert(adDecisions).values(values).returning();
  return row!;
}

/** One judgement of the shop by id; null for another shop's or an unknown id. */
export async function getAdDecision(db: Database, shopId: string, id: string): Promise<AdDecision | null> {
  const [row] = await db
    .select()
    .from(adDecisions)
    .where(and(eq(adDecisions.shopId, shopId), eq(adDecisions.id, id)))
    .limit(1);
  return row ?? null;
}

/** The latest judgement of each of the shop's ads, most recently judged first. */
export async function listLatestAdDecisions(
  db: Database,
  shopId: string,
  limit: number,
): Promise<AdDecision[]> {
  const latest = await db
    .selectDistinctOn([sql`lower(${adDecisions.adName})`])
    .from(adDecisions)
    .where(eq(adDecisions.shopId, shopId))
    .orderBy(sql`lower(${adDecisions.adName})`, desc(adDecisions.createdAt), desc(adDecisions.id));
  return latest.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
}

/** The last judgement of the shop's ad of that name (any case), null when it was never judged. */
export async function getLatestAdDecision(
  db: Database,
  shopId: string,
  adName: string,
): Promise<AdDecision | null> {
  const [row] = await db
    .select()
    .from(adDecisions)
    .where(and(eq(adDecisions.shopId, shopId), sameAd(adName)))
    .orderBy(desc(adDecisions.createdAt), desc(adDecisions.id))
    .limit(1);
  return row ?? null;
}

/**
 * Records the owner's answer ('done' / 'later') to a SCALE or KILL of their shop, once: a second answer,
 * an answer to a KEEP, and another shop's row change nothing ('unchanged' / 'missing').
 */
export async function setAdDecisionResponse(
  db: Database,
  shopId: string,
  id: string,
  response: 'done' | 'later',
  at: Date,
): Promise<GuardedUpdate<AdDecision>> {
  const [row] = await db
    .update(adDecisions)
    .set({ ownerResponse: response, respondedAt: at })
    .where(
      and(
        eq(adDecisions.shopId, shopId),
        eq(adDecisions.id, id),
        inArray(adDecisions.decision, ['SCALE', 'KILL']),
        isNull(adDecisions.ownerResponse),
      ),
    )
    .returning();
  if (row) return { status: 'updated', item: row };
  return unchangedOrMissing(await getAdDecision(db, shopId, id));
}

/** The shop's judgements made in [from, to), oldest first (the weekly report's ads). */
export async function listAdDecisionsBetween(
  db: Database,
  shopId: string,
  from: Date,
  to: Date,
): Promise<AdDecision[]> {
  return db
    .select()
    .from(adDecisions)
    .where(
      and(eq(adDecisions.shopId, shopId), gte(adDecisions.createdAt, from), lt(adDecisions.createdAt, to)),
    )
    .orderBy(adDecisions.createdAt, adDecisions.id);
}
