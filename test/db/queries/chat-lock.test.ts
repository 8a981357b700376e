import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  readConversationStates,
  writeConversationState,
} from '../../../src/db/queries/conversation-states.js';
import {
  CHAT_LOCK_NAMESPACE,
  chatLockKey,
  claimChatUpdate,
} from '../../../src/db/queries/processed-updates.js';
import { getTestDatabaseHandle, testDriver, useTestDatabase } from '../../support/test-db.js';

const db = await useTestDatabase();
const BOT = 7_000_000_001;

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Resolves with the advisory lock some session of this database waits for; rejects if `waiter` settles
 * before anyone waits.
 */
async function lockWaitedForBy(
  waiter: Promise<unknown>,
): Promise<{ classid: number; objid: number; objsubid: number }> {
  const handle = await getTestDatabaseHandle();
  if (handle.driver !== 'pg') throw new Error('PostgreSQL only');
  let settled = false;
  waiter.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (;;) {
    if (settled) throw new Error('the second transaction went ahead without waiting for the lock');
    const { rows } = await handle.pool.query<{ classid: number; objid: number; objsubid: number }>(
      `select classid::bigint::int as classid, objid::bigint as objid, objsubid from pg_locks
       where locktype = 'advisory' and not granted
         and database = (select oid from pg_database where datname = current_database())`,
    );
    if (rows[0]) return { ...rows[0], objid: Number(rows[0].objid) };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the per-chat lock of an update', () => {
  it('claims each update once, and takes its chat lock again in the same session without waiting', async () => {
    // PGlite has one session: a second lock of the chat there must not wait for the first (nor fail).
    await db.transaction(async (tx) => {
      expect(await claimChatUpdate(tx, { botId: BOT, chatId: 42, updateId: 1 })).toBe(true);
      expect(await claimChatUpdate(tx, { botId: BOT, chatId: 42, updateId: 2 })).toBe(true);
      expect(await claimChatUpdate(tx, { botId: BOT, chatId: 42, updateId: 1 })).toBe(false);
    });
    expect(await db.transaction((tx) => claimChatUpdate(tx, { botId: BOT, chatId: 42, updateId: 2 }))).toBe(
      false,
    );
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from processed_updates`);
    expect(rows.rows[0]?.n).toBe(2);
  });

  it('keys each bot and chat apart, as a 32-bit key', () => {
    const keys = [chatLockKey(BOT, 42), chatLockKey(BOT, 43), chatLockKey(BOT + 1, 42), chatLockKey(42, BOT)];
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toBe(key | 0);
    expect(chatLockKey(BOT, -1001234567890)).toBe(chatLockKey(BOT, -1001234567890));
  });

  it.skipIf(testDriver !== 'pg')(
    'makes a second transaction of the chat wait for the first, then read what it wrote (PostgreSQL only: PGlite has one session)',
    async () => {
      const chatId = 42;
      const stateKey = `chat:${chatId}:user:${chatId}`;
      const locked = deferred();
      const release = deferred();
      const events: string[] = [];
      const first = db.transaction(async (tx) => {
        expect(await claimChatUpdate(tx, { botId: BOT, chatId, updateId: 1 })).toBe(true);
        locked.resolve();
        await release.promise;
        await writeConversationState(tx, stateKey, { step: 2 });
        events.push('first commits');
      });
      await locked.promise;

      // Another chat's update goes ahead while the first transaction is open.
      expect(await db.transaction((tx) => claimChatUpdate(tx, { botId: BOT, chatId: 43, updateId: 3 }))).toBe(
        true,
      );

      const second = db.transaction(async (tx) => {
        const claimed = await claimChatUpdate(tx, { botId: BOT, chatId, updateId: 2 });
        events.push('second claims');
        return { claimed, states: await readConversationStates(tx, [stateKey]) };
      });
      try {
        const waiting = await lockWaitedForBy(second);
        // The two-int key space (objsubid 2), under our namespace and this chat's key.
        expect(waiting).toEqual({
          classid: CHAT_LOCK_NAMESPACE,
          objid: chatLockKey(BOT, chatId) >>> 0,
          objsubid: 2,
        });
        expect(events).toEqual([]);
      } finally {
        release.resolve();
      }
      await first;
      expect(await second).toEqual({ claimed: true, states: [{ key: stateKey, state: { step: 2 } }] });
      expect(events).toEqual(['first commits', 'second claims']);
    },
  );
});
