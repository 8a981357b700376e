import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { preparedStatement, UNNAMED } from '../../src/db/prepared-statement.js';
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
    .prepare(UNNAMED);
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

  it('built on a transaction, runs in it: it reads its uncommitted writes, and rolls back with it', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.insert(users).values({ externalId: '601', displayName: 'Hoa', language: 'vi' });
      return nameOf(tx, '601');
    });
    expect(seen).toBe('Hoa');
    const failed = db.transaction(async (tx) => {
      await tx.insert(users).values({ externalId: '701', displayName: 'Tuấn', language: 'vi' });
      expect(await nameOf(tx, '701')).toBe('Tuấn');
      throw new Error('handler failed');
    });
    await expect(failed).rejects.toThrow('handler failed');
    expect(await nameOf(db, '701')).toBeNull();
  });

  // PGlite runs one transaction at a time: a statement from outside waits for the transaction to end.
  it.skipIf(testDriver !== 'pg')(
    'built on the root database, runs outside any transaction: it does not see uncommitted writes',
    async () => {
      await db.transaction(async (tx) => {
        await tx.insert(users).values({ externalId: '801', displayName: 'Mai', language: 'vi' });
        expect(await nameOf(tx, '801')).toBe('Mai');
        expect(await nameOf(db, '801')).toBeNull();
      });
      expect(await nameOf(db, '801')).toBe('Mai');
    },
  );

  it('goes out unnamed, so the same statement can run on any connection, one after another', async () => {
    for (let i = 0; i < 3; i++) {
      await db.transaction(async (tx) => {
        await tx.insert(users).values({ externalId: `90${i}`, displayName: `N${i}`, language: 'vi' });
        expect(await nameOf(tx, `90${i}`)).toBe(`N${i}`);
      });
    }
  });

  it('inside a transaction handle passed directly, runs in that transaction', async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.insert(users).values({ externalId: '1001', displayName: 'Thảo', language: 'vi' });
      return nameOf(tx, '1001');
    });
    expect(seen).toBe('Thảo');
  });
});
