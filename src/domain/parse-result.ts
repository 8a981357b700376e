/** The outcome of reading user input: a value, or a typed error code (never a throw). */
export type ParseResult<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successfully parsed value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps a parse error code. */
export function err<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
