import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAmbientDatabase } from '../../src/db/ambient-transaction.js';
import type { Database } from '../../src/db/client.js';
import { preparedStatement } from '../../src/db/prepared-statement.js';
import { users } from '../../src/db/schema/index.js';
import { testDriver, useTestDatabase } from '../support/test-db.js';

const db = await useTestDatabase();

let builds = 0;
const userByExternalId = preparedStatement((database: Database) => {
  builds++;
  return database
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.externalId, sql.placeholder('externalId')))
    .prepare('test_user_by_external_id');
});

async function nameOf(database: Database, externalId: string): Promise<string | null> {
  const [row] = await userByExternalId(database).execute({ externalId });
  return row?.name ?? null;
}

describe('preparedStatement', () => {
  it('is built once per database and runs with new values each time', async () => {
    await db.insert(users).values([
      { externalId: '501', displayName: 'Lan', language: 'vi' },
      { externalId: '502', displayName: 'Minh', language: 'vi' },
    ]);
    const before = builds;
    expect(await nameOf(db, '501')).toBe('Lan');
    expect(await nameOf(db, '502')).toBe('Minh');
    expect(await nameOf(db, '503')).toBeNull();
    expect(builds - before).toBeLessThanOrEqual(1);
  });

  it('runs inside the ambient transaction open where it runs: it reads its uncommitted writes', async () => {
    const ambient = createAmbientDatabase(db);
    const seen = await ambient.transaction(async () => {
      await ambient.db.insert(users).values({ externalId: '601', displayName: 'Hoa', language: 'vi' });
      return nameOf(ambient.db, '601');
    });
    expect(seen).toBe('Hoa');
  });

  it('is rolled back with that transaction', async () => {
    const ambient = createAmbientDatabase(db);
    const failed = ambient.transaction(async () => {
      await ambient.db.insert(users).values({ externalId: '701', displayName: 'Tuấn', language: 'vi' });
      expect(await nameOf(ambient.db, '701')).toBe('Tuấn');
      throw new Error('handler failed');
    });
    await expect(failed).rejects.toThrow('handler failed');
    expect(await nameOf(db, '701')).toBeNull();
  });

  // PGlite runs one transaction at a time: a statement from outside waits for the transaction to end.
  it.skipIf(testDriver !== 'pg')(
    'from outside the transaction, does not see its uncommitted writes',
    async () => {
      const ambient = createAmbientDatabase(db);
      let open!: () => void;
      const opened = new Promise<void>((resolve) => {
        open = resolve;
      });
      // Chained here, outside the transaction: the read runs in this context, as another update's would.
      const outsideRead = opened.then(() => nameOf(db, '801'));
      await ambient.transaction(async () => {
        await ambient.db.insert(users).values({ externalId: '801', displayName: 'Mai', language: 'vi' });
        open();
        expect(await outsideRead).toBeNull();
      });
      expect(await nameOf(db, '801')).toBe('Mai');
    },
  );

  it('runs on the root database again once its transaction has ended', async () => {
    const ambient = createAmbientDatabase(db);
    let later: Promise<string | null> | undefined;
    await ambient.transaction(async () => {
      await ambient.db.insert(users).values({ externalId: '901', displayName: 'Nam', language: 'vi' });
      // Work left running after the transaction: it must not use the connection the transaction gave back.
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => nameOf(ambient.db, '901'));
    });
    expect(await later).toBe('Nam');
  });

  it('inside a transaction handle passed directly, runs in that transaction', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.insert(users).values({ externalId: '1001', displayName: 'Thảo', language: 'vi' });
      return nameOf(tx, '1001');
    });
    expect(seen).toBe('Thảo');
  });
});
