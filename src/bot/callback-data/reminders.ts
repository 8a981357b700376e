import { z } from 'zod';
import { defineCallbackData, uuid } from './callback-data.js';

/** Turn a shop's evening reminder (on/off) or weekly summary (push-on/push-off) on or off. */
export const reminderData = defineCallbackData('remind', {
  action: z.enum(['on', 'off', 'push-on', 'push-off']),
  shopId: uuid,
});
