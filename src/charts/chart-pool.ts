import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Keeps canvas's native addon loaded by the main thread for the life of the process: an addon loaded only
// by worker threads is unloaded with the last of them, and the process then crashes as it exits.
import 'canvas';
import { Piscina } from 'piscina';
import type { ChartJob } from './chart-job.js';
import type { WorkerRender } from './chart-worker.js';

/** A drawn chart, and the worker thread that drew it. */
export interface RenderedChart {
  png: Buffer;
  threadId: number;
}

/**
 * A render still not drawn after this long (queue included) is given up. Far above any real render: it only
 * ends a wait on a pool that cannot draw at all (workers that fail as they start are not replaced). The
 * render itself is left to finish: ending a worker while canvas draws aborts the whole process.
 */
const RENDER_TIMEOUT_MS = 60_000;

/** The worker module beside this one: chart-worker.js when compiled, chart-worker.ts under tsx or vitest. */
function workerModule(): { filename: string; execArgv: string[] } {
  const source = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./chart-worker.${source ? 'ts' : 'js'}`, import.meta.url));
  if (!source) return { filename, execArgv: [] };
  // A worker does not inherit tsx from a vitest process: load it by absolute URL, whatever the cwd.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { filename, execArgv: ['--import', tsx] };
}

/** One worker per core but one, at least one (see ChartPool). */
export function defaultChartWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Draws charts on worker threads, so a 50–90 ms render never holds the main thread's other updates: one per
 * core but one (at least one), as the main thread needs a core of its own, and on a small machine the
 * database shares it. With every core rendering, a burst of charts slowed every owner's text answers (on
 * 2 cores, text p99 went from about 100 ms to 4 s); with one core left, it only queues the charts.
 * Each worker keeps one renderer for its life. Idle workers do not keep the process alive.
 */
export class ChartPool {
  private readonly pool: Piscina<ChartJob, WorkerRender>;

  constructor(threads = defaultChartWorkers()) {
    const size = Math.max(1, Math.floor(threads));
    this.pool = new Piscina<ChartJob, WorkerRender>({
      ...workerModule(),
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    // A worker that dies while rendering rejects that render (and piscina starts another); a worker that
    // dies idle rejects nothing, and an unhandled 'error' event would end the process.
    this.pool.on('error', () => undefined);
  }

  get size(): number {
    return this.pool.options.maxThreads;
  }

  /** Renders finished on the workers since the pool started. */
  get completed(): number {
    return this.pool.completed;
  }

  /** The worker threads, for tests. */
  get threads(): readonly { threadId: number; terminate(): Promise<number> }[] {
    return this.pool.threads;
  }

  /** Renders on a free worker, or queues until one is free; rejects when the render fails or its worker dies. */
  async render(job: ChartJob): Promise<RenderedChart> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('chart render timed out')), RENDER_TIMEOUT_MS).unref();
    });
    const result = await Promise.race([this.pool.run(job), timeout]).finally(() => clearTimeout(timer));
    return {
      png: Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength),
      threadId: result.threadId,
    };
  }

  /** Stops every worker; renders still queued reject. Call it with no render running (see RENDER_TIMEOUT_MS). */
  close(): Promise<void> {
    return this.pool.destroy();
  }
}

let shared: ChartPool | undefined;

/** The process's chart pool, started on first use. */
export function sharedChartPool(): ChartPool {
  shared ??= new ChartPool();
  return shared;
}

/** Stops the shared pool, if it was started (shutdown). */
export async function closeSharedChartPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
