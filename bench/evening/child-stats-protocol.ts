// The messages between the bench and the stats preload of a bot process (IPC).

export interface StatsRequest {
  type: 'evening-stats?';
  id: number;
  /** Start a new event-loop delay window after answering. */
  reset: boolean;
  /**
   * Run a full garbage collection before measuring memory (when the process was started with
   * `--expose-gc`), so two samples compare what is still referenced, not when V8 last collected.
   */
  collect?: boolean;
}

export interface StatsReply {
  type: 'evening-stats';
  id: number;
  /** Event-loop delay since the last reset, in milliseconds. */
  loopDelay: { p50: number; p99: number; max: number; samples: number };
  /** CPU time used since the process started (user + system), microseconds. */
  cpuMicros: number;
  /** Bytes. */
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export function isStatsRequest(message: unknown): message is StatsRequest {
  return (
    typeof message === 'object' && message !== null && (message as StatsRequest).type === 'evening-stats?'
  );
}

export function isStatsReply(message: unknown): message is StatsReply {
  return typeof message === 'object' && message !== null && (message as StatsReply).type === 'evening-stats';
}
