import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { serializeError, summarizeError } from '../../src/logging/safe-error.js';
import { knownSecrets, redactSecretText } from '../../src/logging/secret-text.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SECRET_HALF = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const URL = `https://api.telegram.org/bot${TOKEN}/sendMessage`;

/** node-fetch's error for a refused connection, as grammY's HttpError carries it. */
function fetchError(url: string, reason = 'connect ECONNREFUSED 149.154.167.220:443'): Error {
  const error = new Error(`request to ${url} failed, reason: ${reason}`);
  error.name = 'FetchError';
  Object.assign(error, { code: 'ECONNREFUSED', errno: 'ECONNREFUSED', type: 'system' });
  return error;
}

const json = (value: unknown) => JSON.stringify(value);

describe('redactSecretText', () => {
  it.each([
    [`request to ${URL} failed`, 'request to https://api.telegram.org/bot[redacted]/sendMessage failed'],
    [`GET /file/bot${TOKEN}/photos/file_1.jpg`, 'GET /file/bot[redacted]/photos/file_1.jpg'],
    [`token=${TOKEN}&x=1`, 'token=[redacted]&x=1'],
    [`encoded 123456789%3A${SECRET_HALF}`, 'encoded [redacted]'],
    // A token of an unusual shape is still caught by its place in the URL.
    ['http://127.0.0.1:8081/botweird-token-without-colon/getMe', 'http://127.0.0.1:8081/bot[redacted]/getMe'],
    [
      'postgres://shop:s3cr%40t-pass@db.internal:5432/shoppulse',
      'postgres://shop:[redacted]@db.internal:5432/shoppulse',
    ],
  ])('%s', (text, expected) => {
    expect(redactSecretText(text)).toBe(expected);
  });

  it('keeps ordinary paths, ports and times readable', () => {
    for (const text of [
      'at run (/work/main/src/bot/index.ts:129:22)',
      'connect ECONNREFUSED 127.0.0.1:5432',
      'retry at 12:30:45, update 2026-12-07T12:00:00Z',
      'postgres://localhost:5432/shoppulse',
    ]) {
      expect(redactSecretText(text)).toBe(text);
    }
  });

  it('replaces each known secret as written, URL-encoded and JSON-escaped', () => {
    const secret = 'we"bh\\ook/se cret';
    const text = `a ${secret} b ${encodeURIComponent(secret)} c ${JSON.stringify(secret)}`;
    expect(redactSecretText(text, [secret])).toBe('a [redacted] b [redacted] c "[redacted]"');
    // Too short to tell from ordinary words: left to the patterns.
    expect(redactSecretText('the pass is abc', ['abc'])).toBe('the pass is abc');
  });

  it('knows the token, the webhook secret and the database password of a configuration', () => {
    expect(
      knownSecrets({
        botToken: TOKEN,
        webhookSecret: 'hook-secret-1234',
        databaseUrl: 'postgres://shop:p%40ss%20word@db/shoppulse',
      }),
    ).toEqual([TOKEN, 'hook-secret-1234', 'p@ss word']);
    expect(knownSecrets({ databaseUrl: 'not a url' })).toEqual([]);
    expect(knownSecrets({ databaseUrl: 'postgres://localhost/db' })).toEqual([]);
  });
});

describe('the error serializer never carries a token', () => {
  it('keeps the method, the code and the reason of a network failure', () => {
    const error = new HttpError("Network request for 'sendMessage' failed!", fetchError(URL));
    expect(serializeError(error)).toMatchObject({
      type: 'HttpError',
      message: "Network request for 'sendMessage' failed!",
      cause: {
        type: 'FetchError',
        code: 'ECONNREFUSED',
        message:
          'request to https://api.telegram.org/bot[redacted]/sendMessage failed, reason: connect ECONNREFUSED 149.154.167.220:443',
      },
    });
    expect(json(serializeError(error))).not.toContain(SECRET_HALF);
    expect(summarizeError(error)).toContain('ECONNREFUSED');
    expect(summarizeError(error)).not.toContain(SECRET_HALF);
  });

  it('in every link of a cause chain', () => {
    const inner = fetchError(URL);
    const middle = new Error(`retry of ${URL} gave up`, { cause: inner });
    const outer = new Error('update failed', { cause: middle });
    const safe = json(serializeError(outer));
    expect(safe).not.toContain(SECRET_HALF);
    expect(safe.match(/bot\[redacted\]/g)).toHaveLength(2);
    expect(summarizeError(outer)).not.toContain(SECRET_HALF);
  });

  it('in every error of an AggregateError, and in its own message', () => {
    const error = new AggregateError(
      [
        fetchError(URL),
        new Error(`second: ${TOKEN}`),
        fetchError(`https://api.telegram.org/file/bot${TOKEN}/a.jpg`),
      ],
      `all of ${URL} failed`,
    );
    const safe = serializeError(error) as { errors: unknown[]; message: string };
    expect(safe.errors).toHaveLength(3);
    expect(safe.message).toBe('all of https://api.telegram.org/bot[redacted]/sendMessage failed');
    expect(json(safe)).not.toContain(SECRET_HALF);
  });

  it('in a stack frame, and in a Bot API description', () => {
    const error = new Error('x');
    error.stack = `Error: x\n    at fetch (${URL}:1:1)\n    at main (/work/main/src/main.ts:10:3)`;
    const safe = serializeError(error) as { stack: string };
    expect(safe.stack).toContain('/work/main/src/main.ts:10:3');
    expect(safe.stack).not.toContain(SECRET_HALF);
    const api = new GrammyError(
      "Call to 'getFile' failed!",
      { ok: false, error_code: 400, description: `Bad Request: wrong file /file/bot${TOKEN}/x` },
      'getFile',
      {},
    );
    expect(json(serializeError(api))).not.toContain(SECRET_HALF);
  });
});

describe('the logger clears the written line', () => {
  it("of the configuration's secrets and token shapes, in any field, message or binding, at every level", () => {
    const raw: string[] = [];
    const hook = 'my-webhook-secret-value';
    const password = 'Pa55-word-of-db';
    const logger = createLogger('trace', { write: (line: string) => void raw.push(line) }, [
      TOKEN,
      hook,
      password,
    ]);
    const child = logger.child({ root: `https://api.telegram.org/bot${TOKEN}` });
    child.trace({ header: hook }, `secret ${hook}`);
    child.debug({ url: `postgres://shop:${password}@db/x` }, 'connect');
    child.warn(`db password ${password} and token ${TOKEN}`);
    child.fatal({ err: new Error(`webhook ${hook}`) }, 'failed');
    expect(raw).toHaveLength(4);
    for (const line of raw) {
      for (const secret of [SECRET_HALF, hook, password]) expect(line).not.toContain(secret);
      expect(() => JSON.parse(line)).not.toThrow();
    }
  });
});
