import { configSecrets, loadConfig, loadDotEnv } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { createDatabase, type DatabaseHandle } from './client.js';
import { migrateDatabase } from './migrate.js';

/**
 * Runs an `npm run db:*` script on DATABASE_URL, or on the PGlite database in DATA_DIR: migrations first,
 * then `work`. A failure is logged as `failure` and sets a non-zero exit code; the database is closed
 * either way.
 */
export async function runDatabaseScript(
  failure: string,
  work: (handle: DatabaseHandle, logger: Logger) => Promise<void> | void,
): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, undefined, configSecrets(config));
  const handle = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  try {
    await migrateDatabase(handle);
    await work(handle, logger);
  } catch (err) {
    logger.error({ err }, failure);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
