import { DrizzleQueryError } from 'drizzle-orm';
import { BotError, GrammyError, HttpError } from 'grammy';
import { redactSecretText } from './secret-text.js';

/**
 * What a log line may say about an error: its kind, the method and codes that identify it, where it was
 * thrown. Never the data it carried: a failed Bot API call's payload (message text, buttons), a failed
 * statement's parameters (owners' figures, dates, Telegram ids), a database error's message and detail
 * (they quote the offending value), a BotError's update.
 */
export interface SafeError {
  type: string;
  message?: string;
  /** Bot API method. */
  method?: string;
  /** Telegram's error code (400, 403, 429…). */
  error_code?: number;
  /** Telegram's description, e.g. "Bad Request: message is too long". */
  description?: string;
  retry_after?: number;
  /** SQLSTATE of a database error, or a Node error code. */
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The statement's verb and table, e.g. `insert into "daily_records"`, without its parameters. */
  statement?: string;
  stack?: string;
  cause?: SafeError | string;
  errors?: Array<SafeError | string>;
}

const MAX_TEXT = 200;
const MAX_FRAMES = 12;
const MAX_DEPTH = 4;
const MAX_ERRORS = 5;

/** A database error from pg or PGlite: a SQLSTATE code and a severity. */
interface DatabaseErrorLike {
  code: string;
  severity: string;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

function isDatabaseError(error: object): error is DatabaseErrorLike {
  const e = error as Partial<DatabaseErrorLike>;
  return typeof e.severity === 'string' && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
}

/** A text an error carries, without the secrets it may quote (a request URL holds the bot's token), cut short. */
function cut(text: string): string {
  const safe = redactSecretText(text);
  return safe.length > MAX_TEXT ? `${safe.slice(0, MAX_TEXT)}…` : safe;
}

/** Only the `at …` lines: the first line of a stack repeats the message. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return lines.length ? redactSecretText(lines.slice(0, MAX_FRAMES).join('\n')) : undefined;
}

/** `insert into "daily_records"`, `select`, … from a statement, without anything after its table. */
function statementOf(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  const match =
    /^\s*(select|insert\s+into|update|delete\s+from|with|truncate(?:\s+table)?)\b(\s+"?[\w.]+"?)?/i.exec(
      query,
    );
  return match ? `${match[1]}${match[2] ?? ''}`.replace(/\s+/g, ' ').toLowerCase() : undefined;
}

function typeOf(error: Error): string {
  const ctorName = error.constructor?.name;
  return ctorName && ctorName !== 'Error' && ctorName.length > 1 ? ctorName : error.name || 'Error';
}

function withCause(safe: SafeError, error: Error, depth: number): SafeError {
  if (error.cause !== undefined) safe.cause = describe(error.cause, depth + 1);
  return safe;
}

function describe(value: unknown, depth: number): SafeError | string {
  if (!(value instanceof Error)) {
    // Something thrown that is not an Error: its kind only (a thrown string could be anything).
    return typeof value === 'object' && value !== null ? 'non-error object' : `non-error ${typeof value}`;
  }
  if (depth > MAX_DEPTH) return { type: typeOf(value) };
  const stack = frames(value.stack);
  const base = (safe: SafeError): SafeError => (stack ? { ...safe, stack } : safe);

  if (value instanceof GrammyError) {
    const retryAfter = value.parameters?.retry_after;
    return base({
      type: 'GrammyError',
      method: value.method,
      error_code: value.error_code,
      description: cut(String(value.description)),
      ...(retryAfter !== undefined && { retry_after: retryAfter }),
    });
  }
  if (value instanceof HttpError) {
    // grammY writes "Network request for '<method>' failed!": no payload in it.
    return base({ type: 'HttpError', message: cut(value.message), cause: describe(value.error, depth + 1) });
  }
  if (value instanceof BotError) {
    // Its message repeats the cause's, and its ctx holds the whole update.
    return { type: 'BotError', cause: describe(value.error, depth + 1) };
  }
  if (value instanceof DrizzleQueryError) {
    const statement = statementOf(value.query);
    return withCause(base({ type: 'DrizzleQueryError', ...(statement && { statement }) }), value, depth);
  }
  if (isDatabaseError(value)) {
    const { constraint, table, column } = value;
    return base({
      type: 'DatabaseError',
      code: value.code,
      ...(typeof constraint === 'string' && { constraint }),
      ...(typeof table === 'string' && { table }),
      ...(typeof column === 'string' && { column }),
    });
  }
  const safe: SafeError = base({ type: typeOf(value), message: cut(value.message) });
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') safe.code = String(code);
  if (value instanceof AggregateError) {
    safe.errors = value.errors.slice(0, MAX_ERRORS).map((e: unknown) => describe(e, depth + 1));
  }
  return withCause(safe, value, depth);
}

/** The pino serializer for errors: anything that is not an Error passes through unchanged. */
export function serializeError(value: unknown): unknown {
  return value instanceof Error ? describe(value, 0) : value;
}

/** One line for a log message or a stored failure reason, with nothing but what serializeError keeps. */
export function summarizeError(value: unknown): string {
  return summarize(describe(value, 0));
}

function summarize(safe: SafeError | string): string {
  if (typeof safe === 'string') return safe;
  const { type, method, error_code, description, code, constraint, statement, message, cause } = safe;
  const parts = [type, method, error_code, description, code, constraint, statement, message];
  const line = parts.filter((part) => part !== undefined && part !== '').join(' ');
  return cause === undefined ? line : `${line} (cause: ${summarize(cause)})`;
}
