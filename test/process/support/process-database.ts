import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createDatabase, type DatabaseHandle } from '../../../src/db/client.js';
import { migratedPgliteSnapshot, recreateDatabase, workerId } from '../../support/test-db.js';

/** A database of its own for bot processes, on the driver the suite runs on. */
export interface ProcessDatabase {
  /** DATA_DIR or DATABASE_URL for the process. */
  env: Record<string, string>;
  /** Opens it from the test (PGlite: only while no process has it open). */
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

/**
 * With TEST_DATABASE_URL: a database `shoppulse_proc_<label>_<worker>` on that server. Otherwise a PGlite
 * directory, seeded from the migrated test snapshot (a fresh one on disk takes many seconds to create).
 */
export async function createProcessDatabase(label: string): Promise<ProcessDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const databaseUrl = await recreateDatabase(adminUrl, `shoppulse_proc_${label}_${workerId()}`);
    return {
      env: { DATABASE_URL: databaseUrl },
      open: () => createDatabase({ databaseUrl, maxConnections: 2 }),
      dispose: async () => {},
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), `shoppulse-proc-${label}-`));
  const seeded = await PGlite.create({
    dataDir: join(dataDir, 'pglite'),
    loadDataDir: await migratedPgliteSnapshot(),
  });
  await seeded.close();
  return {
    env: { DATA_DIR: dataDir },
    open: () => createDatabase({ dataDir }),
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}
