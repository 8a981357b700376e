import { GrammyError, HttpError } from 'grammy';

/**
 * A short reason for a failed Bot API call (or another error), safe to log: never the request URL (it holds
 * the token) nor the payload (message texts), which the error objects carry.
 */
export function describeApiError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof HttpError) return `network: ${networkCode(error.error) ?? 'request failed'}`;
  // Not the message of any other error: a database error's quotes the values.
  if (!(error instanceof Error)) return 'unknown error';
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}

/** ECONNREFUSED, ENOTFOUND, TimeoutError…: from undici's `fetch failed` and its cause, or an abort. */
function networkCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') return code;
  if (error.cause !== undefined) return networkCode(error.cause);
  return error.name === 'Error' || error.name === 'TypeError' ? undefined : error.name;
}
