// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the PGlite database in DATA_DIR.
import { loadConfig, loadDotEnv } from '../config.js';
import { createLogger } from '../logger.js';
import { createDatabase } from './client.js';
import { migrateDatabase } from './migrate.js';

loadDotEnv();
const config = loadConfig();
const logger = createLogger(config.logLevel);
const handle = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
try {
  await migrateDatabase(handle);
  logger.info({ driver: handle.driver }, 'migrations applied');
} catch (err) {
  logger.error({ err }, 'migration failed');
  process.exitCode = 1;
} finally {
  await handle.close();
}
