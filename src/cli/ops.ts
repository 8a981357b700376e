// `npm run cli -- <command>`: the operator's commands (run the due jobs again, print a diagnosis).
import { pathToFileURL } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Api } from 'grammy';
import pino from 'pino';
import type { BotDeps } from '../bot/context.js';
import { createJobMessages } from '../bot/job-messages.js';
import { renderWeekReport } from '../bot/views/week-report.js';
import { clockNotice, createClock } from '../clock.js';
import { type Config, ConfigError, configSecrets, loadConfig, loadDotEnv } from '../config.js';
import { createDatabase, type DatabaseHandle } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { listShopsForScheduling, type ScheduledShop } from '../db/queries/shops.js';
import { booksDay } from '../domain/books-day.js';
import { isValidIsoDate } from '../domain/iso-date.js';
import { weekBounds } from '../domain/local-date.js';
import { isLocale } from '../domain/locale.js';
import { createTranslator } from '../i18n/translator.js';
import { type JobKind, REMINDER_JOB, WEEKLY_PUSH_JOB, zonedInstant } from '../jobs/due-jobs.js';
import type { JobOutcome } from '../jobs/job-outcome.js';
import type { JobProgress, ProgressOptions } from '../jobs/job-progress.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { createJobsApi } from '../jobs/jobs-api.js';
import { createLogger } from '../logger.js';
import { computeFinishedWeek } from '../services/weekly-report.js';

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  weekly-push [--shop ID] [--as-of WHEN]   send the weekly summaries that are due
  reminders   [--shop ID] [--as-of WHEN]   send the evening reminders that are due
  diagnose --shop ID --week YYYY-Www       print a shop's diagnosis of a finished week (e.g. 2026-W47)

--as-of runs the command as if it were that moment (not later than now):
  YYYY-MM-DD             that day at each shop's own scheduled time (e.g. Monday 08:00 for the weekly push)
  YYYY-MM-DDTHH:MM       that time in each shop's own time zone
  YYYY-MM-DDTHH:MMZ      one instant (or an offset such as +07:00)
Sending is idempotent: a job already sent or skipped for a shop and period is not sent again, whichever
instance or command did it. The sending commands need BOT_TOKEN; diagnose does not.`;

/** A wrong command line: print the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** When to run as: a day at the shop's scheduled time, a local time in each shop's zone, or one instant. */
export type AsOf =
  | { kind: 'day'; date: string }
  | { kind: 'local'; date: string; time: string }
  | { kind: 'instant'; at: Date };

export type OpsCommand =
  | { name: 'weekly-push' | 'reminders'; shopId?: string; asOf?: AsOf }
  | { name: 'diagnose'; shopId: string; week: string }
  | { name: 'help' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every option any command takes; which command takes which is checked after parsing. */
const OPTIONS = {
  shop: { type: 'string' },
  'as-of': { type: 'string' },
  week: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The name of the option a `node:util` parseArgs error is about (`--as-of` in "Option '--as-of <value>' …"). */
function optionIn(message: string): string {
  return /'(?:-\w, )?(--?[^\s',]+)/.exec(message)?.[1] ?? '';
}

/** node:util parseArgs, strict, with its errors turned into UsageErrors that say what to fix. */
function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true, tokens: true } as const);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`Unknown option: ${optionIn(message)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = optionIn(message);
      throw new UsageError(
        /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`,
      );
    }
    throw error;
  }
}

/** Reads the command line (without `node` and the script); throws a UsageError on anything unexpected. */
export function parseOpsArgs(argv: readonly string[]): OpsCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  const { values, positionals, tokens } = parseOptions(rest);
  if (values.help) return { name: 'help' };
  if (positionals.length > 0) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
  const flags = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.value === undefined || token.value === '')
      throw new UsageError(`--${token.name} needs a value`);
    if (flags.has(token.name)) throw new UsageError(`--${token.name} is given twice`);
    flags.set(token.name, token.value);
  }
  const allow = (...allowed: string[]) => {
    for (const flag of flags.keys()) {
      if (!allowed.includes(flag)) throw new UsageError(`${name} does not take --${flag}`);
    }
  };
  const shopId = flags.get('shop');
  if (shopId !== undefined && !UUID.test(shopId))
    throw new UsageError(`--shop expects a shop id (a UUID), got ${shopId}`);

  switch (name) {
    case 'weekly-push':
    case 'reminders': {
      allow('shop', 'as-of');
      const asOf = flags.get('as-of');
      return {
        name,
        ...(shopId !== undefined && { shopId }),
        ...(asOf !== undefined && { asOf: parseAsOf(asOf) }),
      };
    }
    case 'diagnose': {
      allow('shop', 'week');
      const week = flags.get('week');
      if (shopId === undefined || week === undefined)
        throw new UsageError('diagnose needs --shop ID and --week YYYY-Www');
      try {
        weekBounds(week);
      } catch {
        throw new UsageError(`--week expects an ISO week such as 2026-W47, got ${week}`);
      }
      return { name, shopId, week };
    }
    default:
      throw new UsageError(`Unknown command: ${name}`);
  }
}

/** Reads --as-of: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or with `Z` / `±HH:MM` for one instant. */
export function parseAsOf(text: string): AsOf {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  const [, date, time, offset] = match ?? [];
  const validTime = time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  if (!date || !isValidIsoDate(date) || !validTime) {
    throw new UsageError(
      `--as-of expects YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally Z or +07:00), got ${text}`,
    );
  }
  if (time === undefined) return { kind: 'day', date };
  if (offset === undefined) return { kind: 'local', date, time };
  return { kind: 'instant', at: new Date(`${date}T${time}:00${offset}`) };
}

/** The instant --as-of names for one shop and job. */
export function instantFor(asOf: AsOf, shop: ScheduledShop, kind: JobKind): Date {
  const { settings } = shop;
  switch (asOf.kind) {
    case 'instant':
      return asOf.at;
    case 'local':
      return zonedInstant(asOf.date, asOf.time, settings.timeZone);
    case 'day': {
      const time = kind === REMINDER_JOB ? settings.reminderTime : settings.weeklyPushTime;
      return zonedInstant(asOf.date, time, settings.timeZone);
    }
  }
}

const RESULT_LABELS: Record<JobOutcome['result'], string> = {
  sent: 'sent',
  skipped: 'skipped',
  failed: 'FAILED',
  taken: 'no action',
  future: 'not yet (--as-of is after now)',
};

/** A duration as an operator reads it: 45 s, 54 min 56 s, 1 h 02 min. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "weekly-push: 1,200/100,000 done (1.2 %) · 30.0 jobs/s · ETA 54 min 56 s" */
export function progressLine(name: string, p: JobProgress): string {
  const share = p.total > 0 ? (p.done / p.total) * 100 : 100;
  const rate = p.perSecond === null ? '– jobs/s' : `${p.perSecond.toFixed(1)} jobs/s`;
  const eta =
    p.etaMs === null ? 'ETA unknown' : p.etaMs === 0 ? 'all done' : `ETA ${formatDuration(p.etaMs)}`;
  return `${name}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} done (${share.toFixed(1)} %) · ${rate} · ${eta}`;
}

/** Where and how often the progress of a sending command is printed while its jobs run. */
export interface ProgressPrinting extends Omit<ProgressOptions, 'onProgress'> {
  /** The progress lines' printer (the command's own by default; main prints them on stderr). */
  print?: (line: string) => void;
}

/** Runs weekly-push or reminders through the scheduler's own claims; returns the exit code. */
export async function runSendCommand(
  command: Extract<OpsCommand, { name: 'weekly-push' | 'reminders' }>,
  scheduler: JobScheduler,
  print: (line: string) => void,
  progress: ProgressPrinting = {},
): Promise<number> {
  const kind = command.name === 'reminders' ? REMINDER_JOB : WEEKLY_PUSH_JOB;
  const { asOf } = command;
  const printProgress = progress.print ?? print;
  const report = await scheduler.tick({
    kinds: [kind],
    listSettled: true,
    progress: {
      onProgress: (p) => printProgress(progressLine(command.name, p)),
      ...(progress.everyMs !== undefined && { everyMs: progress.everyMs }),
      ...(progress.clock && { clock: progress.clock }),
    },
    ...(command.shopId !== undefined && { shopId: command.shopId }),
    ...(asOf && { at: (shop: ScheduledShop) => instantFor(asOf, shop, kind) }),
  });
  if (command.shopId !== undefined && report.shops === 0) {
    print(`No shop with id ${command.shopId}.`);
    return 1;
  }
  const due = [...report.outcomes, ...report.settled];
  print(`${command.name}: ${report.shops} shop(s) looked at, ${due.length} with a ${kind} due.`);
  for (const batch of report.diagnoses) {
    print(
      batch.diagnosed === null
        ? `  ${batch.isoWeek}: the batch diagnosis failed (see the log); each push diagnosed its own week.`
        : `  ${batch.isoWeek}: ${batch.diagnosed} of ${batch.shops} shop(s) diagnosed and stored in ${batch.ms} ms (the others have no record that week${batch.gone ? `, or were deleted meanwhile: ${batch.gone}` : ''}).`,
    );
  }
  for (const o of due) {
    const reason = o.reason ? ` (${o.reason})` : '';
    print(`  ${RESULT_LABELS[o.result].padEnd(8)}  ${o.periodKey}  ${o.shopName}  ${o.shopId}${reason}`);
  }
  const count = (result: JobOutcome['result']) => due.filter((o) => o.result === result).length;
  print(
    `Sent ${count('sent')}, skipped ${count('skipped')}, failed ${count('failed')}, no action ${count('taken')} (already sent or skipped, retry not due, or held by a running instance).`,
  );
  return count('failed') > 0 ? 1 : 0;
}

/** Prints a shop's finished-week diagnosis as the owner would read it; returns the exit code. */
export async function runDiagnose(
  command: Extract<OpsCommand, { name: 'diagnose' }>,
  deps: BotDeps,
  print: (line: string) => void,
): Promise<number> {
  const shop = (await listShopsForScheduling(deps.db)).find((s) => s.shop.id === command.shopId);
  if (!shop) {
    print(`No shop with id ${command.shopId}.`);
    return 1;
  }
  const { end } = weekBounds(command.week);
  // A week is over once the books of its Sunday have closed (the shop's day close, the morning after).
  const { timeZone, dayClosesAt } = shop.settings;
  const today = booksDay(deps.now(), timeZone, dayClosesAt).date;
  if (end >= today) {
    print(
      `${command.week} is not over yet in ${shop.shop.name}'s time zone (${timeZone}): it ends on ${end}, whose books close at ${dayClosesAt} the morning after.`,
    );
    return 1;
  }
  const locale = isLocale(shop.owner.language) ? shop.owner.language : deps.defaultLocale;
  const report = await computeFinishedWeek(deps.db, shop.settings, command.week);
  print(renderWeekReport(report, shop.shop.name, { locale, t: deps.translator.forLocale(locale) }));
  return 0;
}

function depsFor(config: Config, database: DatabaseHandle, logger: BotDeps['logger']): BotDeps {
  return {
    db: database.db,
    logger,
    translator: createTranslator(config.defaultLocale),
    defaultLocale: config.defaultLocale,
    defaultTimeZone: config.defaultTimeZone,
    now: createClock(config.clock),
  };
}

/** The whole command: configuration, database, the command itself; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let command: OpsCommand;
  try {
    command = parseOpsArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === 'help') {
    console.log(USAGE);
    return 0;
  }
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (command.name !== 'diagnose' && !config.botToken) {
    console.error(
      `BOT_TOKEN is not set. "${command.name}" sends messages through Telegram, so it needs the bot's token:\n` +
        '  put BOT_TOKEN=123456789:AA... in .env or the environment (see .env.example).\n' +
        '"diagnose" works without it.',
    );
    return 2;
  }
  // Logs go to stderr so the command's own output stays readable on stdout.
  const logger = createLogger(config.logLevel, pino.destination(2), configSecrets(config));
  const notice = clockNotice(config.clock);
  if (notice) logger.warn(notice.fields, notice.msg);
  let database: DatabaseHandle;
  try {
    database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
    await migrateDatabase(database);
  } catch (error) {
    console.error(`Could not open the database: ${error instanceof Error ? error.message : String(error)}`);
    if (!config.databaseUrl) {
      console.error(`(PGlite in ${config.dataDir} allows one process at a time: is the bot running on it?)`);
    }
    return 1;
  }
  try {
    const deps = depsFor(config, database, logger);
    const print = (line: string) => console.log(line);
    if (command.name === 'diagnose') return await runDiagnose(command, deps, print);
    const client = config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {};
    const api: Api = createJobsApi(config.botToken!, client);
    return await runSendCommand(
      command,
      new JobScheduler({ deps, messages: createJobMessages(deps), api, instanceId: `cli-${process.pid}` }),
      print,
      // Every 5 s on stderr, beside the logs: stdout keeps the report.
      { print: (line) => console.error(line) },
    );
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
