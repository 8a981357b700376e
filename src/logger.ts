import pino from 'pino';
import { safeErrorMessage, serializeErrorFields } from './logging/error-fields.js';
import { REDACTED, REDACTED_PATHS } from './logging/redaction.js';
import { serializeError } from './logging/safe-error.js';

export type Logger = pino.Logger;

/**
 * The root logger: structured JSON on stdout. Every child inherits its safety: errors are logged as their
 * kind, method and codes (never a failed call's payload, a statement's parameters or a database error's
 * message), and the bot token, texts, names and payloads are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'shoppulse-bot' },
      serializers: { err: serializeError, error: serializeError, cause: serializeError },
      formatters: { log: serializeErrorFields, bindings: serializeErrorFields },
      hooks: { logMethod: safeErrorMessage },
      redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    },
    destination,
  );
}
