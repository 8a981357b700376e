import { DrizzleQueryError } from 'drizzle-orm';
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { isPassingFailure, isStatementFailure } from '../../src/bot/middlewares/failed-update.js';

/** A database error as pg and PGlite throw it: a SQLSTATE and a severity. */
function databaseError(code: string): Error {
  return Object.assign(new Error('refused'), { code, severity: 'ERROR' });
}
const failedQuery = (code: string) =>
  new DrizzleQueryError('insert into "entry_drafts"', [], databaseError(code));
const apiError = (error_code: number) =>
  new GrammyError('call failed', { ok: false, error_code, description: 'x' }, 'sendMessage', {});

describe('what a failed update means', () => {
  it('a refused statement, a bug or a 4xx would repeat: the update is settled', () => {
    for (const error of [
      failedQuery('23503'),
      failedQuery('22003'),
      failedQuery('25P02'),
      new TypeError('x'),
      apiError(400),
    ])
      expect(isPassingFailure(error)).toBe(false);
  });

  it('Telegram or the database out of reach, a 429/5xx, shutdown or a serialization failure can pass', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
    for (const error of [
      new HttpError('Network request failed', refused),
      apiError(429),
      apiError(502),
      failedQuery('40001'),
      failedQuery('57P01'),
      failedQuery('08006'),
      refused,
      aborted,
    ])
      expect(isPassingFailure(error)).toBe(true);
  });

  it('a statement failure is one with a database error in its chain', () => {
    expect(isStatementFailure(failedQuery('23503'))).toBe(true);
    expect(isStatementFailure(databaseError('22003'))).toBe(true);
    expect(isStatementFailure(new Error('x', { cause: databaseError('23505') }))).toBe(true);
    expect(isStatementFailure(apiError(400))).toBe(false);
    expect(isStatementFailure(new TypeError('x'))).toBe(false);
  });
});
