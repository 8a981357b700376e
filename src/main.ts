import { Api } from 'grammy';
import type { Update } from 'grammy/types';
import { createApp } from './app.js';
import { registerCommands } from './bot/commands.js';
import { createJobMessages } from './bot/job-messages.js';
import { startOutboxSweeper } from './bot/outbox/outbox-sweeper.js';
import { clockNotice } from './clock.js';
import { type Config, ConfigError, configSecrets, loadConfig, loadDotEnv } from './config.js';
import { JobScheduler } from './jobs/job-scheduler.js';
import { createJobsApi } from './jobs/jobs-api.js';
import { scheduleNightlyCleanup } from './jobs/nightly-cleanup.js';
import { createLogger, type Logger } from './logger.js';
import { abortCallsOn } from './server/abort-calls.js';
import { deadlineIn, settlesWithin } from './server/deadline.js';
import { finishInFlight, SHUTDOWN_GRACE_MS } from './server/finish-in-flight.js';
import { NotReadyYet, startHttpServer, stopHttpServer } from './server/http-server.js';
import { identifyBot } from './server/identify-bot.js';
import { pollUntilStopped, type StoppedIntake } from './server/poll-until-stopped.js';
import { WebhookEndpoint } from './server/webhook-endpoint.js';

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

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const FIRST_SWEEP_WAIT_MS = 5_000;

/**
 * Starts the bot and serves updates until SIGTERM/SIGINT, then shuts down; returns the exit code.
 * /healthz and /readyz answer from the first moment, so a Bot API that cannot be reached is visible (and
 * logged) instead of a silent hang. On a signal: take no more updates, let the ones in flight and the
 * scheduler's current send finish (within SHUTDOWN_TIMEOUT_MS), cut off what still runs then (calls
 * aborted, nothing committed, its updates left for the next process), confirm to Telegram only what was
 * handled, and exit within the timeout plus a second.
 */
async function run(config: Config, logger: Logger, token: string): Promise<number> {
  const client = config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {};
  const stopping = new AbortController();
  // Aborted when the shutdown's bound passes: the Bot API calls in flight end, and nothing commits after.
  const cutOff = new AbortController();
  // After a signal, the process is gone within SHUTDOWN_TIMEOUT_MS plus a second, whatever still runs.
  let exitBy: (() => number) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping.signal.aborted) {
      logger.warn(
        { signal, timeout_ms: config.shutdownTimeoutMs },
        'already shutting down; waiting for the work in hand',
      );
      return;
    }
    logger.info({ signal }, 'shutting down');
    exitBy = deadlineIn(config.shutdownTimeoutMs + SHUTDOWN_GRACE_MS);
    stopping.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const stopped = new Promise<void>((resolve) => stopping.signal.addEventListener('abort', () => resolve()));
  const notice = clockNotice(config.clock);
  if (notice) logger.warn(notice.fields, notice.msg);

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let identified = false;
  const webhook =
    config.updates.mode === 'webhook'
      ? new WebhookEndpoint({ secretToken: config.updates.secretToken, logger })
      : undefined;
  const server = await startHttpServer({
    ...config.http,
    logger,
    readiness: async () => {
      if (stopping.signal.aborted) throw new NotReadyYet('shutting down');
      if (!app) throw new NotReadyYet('opening the database');
      if (!identified) throw new NotReadyYet('waiting for the Telegram Bot API (getMe)');
      await app.database.ping();
    },
    ...(webhook && { webhook: { path: WEBHOOK_PATH, handle: webhook.handle } }),
  });
  logger.info({ port: config.http.port }, 'http server listening (/healthz, /readyz)');

  app = await createApp(config, logger, token, { client }, { cutOff: cutOff.signal });
  const { bot, database, translator, deps } = app;
  bot.api.config.use(abortCallsOn(cutOff.signal));
  const closeAll = async () => {
    await stopHttpServer(server);
    // An update cut off mid-statement may still hold its connection: the exit then ends it (and rolls back).
    const closed = database.close();
    if (!exitBy) await closed;
    else if (!(await settlesWithin(closed, Math.max(exitBy(), 100)))) {
      logger.warn('shutdown timeout: the database did not close in time; exiting anyway');
    }
  };

  const botInfo = await identifyBot({
    api: new Api(token, client),
    logger,
    apiRoot: config.telegramApiRoot ?? 'https://api.telegram.org',
    signal: stopping.signal,
  });
  if (!botInfo) {
    await closeAll();
    return 0;
  }
  bot.botInfo = botInfo;
  identified = true;
  logger.info({ username: botInfo.username, mode: config.updates.mode }, 'bot identified');
  await registerCommands(bot.api, translator, config.defaultLocale);
  // Reminders and weekly pushes, on an Api of their own (paced); claims keep each send single across instances.
  const jobsApi = createJobsApi(token, client);
  jobsApi.config.use(abortCallsOn(cutOff.signal));
  const scheduler = new JobScheduler({ deps, messages: createJobMessages(deps), api: jobsApi });
  scheduler.start();
  // What an update decided and could not send yet (Telegram failing, or a process that died after its
  // commit) goes out from here: at once now, then every few seconds.
  const sweeper = startOutboxSweeper(bot.api, { db: deps.db, logger }, botInfo.id);
  // Answers an earlier process committed and did not send go out before any new update is taken (within
  // a few seconds: a Telegram that keeps failing leaves them to the next sweeps).
  await settlesWithin(sweeper.first, FIRST_SWEEP_WAIT_MS);
  // The cleanup compares with the database's own timestamps, so it keeps the real clock.
  const nightlyCleanup = scheduleNightlyCleanup(database.db, logger);
  const handleUpdate = (update: Update) => bot.handleUpdate(update);
  let intake: StoppedIntake;
  if (config.updates.mode === 'webhook' && webhook) {
    const url = new URL(WEBHOOK_PATH, config.updates.url).toString();
    await bot.api.setWebhook(url, {
      secret_token: config.updates.secretToken,
      allowed_updates: ALLOWED_UPDATES,
    });
    logger.info({ url }, 'webhook set');
    webhook.open(handleUpdate);
    await stopped;
    // From now on posts are answered 503: Telegram sends them again later, to this process or the next.
    webhook.close();
    intake = {
      exitCode: 0,
      drained: webhook.drained(),
      abandon: () => webhook.abandon(),
      confirm: async () => {},
    };
  } else {
    await bot.api.deleteWebhook();
    intake = await pollUntilStopped({
      api: new Api(token, client),
      handleUpdate,
      allowedUpdates: ALLOWED_UPDATES,
      logger,
      signal: stopping.signal,
    });
  }

  await finishInFlight({
    intake,
    stopJobs: async () => {
      await Promise.all([scheduler.stop(), sweeper.stop()]);
    },
    cutOff: () => cutOff.abort(),
    timeoutMs: config.shutdownTimeoutMs,
    logger,
  });
  nightlyCleanup.stop();
  await closeAll();
  logger.info({ exit_code: intake.exitCode }, 'stopped');
  return intake.exitCode;
}

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel, undefined, configSecrets(config));

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
  const exitCode = await run(config, logger, config.botToken).catch((err: unknown) => {
    logger.fatal({ err }, 'start-up failed');
    return 1;
  });
  process.exit(exitCode);
}
