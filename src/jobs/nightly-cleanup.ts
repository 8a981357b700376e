import { Cron } from 'croner';
import type { Database } from '../db/client.js';
import { deleteOldEntryDrafts } from '../db/queries/entry-drafts.js';
import { deleteOutboxMessagesBefore } from '../db/queries/outbox-messages.js';
import { pruneProcessedUpdates } from '../db/queries/processed-updates.js';
import type { Logger } from '../logger.js';

/** A confirmation card left unanswered this long is dropped; its buttons then answer "old button". */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** Deletes the drafts of cards never saved, older than DRAFT_MAX_AGE_MS; returns how many. */
export async function cleanUpOldDrafts(db: Database, now: Date, logger: Logger): Promise<number> {
  const deleted = await deleteOldEntryDrafts(db, new Date(now.getTime() - DRAFT_MAX_AGE_MS));
  if (deleted > 0) logger.info({ deleted }, 'old entry drafts deleted');
  return deleted;
}

/** Telegram gives up redelivering an update long before this; the record of it can go. */
export const PROCESSED_UPDATE_MAX_AGE_MS = 24 * 60 * 60_000;

/** Forgets which updates were handled more than PROCESSED_UPDATE_MAX_AGE_MS ago; returns how many. */
export async function pruneHandledUpdates(db: Database, now: Date, logger: Logger): Promise<number> {
  const pruned = await pruneProcessedUpdates(db, new Date(now.getTime() - PROCESSED_UPDATE_MAX_AGE_MS));
  if (pruned > 0) logger.info({ pruned }, 'records of handled updates pruned');
  return pruned;
}

/**
 * A call still unsent after this long (Telegram failing for this chat all day) is stale: an answer to a
 * message of yesterday, a button's answer long expired. It is dropped instead of being tried for ever.
 */
export const OUTBOX_MAX_AGE_MS = 24 * 60 * 60_000;

/** Drops calls decided more than OUTBOX_MAX_AGE_MS ago and never sent; returns how many. */
export async function dropStaleOutbox(db: Database, now: Date, logger: Logger): Promise<number> {
  const dropped = await deleteOutboxMessagesBefore(db, new Date(now.getTime() - OUTBOX_MAX_AGE_MS));
  if (dropped > 0) logger.warn({ dropped }, 'calls unsent for a day dropped from the outbox');
  return dropped;
}

/** Runs the cleanups every night at 03:17 (server time); any instance may, they are idempotent. */
export function scheduleNightlyCleanup(
  db: Database,
  logger: Logger,
  now: () => Date = () => new Date(),
): Cron {
  return new Cron('17 3 * * *', { protect: true }, async () => {
    for (const [name, cleanUp] of [
      ['entry drafts', cleanUpOldDrafts],
      ['handled updates', pruneHandledUpdates],
      ['stale outbox', dropStaleOutbox],
    ] as const) {
      try {
        await cleanUp(db, now(), logger);
      } catch (err) {
        logger.error({ err, cleanup: name }, 'nightly cleanup failed');
      }
    }
  });
}
