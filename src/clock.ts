import type { Config } from './config.js';

/**
 * The product's clock. Real time, unless the configuration pins a start instant (outside production only):
 * then it starts there and advances with real time, so schedules and expiries keep moving.
 */
export function createClock(clock: Config['clock'], realNow: () => number = Date.now): () => Date {
  if (clock.mode !== 'pinned') return () => new Date(realNow());
  const offsetMs = clock.startsAt.getTime() - realNow();
  return () => new Date(realNow() + offsetMs);
}

/** The warning a start-up logs about the clock; none when it is the real one and nobody asked otherwise. */
export function clockNotice(
  clock: Config['clock'],
): { fields: Record<string, string>; msg: string } | undefined {
  if (clock.mode === 'pinned') {
    return {
      fields: { starts_at: clock.startsAt.toISOString() },
      msg: 'clock pinned by SHOPPULSE_NOW (development and tests only)',
    };
  }
  if (clock.mode === 'ignored') {
    return {
      fields: { requested: clock.requested },
      msg: 'SHOPPULSE_NOW ignored: NODE_ENV is production, the clock is the real one',
    };
  }
  return undefined;
}
