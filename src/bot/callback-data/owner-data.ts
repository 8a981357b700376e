import { z } from 'zod';
import { SHOWN_LENGTHS } from '../../domain/shown-version.js';
import { defineCallbackData, shown, uuid } from './callback-data.js';

/** When a confirmation was shown: seconds since the epoch, base 36, so an old one expires. */
const shownAt = z.string().regex(/^[0-9a-z]{1,10}$/);

/**
 * The /deletemydata confirmation's Keep and Download first buttons, bound to the user it was shown to and
 * to when it was shown.
 */
export const ownerDataData = defineCallbackData('mydata', {
  action: z.enum(['keep', 'export']),
  userId: uuid,
  shownAt,
});

/**
 * Its Delete everything button: bound as well to what the confirmation counted (`shown`, ownerDataVersion),
 * so data added since makes it refuse.
 */
export const ownerDataDeleteData = defineCallbackData('mydel', {
  userId: uuid,
  shownAt,
  shown: shown(SHOWN_LENGTHS.ownerData),
});

export function encodeShownAt(at: Date): string {
  return Math.floor(at.getTime() / 1000).toString(36);
}

export function decodeShownAt(code: string): Date {
  return new Date(Number.parseInt(code, 36) * 1000);
}
