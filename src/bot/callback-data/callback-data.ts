import { z } from 'zod';

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

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const uuid = z.uuid();
