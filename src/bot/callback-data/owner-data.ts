import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/**
 * The /deletemydata confirmation's buttons: Delete everything, Keep, Download first. Bound to the user it
 * was shown to, and to when it was shown (seconds since the epoch, base 36), so an old one expires.
 */
export const ownerDataData = defineCallbackData('mydata', {
  action: z.enum(['delete', 'keep', 'export']),
  userId: uuid,
  shownAt: z.string().regex(/^[0-9a-z]{1,10}$/),
});

export function encodeShownAt(at: Date): string {
  return Math.floor(at.getTime() / 1000).toString(36);
}

export function decodeShownAt(code: string): Date {
  return new Date(Number.parseInt(code, 36) * 1000);
}
