// `npm run db:seed`: two demo shops with eight weeks of daily records ending yesterday (shop time),
// in DATABASE_URL or the PGlite database in DATA_DIR. Re-running replaces the demo data.

import { loadConfig, loadDotEnv } from '../../config.js';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../../domain/local-date.js';
import { createLogger } from '../../logger.js';
import { createDatabase } from '../client.js';
import { migrateDatabase } from '../migrate.js';
import { seedDemoData } from './seed-demo-data.js';

loadDotEnv();
const config = loadConfig();
const logger = createLogger(config.logLevel);
const handle = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
try {
  await migrateDatabase(handle);
  const endDate = addDays(localDate(new Date(), DEFAULT_TIME_ZONE), -1);
  const seeded = await seedDemoData(handle.db, { endDate });
  for (const { user, shop, daysRecorded } of seeded) {
    logger.info({ telegramId: user.externalId, shop: shop.name, daysRecorded, endDate }, 'demo shop seeded');
  }
} catch (err) {
  logger.error({ err }, 'seeding failed');
  process.exitCode = 1;
} finally {
  await handle.close();
}
