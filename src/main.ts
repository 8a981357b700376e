import { webhookCallback } from 'grammy';
import { createApp } from './app.js';
import { registerCommands } from './bot/commands.js';
import { type Config, ConfigError, loadConfig, loadDotEnv } from './config.js';
import { scheduleDraftCleanup } from './jobs/draft-cleanup.js';
import { JobScheduler } from './jobs/job-scheduler.js';
import { createJobsApi } from './jobs/jobs-api.js';
import { createLogger, type Logger } from './logger.js';
import { startHttpServer } from './server/http-server.js';

const WEBHOOK_PATH = '/telegram/webhook';

function loadConfigOrExit(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const NO_TOKEN = `No BOT_TOKEN is set, so ShopPulse cannot talk to Telegram yet.

  To run the real bot: open @BotFather in Telegram, send /newbot, copy the token it gives you,
  then start with   BOT_TOKEN=123456789:AA... npm start   (or put it in .env, see .env.example).

  To try the bot right now without Telegram:   npm run chat
`;

async function run(config: Config, logger: Logger, token: string): Promise<void> {
  const client = config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {};
  const { bot, database, translator, deps } = await createApp(config, logger, token, { client });
  await bot.init();
  logger.info({ username: bot.botInfo.username, mode: config.updates.mode }, 'bot identified');
  await registerCommands(bot.api, translator, config.defaultLocale);
  // Reminders and weekly pushes, on an Api of their own (paced); claims keep each send single across instances.
  const scheduler = new JobScheduler({ deps, api: createJobsApi(token, client) });
  scheduler.start();
  const draftCleanup = scheduleDraftCleanup(database.db, logger);

  const server = await startHttpServer({
    ...config.http,
    logger,
    readiness: () => database.ping(),
    ...(config.updates.mode === 'webhook' && {
      webhook: {
        path: WEBHOOK_PATH,
        handle: webhookCallback(bot, 'http', { secretToken: config.updates.secretToken }),
      },
    }),
  });
  logger.info({ port: config.http.port }, 'http server listening (/healthz, /readyz)');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await bot.stop();
    await scheduler.stop();
    draftCleanup.stop();
    server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.updates.mode === 'webhook') {
    const url = new URL(WEBHOOK_PATH, config.updates.url).toString();
    await bot.api.setWebhook(url, {
      secret_token: config.updates.secretToken,
      allowed_updates: ['message', 'callback_query'],
    });
    logger.info({ url }, 'webhook set');
    return;
  }
  await bot.api.deleteWebhook();
  // bot.start confirms a batch of updates only after handling it, so a crash loses nothing.
  await bot.start({
    allowed_updates: ['message', 'callback_query'],
    onStart: () => logger.info('long polling started'),
  });
}

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

if (!config.botToken) {
  process.stderr.write(NO_TOKEN);
  if (process.stdin.isTTY) {
    process.stderr.write('\nStarting the local chat mode now (Ctrl+C or /quit to leave)…\n\n');
    const { runLocalChat } = await import('./cli/chat.js');
    await runLocalChat(config);
  } else {
    process.exitCode = 1;
  }
} else {
  await run(config, logger, config.botToken).catch((err) => {
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  });
}
