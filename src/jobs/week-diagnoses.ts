import { groupBy } from '../domain/group-by.js';
import type { Logger } from '../logger.js';
import { diagnoseWeeks } from '../services/batch-week-diagnosis.js';
import { WEEKLY_PUSH_JOB } from './due-jobs.js';
import type { JobDeps } from './job-deps.js';
import type { PlannedJob } from './tick-plan.js';

/** One set-based diagnosis of a week for the shops whose push of it was open in a tick. */
export interface WeekBatchReport {
  isoWeek: string;
  shops: number;
  /** Shops whose week had records, now stored; null when the batch failed (each push then diagnoses alone). */
  diagnosed: number | null;
  /** Shops deleted while the batch ran, skipped; null when the batch failed. */
  gone: number | null;
  ms: number;
}

/**
 * Diagnoses and stores the week of every open weekly push in one set-based pass per week, so each push
 * then only loads its diagnosis. Idempotent, like the pushes: a week stored before keeps its answers.
 */
export async function diagnoseWeeksOfPushes(
  deps: JobDeps,
  logger: Logger,
  jobs: readonly PlannedJob[],
): Promise<WeekBatchReport[]> {
  const { db, translator, defaultLocale } = deps;
  const reports: WeekBatchReport[] = [];
  const pushes = jobs.filter((job) => job.kind === WEEKLY_PUSH_JOB);
  for (const [isoWeek, weekJobs] of groupBy(pushes, (job) => job.periodKey)) {
    const shops = weekJobs.map((job) => job.shop);
    const started = performance.now();
    const result = await diagnoseWeeks(db, isoWeek, shops, translator, defaultLocale).catch(
      (err: unknown) => {
        logger.error({ err, week: isoWeek }, 'batch diagnosis failed; each push diagnoses its own week');
        return null;
      },
    );
    const ms = Math.round(performance.now() - started);
    const diagnosed = result?.diagnosed ?? null;
    const gone = result?.gone ?? null;
    if (result) {
      logger.info({ week: isoWeek, shops: shops.length, diagnosed, gone, ms }, 'weekly diagnoses stored');
    }
    reports.push({ isoWeek, shops: shops.length, diagnosed, gone, ms });
  }
  return reports;
}
