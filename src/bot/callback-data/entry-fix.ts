import { defineCallbackData, uuid } from './callback-data.js';

/** The one-tap ×1.000 fix on an entry card whose money looks typed in thousands. */
export const entryFixData = defineCallbackData('fix1000', { draftId: uuid });
