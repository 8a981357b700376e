import type { Api } from 'grammy';
import { takeLeftOutboxCalls } from '../../services/outbox.js';
import { type DeliverDeps, deliverOutbox } from './deliver-outbox.js';

/** How many left calls one sweep takes over at most. */
const SWEEP_LIMIT = 200;
/** How often an instance looks for calls left unsent. */
export const SWEEP_INTERVAL_MS = 5_000;

/**
 * Sends the calls whose lease ended: left by a process that died after its update committed, or given back
 * after Telegram failed for now. Returns how many went out. Never throws.
 */
export async function sweepOutbox(api: Api, deps: DeliverDeps, botId: number): Promise<number> {
  try {
    const rows = await takeLeftOutboxCalls(deps.db, botId, SWEEP_LIMIT);
    if (rows.length === 0) return 0;
    const { sent } = await deliverOutbox(
      api,
      deps,
      rows.map(({ attachment, ...row }) => ({ ...row, ...(attachment && { attachment }) })),
    );
    deps.logger.info({ taken: rows.length, sent }, 'outbox: sent calls left by an earlier attempt');
    return sent;
  } catch (err) {
    deps.logger.warn({ err }, 'outbox sweep failed; trying again later');
    return 0;
  }
}

export interface OutboxSweeper {
  /** The first sweep: what an earlier process left, sent before this one takes new updates. */
  first: Promise<number>;
  /** Waits for a sweep under way, and starts no more. */
  stop(): Promise<void>;
}

/** Sweeps at once (a restart sends what the last process left) and then every SWEEP_INTERVAL_MS. */
export function startOutboxSweeper(api: Api, deps: DeliverDeps, botId: number): OutboxSweeper {
  const first = sweepOutbox(api, deps, botId);
  let running: Promise<unknown> = first;
  const timer = setInterval(() => {
    running = running.then(() => sweepOutbox(api, deps, botId));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    first,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
