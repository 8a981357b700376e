import type { BotConfig } from 'grammy';
import { type BotContext, type BotDeps, createBot } from './bot/index.js';
import { checkChartFont } from './charts/chart-font.js';
import { createClock } from './clock.js';
import type { Config } from './config.js';
import { createDatabase, type DatabaseHandle } from './db/client.js';
import { cutOffCommits } from './db/commit-cut-off.js';
import { migrateDatabase } from './db/migrate.js';
import { createTranslator } from './i18n/translator.js';
import type { Logger } from './logger.js';

export interface AppOptions {
  /** Once aborted (the shutdown's bound passed), no transaction of the bot or the jobs commits. */
  cutOff?: AbortSignal;
}

/** Opens (and migrates) the database and builds the bot on it: shared by the server and the local chat. */
export async function createApp(
  config: Config,
  logger: Logger,
  token: string,
  botConfig?: BotConfig<BotContext>,
  options: AppOptions = {},
) {
  const database: DatabaseHandle = await createDatabase({
    databaseUrl: config.databaseUrl,
    maxConnections: config.databasePoolSize,
    dataDir: config.dataDir,
    logger,
  });
  try {
    await migrateDatabase(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  logger.info({ driver: database.driver }, 'database ready');
  checkChartFont(logger);
  const translator = createTranslator(config.defaultLocale);
  const deps: BotDeps = {
    db: options.cutOff ? cutOffCommits(database.db, options.cutOff) : database.db,
    logger,
    translator,
    defaultLocale: config.defaultLocale,
    defaultTimeZone: config.defaultTimeZone,
    now: createClock(config.clock),
  };
  const bot = createBot(token, deps, botConfig);
  return { database, bot, translator, deps };
}
