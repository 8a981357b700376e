import type { DueJob, JobKind } from './due-jobs.js';

export type JobResult = 'sent' | 'skipped' | 'failed' | 'taken' | 'future';

/** What became of one due job in a tick. */
export interface JobOutcome {
  shopId: string;
  shopName: string;
  kind: JobKind;
  periodKey: string;
  result: JobResult;
  /** Why it was skipped or failed; `taken` means another instance holds or finished the claim. */
  reason?: string;
}

export function outcomeOf(job: DueJob, result: JobResult, reason?: string): JobOutcome {
  return {
    shopId: job.shop.shop.id,
    shopName: job.shop.shop.name,
    kind: job.kind,
    periodKey: job.periodKey,
    result,
    ...(reason !== undefined && { reason }),
  };
}
