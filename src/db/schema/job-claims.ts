import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';
import { shops } from './shops.js';

export const JOB_CLAIM_STATES = ['claimed', 'sent', 'failed', 'skipped'] as const;

/**
 * At most one send per shop, job kind and period, across instances and restarts: a job is sent only by
 * the instance whose `insert … on conflict … returning` (claimJob) got a row back.
 */
export const jobClaims = pgTable(
  'job_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    /** e.g. 'daily-reminder', 'weekly-push'. */
    kind: text('kind').notNull(),
    /** The period the job is for, e.g. '2026-11-23' or '2026-W47'. */
    periodKey: text('period_key').notNull(),
    state: text('state', { enum: JOB_CLAIM_STATES }).notNull().default('claimed'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
    /**
     * How many of the job's messages went out, counted from the first: a retry sends only the ones after
     * them, so an owner never gets the week chart twice because the diagnosis after it failed.
     */
    messagesSent: integer('messages_sent').notNull().default(0),
    lastError: text('last_error'),
    ...timestamps(),
  },
  (t) => [
    // Leads with shop_id, so it is also the shop_id index.
    uniqueIndex('uq_job_claims_shop_kind_period').on(t.shopId, t.kind, t.periodKey),
    // The scheduler's tick finds the claims that need another attempt (a retry due, a stale claim) by
    // these; they hold only the few claims in those states, not the sent and skipped ones.
    index('idx_job_claims_retry_due').on(t.nextAttemptAt).where(sql`${t.state} = 'failed'`),
    index('idx_job_claims_claimed_at').on(t.claimedAt).where(sql`${t.state} = 'claimed'`),
    check('chk_job_claims_state', sql`${t.state} in ('claimed', 'sent', 'failed', 'skipped')`),
    check('chk_job_claims_attempts', sql`${t.attempts} >= 0`),
    check('chk_job_claims_messages_sent', sql`${t.messagesSent} >= 0`),
  ],
);

export type JobClaim = typeof jobClaims.$inferSelect;
export type NewJobClaim = typeof jobClaims.$inferInsert;
