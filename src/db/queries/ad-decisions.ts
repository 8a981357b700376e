import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { type AdDecision, adDecisions, type NewAdDecision } from '../schema/index.js';

export type AdDecisionValues = Omit<NewAdDecision, 'id' | 'shopId' | 'createdAt' | 'updatedAt'>;

export async function insertAdDecision(
  db: Database,
  shopId: string,
  values: AdDecisionValues,
): Promise<AdDecision> {
  const [decision] = await db
    .insert(adDecisions)
    .values({ ...values, shopId })
    .returning();
  return decision!;
}

/** The shop's decisions, newest first; only one ad's history with `adName`. */
export async function listAdDecisions(
  db: Database,
  shopId: string,
  options: { adName?: string; limit?: number } = {},
): Promise<AdDecision[]> {
  return db
    .select()
    .from(adDecisions)
    .where(
      and(
        eq(adDecisions.shopId, shopId),
        options.adName ? eq(adDecisions.adName, options.adName) : undefined,
      ),
    )
    .orderBy(desc(adDecisions.createdAt), desc(adDecisions.id))
    .limit(options.limit ?? 20);
}
