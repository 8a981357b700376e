import { sql } from 'drizzle-orm';
import { GrammyError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { serializeError, summarizeError } from '../../src/logging/safe-error.js';
import { captureLogs } from '../support/log-capture.js';
import { closeTestDatabase, getTestDatabase } from '../support/test-db.js';

let db: Database;
beforeAll(async () => {
  db = await getTestDatabase();
});
afterAll(async () => {
  await closeTestDatabase();
});

const SECRET = '987654321987654321987';

/** The error a real statement throws when a parameter does not fit: Drizzle's, around the driver's. */
async function failedStatement(): Promise<unknown> {
  return db.execute(sql`select ${SECRET}::bigint as too_big`).then(
    () => expect.unreachable('the statement should fail'),
    (error: unknown) => error,
  );
}

describe('safe errors', () => {
  it('keeps the SQLSTATE and statement of a failed query, not its parameters or the message quoting them', async () => {
    const error = await failedStatement();
    expect(String((error as Error).message)).toContain(SECRET); // what the default serializer would log
    const safe = JSON.stringify(serializeError(error));
    expect(safe).not.toContain(SECRET);
    expect(safe).toContain('"code":"22003"');
    expect(summarizeError(error)).not.toContain(SECRET);
    expect(summarizeError(error)).toContain('22003');
  });

  it("keeps a failed Bot API call's method, code and description, not its payload", () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: message is too long' },
      'sendMessage',
      { chat_id: 1, text: `Doanh thu ${SECRET}` },
    );
    expect(serializeError(error)).toMatchObject({
      type: 'GrammyError',
      method: 'sendMessage',
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    expect(JSON.stringify(serializeError(error))).not.toContain(SECRET);
  });

  it('applies to an error under any field name, and to a line whose only message is the error', async () => {
    const logs = captureLogs();
    const error = await failedStatement();
    logs.logger.warn({ failure: error, nested: { cause: error } }, 'failed');
    logs.logger.error(error as Error);
    logs.logger.error({ err: error });
    expect(logs.raw).toHaveLength(3);
    for (const line of logs.raw) expect(line).not.toContain(SECRET);
  });

  it('redacts texts, payloads, parameters and names whatever is logged', () => {
    const logs = captureLogs();
    logs.logger.info(
      {
        text: SECRET,
        call: { payload: { text: SECRET }, params: [SECRET] },
        shop_name: SECRET,
        user: { first_name: SECRET },
        update: { message: { text: SECRET } },
      },
      'careless line',
    );
    logs.logger.child({ payload: SECRET }).info('careless child');
    expect(logs.raw).toHaveLength(2);
    for (const line of logs.raw) expect(line).not.toContain(SECRET);
  });
});
