// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the PGlite database in DATA_DIR.
import { runDatabaseScript } from './database-script.js';

await runDatabaseScript('migration failed', (handle, logger) => {
  logger.info({ driver: handle.driver }, 'migrations applied');
});
