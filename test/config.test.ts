import { describe, expect, it } from 'vitest';
import { clockNotice, createClock } from '../src/clock.js';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('works with no variables at all: PGlite in ./data, polling, Vietnamese, Ho Chi Minh time', () => {
    expect(loadConfig({})).toMatchObject({
      botToken: undefined,
      databaseUrl: undefined,
      dataDir: './data',
      defaultLocale: 'vi',
      defaultTimeZone: 'Asia/Ho_Chi_Minh',
      updates: { mode: 'polling' },
      http: { host: '0.0.0.0', port: 8080 },
      isWebhookMode: false,
      shutdownTimeoutMs: 10_000,
      databasePoolSize: 10,
    });
  });

  it('reads how many PostgreSQL connections an instance may open', () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: '25' }).databasePoolSize).toBe(25);
    expect(loadConfig({ DATABASE_POOL_SIZE: '1' }).databasePoolSize).toBe(1);
  });

  it('reads how long a shutdown waits for the work in flight', () => {
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '0' }).shutdownTimeoutMs).toBe(0);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ BOT_TOKEN: '', DATABASE_URL: ' ' })).toMatchObject({
      botToken: undefined,
      databaseUrl: undefined,
    });
  });

  it('switches to webhook mode with a URL and a secret', () => {
    const config = loadConfig({
      WEBHOOK_URL: 'https://bot.example.com',
      WEBHOOK_SECRET: 'a'.repeat(20),
      PORT: '3000',
    });
    expect(config.updates).toEqual({
      mode: 'webhook',
      url: 'https://bot.example.com',
      secretToken: 'a'.repeat(20),
    });
    expect(config.http.port).toBe(3000);
  });

  it.each([
    [{ BOT_TOKEN: 'not-a-token' }, 'BOT_TOKEN: expected a token from @BotFather'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: expected a PostgreSQL URL'],
    [{ DATABASE_URL: 'mysql://shop:hunter2-secret@db/x' }, '(got "***")'],
    [{ DEFAULT_TIMEZONE: 'Mars/Base' }, 'DEFAULT_TIMEZONE: expected an IANA time zone'],
    // The runtime knows EST, but it is not a region: a shop's setting refuses it, so the default does too.
    [{ DEFAULT_TIMEZONE: 'EST' }, 'DEFAULT_TIMEZONE: expected an IANA time zone'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE: expected vi or en'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: expected one of'],
    [{ PORT: '99999' }, 'PORT: expected a port number'],
    [{ SHUTDOWN_TIMEOUT_MS: '10s' }, 'SHUTDOWN_TIMEOUT_MS: expected a number of milliseconds'],
    [{ SHUTDOWN_TIMEOUT_MS: '900000' }, 'SHUTDOWN_TIMEOUT_MS: expected a number of milliseconds'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE: expected a number of connections'],
    [{ DATABASE_POOL_SIZE: '500' }, 'DATABASE_POOL_SIZE: expected a number of connections'],
    [{ DATABASE_POOL_SIZE: 'ten' }, 'DATABASE_POOL_SIZE: expected a number of connections'],
    [
      { WEBHOOK_URL: 'http://insecure.example.com', WEBHOOK_SECRET: 'a'.repeat(20) },
      'WEBHOOK_URL: expected an https:// URL',
    ],
    [{ WEBHOOK_URL: 'https://bot.example.com' }, 'WEBHOOK_SECRET: is required when WEBHOOK_URL is set'],
    [{ SHOPPULSE_NOW: '2026-11-24 20:00' }, 'SHOPPULSE_NOW: expected an instant with its offset'],
    [{ SHOPPULSE_NOW: '2026-11-24T20:00:00' }, 'SHOPPULSE_NOW: expected an instant with its offset'],
    [{ SHOPPULSE_NOW: '2026-02-30T20:00:00+07:00' }, 'SHOPPULSE_NOW: expected a real date and time'],
    [{ SHOPPULSE_NOW: '2026-11-24T25:00:00+07:00' }, 'SHOPPULSE_NOW: expected a real date and time'],
  ])('stops with a message naming the variable for %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never prints the token it refuses', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'secret-value' })).toThrow(/got "\*\*\*"/);
  });
});

describe('the clock (SHOPPULSE_NOW)', () => {
  it('is the real one when nothing pins it', () => {
    const config = loadConfig({});
    expect(config.clock).toEqual({ mode: 'real' });
    expect(clockNotice(config.clock)).toBeUndefined();
    const before = Date.now();
    const now = createClock(config.clock)().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('starts at the pinned instant outside production, then advances with real time', () => {
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      const config = loadConfig({ SHOPPULSE_NOW: '2026-11-24T00:30:00+07:00', NODE_ENV });
      expect(config.clock).toEqual({ mode: 'pinned', startsAt: new Date('2026-11-23T17:30:00Z') });
      let real = 1_000_000;
      const clock = createClock(config.clock, () => real);
      expect(clock().toISOString()).toBe('2026-11-23T17:30:00.000Z');
      real += 90_000;
      expect(clock().toISOString()).toBe('2026-11-23T17:31:30.000Z');
      expect(clockNotice(config.clock)?.msg).toMatch(/clock pinned by SHOPPULSE_NOW/);
    }
    expect(loadConfig({ SHOPPULSE_NOW: '2026-11-24T05:00Z' }).clock).toMatchObject({
      startsAt: new Date('2026-11-24T05:00:00Z'),
    });
  });

  it('is refused in production: the real clock, and a start-up warning saying so', () => {
    const config = loadConfig({ SHOPPULSE_NOW: '2026-11-24T00:30:00+07:00', NODE_ENV: 'production' });
    expect(config.clock).toEqual({ mode: 'ignored', requested: '2026-11-23T17:30:00.000Z' });
    const before = Date.now();
    expect(createClock(config.clock)().getTime()).toBeGreaterThanOrEqual(before);
    expect(clockNotice(config.clock)?.msg).toMatch(/SHOPPULSE_NOW ignored: NODE_ENV is production/);
  });
});
