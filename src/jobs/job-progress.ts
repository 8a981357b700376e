/** How far a run of jobs is: done of total, the rate so far, and the time left at that rate. */
export interface JobProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Jobs finished per second since the start; null before any time has passed or any job finished. */
  perSecond: number | null;
  /** The time the jobs left take at that rate; null while the rate is unknown, 0 when all are done. */
  etaMs: number | null;
}

/** Progress after `done` of `total` jobs in `elapsedMs`: rate = done / elapsed, ETA = jobs left / rate. */
export function jobProgress(done: number, total: number, elapsedMs: number): JobProgress {
  const perSecond = done > 0 && elapsedMs > 0 ? done / (elapsedMs / 1000) : null;
  const left = total - done;
  const etaMs = left <= 0 ? 0 : perSecond === null ? null : (left / perSecond) * 1000;
  return { done, total, elapsedMs, perSecond, etaMs };
}

export interface ProgressOptions {
  onProgress: (progress: JobProgress) => void;
  /** Reported at most once per this many ms while running, and once when the last job is done (5 s). */
  everyMs?: number;
  /** A monotonic clock in ms (performance.now by default). */
  clock?: () => number;
}

/** Counts finished jobs and reports the progress every `everyMs` and at the end. */
export function progressTracker(total: number, options: ProgressOptions): { jobDone(): void } {
  const clock = options.clock ?? (() => performance.now());
  const everyMs = options.everyMs ?? 5_000;
  const started = clock();
  let reported = started;
  let done = 0;
  return {
    jobDone() {
      done += 1;
      const now = clock();
      if (done < total && now - reported < everyMs) return;
      reported = now;
      options.onProgress(jobProgress(done, total, now - started));
    },
  };
}
