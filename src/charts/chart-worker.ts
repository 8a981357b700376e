import { threadId } from 'node:worker_threads';
import { type ChartJob, chartJobConfig } from './chart-job.js';
import { ChartRenderer } from './chart-renderer.js';

// A worker thread of the chart pool (piscina loads this module once per worker and calls its default export).

/** What a worker posts back: the PNG (arrives as a Uint8Array) and the thread that drew it. */
export interface WorkerRender {
  png: Uint8Array;
  threadId: number;
}

// The worker's one renderer (a ChartJSNodeCanvas loads its own copy of Chart.js), made as the worker starts
// so the first render does not wait for it. Should making it fail, every render rejects with the cause:
// a worker that throws while starting is not replaced by piscina, and renders would queue for nothing.
const renderer = Promise.resolve().then(() => new ChartRenderer());
renderer.catch(() => undefined);

export default async function renderChartJob(job: ChartJob): Promise<WorkerRender> {
  return { png: await (await renderer).render(chartJobConfig(job)), threadId };
}
