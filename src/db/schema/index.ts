// The schema barrel: drizzle-kit reads it (drizzle.config.ts) and `createDatabase` passes it to Drizzle.

export * from './action-items.js';
export * from './ad-decisions.js';
export * from './chat-notices.js';
export * from './conversation-states.js';
export * from './daily-records.js';
export * from './entry-drafts.js';
export * from './growth-simulations.js';
export * from './job-claims.js';
export type * from './json-types.js';
export * from './monthly-goals.js';
export * from './outbox-messages.js';
export * from './processed-updates.js';
export * from './product-presets.js';
export * from './shop-settings.js';
export * from './shops.js';
export * from './users.js';
export * from './weekly-diagnostics.js';
