import pino from 'pino';
import { safeErrorMessage, serializeErrorFields } from './logging/error-fields.js';
import { REDACTED, REDACTED_PATHS } from './logging/redaction.js';
import { serializeError } from './logging/safe-error.js';
import { redactSecretText } from './logging/secret-text.js';

export type Logger = pino.Logger;

/**
 * The root logger: structured JSON on stdout. Every child inherits its safety: errors are logged as their
 * kind, method and codes (never a failed call's payload, a statement's parameters or a database error's
 * message), the bot token, texts, names and payloads are redacted wherever they appear, and the written line
 * itself is cleared of anything shaped like a token or a URL password and of each of `secrets` (the bot's
 * token, webhook secret and database password), whichever field or message carries it.
 */
export function createLogger(
  level: string,
  destination?: pino.DestinationStream,
  secrets: readonly string[] = [],
): Logger {
  return pino(
    {
      level,
      base: { service: 'shoppulse-bot' },
      serializers: { err: serializeError, error: serializeError, cause: serializeError },
      formatters: { log: serializeErrorFields, bindings: serializeErrorFields },
      hooks: { logMethod: safeErrorMessage, streamWrite: (line) => redactSecretText(line, secrets) },
      redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    },
    destination,
  );
}
