import { z } from 'zod';
import { isValidIsoDate } from '../../domain/iso-date.js';

/**
 * Typed callback data: `prefix:value1:value2…`, fields in a fixed order, parsed with a schema.
 * Anything that does not parse (an old format, a tampered client) is null and changes nothing.
 */
export function defineCallbackData<Shape extends Record<string, z.ZodType<string>>>(
  prefix: string,
  shape: Shape,
) {
  const fields = Object.keys(shape) as (keyof Shape & string)[];
  const schema = z.object(shape).strict();
  type Values = { [K in keyof Shape]: z.infer<Shape[K]> };
  return {
    prefix: `${prefix}:`,
    /** Matches every callback of this kind (valid or not), for routing. */
    filter: new RegExp(`^${prefix}:`),
    encode(values: Values): string {
      const data = [prefix, ...fields.map((f) => values[f])].join(':');
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data}`);
      return data;
    },
    parse(data: string | undefined): Values | null {
      if (!data?.startsWith(`${prefix}:`)) return null;
      const parts = data.slice(prefix.length + 1).split(':');
      if (parts.length !== fields.length) return null;
      const parsed = schema.safeParse(Object.fromEntries(fields.map((f, i) => [f, parts[i]])));
      return parsed.success ? (parsed.data as Values) : null;
    },
  };
}

/** A real calendar day, `YYYY-MM-DD` (a tampered `2026-02-31` is refused like any bad data). */
export const isoDate = z.string().refine(isValidIsoDate);
export const uuid = z.uuid();

/** What a confirmation showed, as `shownVersion` fingerprints it: exactly `length` base-36 characters. */
export function shown(length: number) {
  return z.string().regex(new RegExp(`^[0-9a-z]{${length}}$`));
}
