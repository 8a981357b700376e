import { afterEach, describe, expect, it, vi } from 'vitest';

// The machine's core count, as node:os reports it to the pool.
const cores = vi.hoisted(() => ({ count: 2 }));
vi.mock('node:os', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:os')>()),
  availableParallelism: () => cores.count,
}));

const { ChartPool } = await import('../../src/charts/chart-pool.js');

describe('ChartPool size', () => {
  let pool: InstanceType<typeof ChartPool> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('leaves the main thread a core: 1 worker on 2 cores', () => {
    cores.count = 2;
    pool = new ChartPool();
    expect(pool.size).toBe(1);
  });

  it('has 3 workers on 4 cores', () => {
    cores.count = 4;
    pool = new ChartPool();
    expect(pool.size).toBe(3);
  });

  it('still has one worker on a single core', () => {
    cores.count = 1;
    pool = new ChartPool();
    expect(pool.size).toBe(1);
  });
});
