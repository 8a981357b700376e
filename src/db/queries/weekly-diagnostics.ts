import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedStatement, UNNAMED } from '../prepared-statement.js';
import {
  type NewWeeklyDiagnostic,
  type StoredUserResponse,
  type WeeklyDiagnostic,
  weeklyDiagnostics,
} from '../schema/index.js';

/** Everything a diagnosis computes; `user_responses` is not part of it: answers survive a recomputation. */
export type WeeklyDiagnosticValues = Omit<
  NewWeeklyDiagnostic,
  'id' | 'shopId' | 'createdAt' | 'updatedAt' | 'userResponses'
>;

export async function getWeeklyDiagnostic(
  db: Database,
  shopId: string,
  isoWeek: string,
): Promise<WeeklyDiagnostic | null> {
  const [diagnostic] = await weeklyDiagnosticOfWeek(db).execute({ shopId, isoWeek });
  return diagnostic ?? null;
}

// Every saved day asks it (has its week a diagnosis to refresh?): prepared once.
const weeklyDiagnosticOfWeek = preparedStatement((db) =>
  db
    .select()
    .from(weeklyDiagnostics)
    .where(
      and(
        eq(weeklyDiagnostics.shopId, sql.placeholder('shopId')),
        eq(weeklyDiagnostics.isoWeek, sql.placeholder('isoWeek')),
      ),
    )
    .limit(1)
    .prepare(UNNAMED),
);

export async function getWeeklyDiagnosticById(
  db: Database,
  shopId: string,
  diagnosticId: string,
): Promise<WeeklyDiagnostic | null> {
  const [diagnostic] = await db
    .select()
    .from(weeklyDiagnostics)
    .where(and(eq(weeklyDiagnostics.shopId, shopId), eq(weeklyDiagnostics.id, diagnosticId)))
    .limit(1);
  return diagnostic ?? null;
}

/** Stores one answer under `key` in the diagnosis's `user_responses`, leaving the other answers alone. */
export async function recordDiagnosticResponse(
  db: Database,
  shopId: string,
  diagnosticId: string,
  key: string,
  response: StoredUserResponse,
): Promise<boolean> {
  const rows = await db
    .update(weeklyDiagnostics)
    .set({
      userResponses: sql`${weeklyDiagnostics.userResponses} || ${JSON.stringify({ [key]: response })}::jsonb`,
    })
    .where(and(eq(weeklyDiagnostics.shopId, shopId), eq(weeklyDiagnostics.id, diagnosticId)))
    .returning({ id: weeklyDiagnostics.id });
  return rows.length > 0;
}
