import { Cron } from 'croner';
import type { Database } from '../db/client.js';
import { deleteOldEntryDrafts } from '../db/queries/entry-drafts.js';
import type { Logger } from '../logger.js';

/** A confirmation card left unanswered this long is dropped; its buttons then answer "old button". */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** Deletes the drafts of cards never saved, older than DRAFT_MAX_AGE_MS; returns how many. */
export async function cleanUpOldDrafts(db: Database, now: Date, logger: Logger): Promise<number> {
  const deleted = await deleteOldEntryDrafts(db, new Date(now.getTime() - DRAFT_MAX_AGE_MS));
  if (deleted > 0) logger.info({ deleted }, 'old entry drafts deleted');
  return deleted;
}

/** Runs the cleanup every night at 03:17 (server time); any instance may, it is idempotent. */
export function scheduleDraftCleanup(db: Database, logger: Logger, now: () => Date = () => new Date()): Cron {
  return new Cron('17 3 * * *', { protect: true }, async () => {
    try {
      await cleanUpOldDrafts(db, now(), logger);
    } catch (err) {
      logger.error({ err }, 'entry draft cleanup failed');
    }
  });
}
