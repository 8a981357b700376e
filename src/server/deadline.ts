/** Waits for `task` at most `ms` milliseconds; true when it settled (resolved or rejected) in time. */
export async function settlesWithin(task: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  const settled = task.then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([settled, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The time left until a fixed instant, for several waits sharing one bound. */
export function deadlineIn(ms: number): () => number {
  const end = Date.now() + ms;
  return () => Math.max(0, end - Date.now());
}
