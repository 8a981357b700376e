import type { LogFn } from 'pino';
import { serializeError, summarizeError } from './safe-error.js';

type Fields = Record<string, unknown>;

/**
 * Replaces every Error among a log line's fields (and one level down) by its safe form, whatever the
 * field is called: pino's serializers only see the fields they are named after.
 */
export function serializeErrorFields(fields: Fields, depth = 1): Fields {
  let out: Fields | undefined;
  for (const [key, value] of Object.entries(fields)) {
    const safe = safeValue(value, depth);
    if (safe !== value) {
      out ??= { ...fields };
      out[key] = safe;
    }
  }
  return out ?? fields;
}

function safeValue(value: unknown, depth: number): unknown {
  if (value instanceof Error) return serializeError(value);
  if (depth === 0 || typeof value !== 'object' || value === null) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return serializeErrorFields(value as Fields, depth - 1);
}

/**
 * pino's logMethod hook: when a line has an error but no message, pino would use the error's message as
 * the line's message (for a failed statement, that includes its parameters). Gives it the safe summary.
 */
export function safeErrorMessage(this: unknown, args: Parameters<LogFn>, method: LogFn): void {
  const [first, second] = args as unknown[];
  if (typeof second !== 'string' && typeof first === 'object' && first !== null) {
    const err = first instanceof Error ? first : (first as Fields).err;
    if (err instanceof Error && (first instanceof Error || (first as Fields).msg === undefined)) {
      method.apply(this, [first, summarizeError(err)]);
      return;
    }
  }
  method.apply(this, args);
}
