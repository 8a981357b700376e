// `npm run db:seed`: two demo shops with eight weeks of daily records ending yesterday (shop time),
// in DATABASE_URL or the PGlite database in DATA_DIR. Re-running replaces the demo data.

import { addDays, DEFAULT_TIME_ZONE, localDate } from '../../domain/local-date.js';
import { runDatabaseScript } from '../database-script.js';
import { seedDemoData } from './seed-demo-data.js';

await runDatabaseScript('seeding failed', async (handle, logger) => {
  const endDate = addDays(localDate(new Date(), DEFAULT_TIME_ZONE), -1);
  const seeded = await seedDemoData(handle.db, { endDate });
  for (const { user, shop, daysRecorded } of seeded) {
    logger.info({ telegramId: user.externalId, shop: shop.name, daysRecorded, endDate }, 'demo shop seeded');
  }
});
