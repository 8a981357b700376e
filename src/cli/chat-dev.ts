// The local chat's own commands: `/dev remind` and `/dev push` run the scheduler's jobs for the chat's shop now.
import type { BotDeps } from '../bot/context.js';
import { createJobMessages } from '../bot/job-messages.js';
import { listJobClaimsForKeys } from '../db/queries/job-claims.js';
import { loadOwnerByExternalId } from '../db/queries/owners.js';
import { listShopsForScheduling } from '../db/queries/shops.js';
import type { BotApiStandIn } from '../dev/bot-api-stand-in.js';
import type { ChatSession, Transcript } from '../dev/chat-session.js';
import { type JobKind, REMINDER_JOB, WEEKLY_PUSH_JOB } from '../jobs/due-jobs.js';
import { jobNow } from '../jobs/job-now.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { createJobsApi } from '../jobs/jobs-api.js';

/** The banner's line about them. */
export const DEV_COMMANDS_HELP =
  'Scheduler jobs now: /dev remind (the evening reminder) · /dev push (the weekly summary).';

const KINDS: Record<string, { kind: JobKind; name: string }> = {
  remind: { kind: REMINDER_JOB, name: 'The evening reminder' },
  push: { kind: WEEKLY_PUSH_JOB, name: 'The weekly summary' },
};

/** What a `/dev` line did: the operator's lines to print, and what appeared in the chat. */
export interface DevResult {
  notes: string[];
  transcript?: Transcript;
}

/** Whether a typed line is one of the chat's own commands (never sent to the bot). */
export function isDevCommand(line: string): boolean {
  return /^\/dev(\s|$)/.test(line);
}

/**
 * Runs `/dev remind` or `/dev push` for the shop the chat's owner has in use, through the scheduler's own
 * runner and claims, with the jobs' Bot API client on the stand-in: sent once per shop and period.
 */
export async function runDevCommand(
  line: string,
  deps: BotDeps,
  api: BotApiStandIn,
  chat: ChatSession,
): Promise<DevResult> {
  const arg = line.split(/\s+/)[1] ?? '';
  const job = KINDS[arg];
  if (!job) return { notes: [`Usage: /dev remind | /dev push. ${DEV_COMMANDS_HELP}`] };
  const owner = await loadOwnerByExternalId(deps.db, String(chat.user.id));
  if (!owner?.shop) return { notes: ['No shop yet: type /start first.'] };
  const [shop] = await listShopsForScheduling(deps.db, { shopIds: [owner.shop.id] });
  if (!shop) return { notes: ['No shop yet: type /start first.'] };
  const planned = jobNow(shop, job.kind, deps.now());
  const scheduler = new JobScheduler({
    deps,
    messages: createJobMessages(deps),
    api: createJobsApi(api.token, { fetch: api.fetch as never }),
    instanceId: `chat-${process.pid}`,
  });
  const period = `${planned.periodKey} (${shop.shop.name})`;
  const notes: string[] = [];
  const enabled = job.kind === REMINDER_JOB ? shop.settings.reminderEnabled : shop.settings.weeklyPushEnabled;
  if (!enabled)
    notes.push(
      `${job.name} is off in this shop's settings (the scheduler would not send it); running it anyway.`,
    );
  let outcome: Awaited<ReturnType<JobScheduler['runNow']>>[number] | undefined;
  const transcript = await chat.capture(async () => {
    [outcome] = await scheduler.runNow([planned]);
  });
  switch (outcome?.result) {
    case 'sent':
      notes.push(`${job.name} for ${period}: sent, as the scheduler sends it.`);
      break;
    case 'taken': {
      const [claim] = await listJobClaimsForKeys(deps.db, [
        { shopId: shop.shop.id, kind: job.kind, periodKey: planned.periodKey },
      ]);
      notes.push(
        claim?.state === 'skipped'
          ? `${job.name} for ${period} was already handled for this period (skipped: ${claim.lastError ?? 'no reason'}); not sent again.`
          : `${job.name} for ${period} was already sent for this period; not sent again.`,
      );
      break;
    }
    case 'skipped':
      notes.push(`${job.name} for ${period}: not sent (${outcome.reason ?? 'skipped'}).`);
      break;
    default:
      notes.push(`${job.name} for ${period}: failed (${outcome?.reason ?? 'unknown'}).`);
  }
  return { notes, transcript };
}
