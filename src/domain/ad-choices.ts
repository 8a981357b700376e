/** Where an ad runs, as the owner picks it. */
export const AD_CHANNELS = ['facebook', 'tiktok', 'zalo', 'other'] as const;

/** The owner's answer to a SCALE or KILL: done it, or later. */
export const AD_RESPONSES = ['done', 'later'] as const;
