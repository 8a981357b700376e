import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isValidTimeZone } from './domain/local-date.js';
import { LOCALES, type Locale } from './domain/locale.js';
import { knownSecrets } from './logging/secret-text.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An instant with its offset: `2026-11-24T20:00:00+07:00`, `2026-11-24T13:00Z`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether an INSTANT names a day and time that exist (no 30 February, no 25:00). */
function isRealInstant(value: string): boolean {
  const at = Date.parse(value);
  if (Number.isNaN(at)) return false;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const offsetMs = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000
    : 0;
  return new Date(at + offsetMs).toISOString().slice(0, 16) === value.slice(0, 16);
}

const envSchema = z
  .object({
    BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{30,}$/, 'expected a token from @BotFather, like 123456789:AA…')
        .optional(),
    ),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'expected a PostgreSQL URL, like postgres://user:password@host:5432/db')
        .optional(),
    ),
    DATABASE_POOL_SIZE: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,3}$/, 'expected a number of connections between 1 and 100')
        .default('10')
        .transform(Number)
        .pipe(
          z
            .number()
            .min(1, 'expected a number of connections between 1 and 100')
            .max(100, 'expected a number of connections between 1 and 100'),
        ),
    ),
    DATA_DIR: optionalText.pipe(z.string().default('./data')),
    TELEGRAM_API_ROOT: optionalText.pipe(
      z.url({ message: 'expected the URL of a Bot API server, like http://localhost:8081' }).optional(),
    ),
    LOG_LEVEL: optionalText.pipe(
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'expected one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
    DEFAULT_LOCALE: optionalText.pipe(z.enum(LOCALES, { message: 'expected vi or en' }).default('vi')),
    DEFAULT_TIMEZONE: optionalText.pipe(
      z
        .string()
        .refine(isValidTimeZone, 'expected an IANA time zone, like Asia/Ho_Chi_Minh')
        .default('Asia/Ho_Chi_Minh'),
    ),
    WEBHOOK_URL: optionalText.pipe(
      z
        .url({ message: 'expected the public https URL Telegram should post updates to' })
        .refine((v) => v.startsWith('https://'), 'expected an https:// URL (Telegram only posts to https)')
        .optional(),
    ),
    WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'expected 16 to 256 characters of A-Z, a-z, 0-9, _ or -')
        .optional(),
    ),
    HOST: optionalText.pipe(z.string().default('0.0.0.0')),
    PORT: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, 'expected a port number between 1 and 65535')
        .default('8080')
        .transform(Number)
        .pipe(z.number().min(1).max(65535, 'expected a port number between 1 and 65535')),
    ),
    SHUTDOWN_TIMEOUT_MS: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,7}$/, 'expected a number of milliseconds between 0 and 600000')
        .default('10000')
        .transform(Number)
        .pipe(z.number().max(600_000, 'expected a number of milliseconds between 0 and 600000')),
    ),
    NODE_ENV: optionalText,
    SHOPPULSE_NOW: optionalText.pipe(
      z
        .string()
        .regex(INSTANT, 'expected an instant with its offset, like 2026-11-24T20:00:00+07:00')
        .refine(isRealInstant, 'expected a real date and time, like 2026-11-24T20:00:00+07:00')
        .transform((v) => new Date(v))
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required when WEBHOOK_URL is set (16+ characters of A-Z, a-z, 0-9, _ or -)',
      });
    }
  });

export type UpdateSource = { mode: 'polling' } | { mode: 'webhook'; url: string; secretToken: string };

export interface Config {
  botToken: string | undefined;
  databaseUrl: string | undefined;
  /** PostgreSQL connections each instance may open (the server's max_connections is shared by all). */
  databasePoolSize: number;
  dataDir: string;
  telegramApiRoot: string | undefined;
  logLevel: string;
  defaultLocale: Locale;
  defaultTimeZone: string;
  updates: UpdateSource;
  http: { host: string; port: number };
  isWebhookMode: boolean;
  /** How long a shutdown waits for the updates and the job send in flight before it gives up on them. */
  shutdownTimeoutMs: number;
  /**
   * The product's clock (development and tests only): starts at SHOPPULSE_NOW and then runs at real speed.
   * `ignored` when SHOPPULSE_NOW is set under NODE_ENV=production, where the clock is always the real one.
   */
  clock: { mode: 'real' } | { mode: 'pinned'; startsAt: Date } | { mode: 'ignored'; requested: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Settings whose value is a credential: an error about them never repeats the value. */
const SECRET_SETTINGS = new Set(['BOT_TOKEN', 'WEBHOOK_SECRET', 'DATABASE_URL']);

/** The credentials in a configuration, which no log line may carry: token, webhook secret, database password. */
export function configSecrets(config: Config): string[] {
  return knownSecrets({
    botToken: config.botToken,
    webhookSecret: config.updates.mode === 'webhook' ? config.updates.secretToken : undefined,
    databaseUrl: config.databaseUrl,
  });
}

/** Parses the environment once; the only place in the code base that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got = env[name] === undefined ? '' : ` (got "${SECRET_SETTINGS.has(name) ? '***' : env[name]}")`;
      return `  ${name}: ${issue.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  const e = parsed.data;
  const updates: UpdateSource =
    e.WEBHOOK_URL && e.WEBHOOK_SECRET
      ? { mode: 'webhook', url: e.WEBHOOK_URL, secretToken: e.WEBHOOK_SECRET }
      : { mode: 'polling' };
  return {
    botToken: e.BOT_TOKEN,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    updates,
    http: { host: e.HOST, port: e.PORT },
    isWebhookMode: updates.mode === 'webhook',
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    clock: !e.SHOPPULSE_NOW
      ? { mode: 'real' }
      : e.NODE_ENV === 'production'
        ? { mode: 'ignored', requested: e.SHOPPULSE_NOW.toISOString() }
        : { mode: 'pinned', startsAt: e.SHOPPULSE_NOW },
  };
}

/** Loads `.env` from the working directory into process.env, when there is one; real variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
