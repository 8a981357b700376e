import { describe, expect, it } from 'vitest';
import { isPassingFailure } from '../../src/bot/middlewares/failed-update.js';
import { isCutOff } from '../../src/cut-off.js';
import { cutOffCommits } from '../../src/db/commit-cut-off.js';
import { processedUpdates } from '../../src/db/schema/index.js';
import { useTestDatabase } from '../support/test-db.js';

// Once the shutdown's bound passed, no transaction commits: what runs rolls back, nothing new starts.

const root = await useTestDatabase();
const BOT = 42;

async function storedIds(): Promise<number[]> {
  const rows = await root.select({ id: processedUpdates.updateId }).from(processedUpdates);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

describe('cutOffCommits', () => {
  it('commits as before while the signal is not aborted, savepoints included', async () => {
    const db = cutOffCommits(root, new AbortController().signal);
    await db.transaction(async (tx) => {
      await tx.insert(processedUpdates).values({ botId: BOT, updateId: 1 });
      await tx.transaction((savepoint) =>
        savepoint.insert(processedUpdates).values({ botId: BOT, updateId: 2 }),
      );
    });
    expect(await storedIds()).toEqual([1, 2]);
  });

  it('rolls back a transaction whose work returns after the abort, with a cut-off that can pass', async () => {
    const cut = new AbortController();
    const db = cutOffCommits(root, cut.signal);
    const failure = await db
      .transaction(async (tx) => {
        await tx.insert(processedUpdates).values({ botId: BOT, updateId: 3 });
        cut.abort();
        await tx.insert(processedUpdates).values({ botId: BOT, updateId: 4 });
      })
      .catch((error: unknown) => error);
    expect(isCutOff(failure)).toBe(true);
    expect(isPassingFailure(failure)).toBe(true);
    expect(await storedIds()).toEqual([]);
  });

  it('starts no transaction after the abort; single statements still run', async () => {
    const cut = new AbortController();
    const db = cutOffCommits(root, cut.signal);
    cut.abort();
    let ran = false;
    const failure = await db
      .transaction(async () => {
        ran = true;
      })
      .catch((error: unknown) => error);
    expect(ran).toBe(false);
    expect(isCutOff(failure)).toBe(true);
    await db.insert(processedUpdates).values({ botId: BOT, updateId: 5 });
    expect(await storedIds()).toEqual([5]);
  });
});
