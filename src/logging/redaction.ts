/**
 * Fields that never reach a log line, at the top level or one level down (`*.x`): the bot token, and what
 * an owner typed or was sent — message text, captions, API payloads and buttons, SQL parameters, database
 * error details (they quote the offending row), people's and shops' names, whole updates.
 */
export const REDACTED_PATHS: readonly string[] = [
  'token',
  'botToken',
  'config.botToken',
  'text',
  'caption',
  'payload',
  'params',
  'reply_markup',
  'detail',
  'update',
  'first_name',
  'last_name',
  'displayName',
  'shop_name',
  'shopName',
  'ctx',
].flatMap((key) => (key.includes('.') ? [key] : [key, `*.${key}`]));

export const REDACTED = '[redacted]';
