/**
 * Work cut off because the shutdown's bound passed: a Bot API call aborted, a transaction refused its
 * commit. Named AbortError: the work can succeed when it is done again (its update comes again), so it is
 * never settled as a failure that would repeat.
 */
export class CutOffError extends Error {
  override name = 'AbortError';
}

/** Whether this error, or one it was caused by, is a cut-off. */
export function isCutOff(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 6; e = e.cause, depth++) {
    if (e instanceof CutOffError) return true;
  }
  return false;
}

/**
 * The shutdown cut off the sends of an update that had committed: its effects and its answers are stored
 * (the answers wait in the outbox for the next sweep). Left unconfirmed all the same, so the next process
 * gets the update again, finds it handled and skips it.
 */
export class SendsCutOffError extends CutOffError {}
