import type { MiddlewareFn } from 'grammy';

/**
 * Removes U+0000 from every string of the update before anything reads it. PostgreSQL stores no NUL in
 * text or JSONB, so a name, or a message kept in a conversation's state, holding one would fail to save;
 * no owner means one.
 */
export function stripNul(): MiddlewareFn {
  return (ctx, next) => {
    if (JSON.stringify(ctx.update).includes('\\u0000'))
      strip(ctx.update as unknown as Record<string, unknown>);
    return next();
  };
}

function strip(value: Record<string, unknown> | unknown[]): void {
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') (value as Record<string, unknown>)[key] = item.replaceAll('\u0000', '');
    else if (typeof item === 'object' && item !== null) strip(item as Record<string, unknown>);
  }
}
