import type { Update } from 'grammy/types';

/** The update in a webhook body: a JSON object with a numeric update_id; undefined for anything else. */
export function parseUpdate(body: Buffer): Update | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? (value as Update) : undefined;
}
