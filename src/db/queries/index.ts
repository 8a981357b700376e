// Every SQL statement of the app lives in these named functions (db first; shop data scoped by shopId).
export * from './action-items.js';
export * from './ad-decisions.js';
export * from './chat-notices.js';
export * from './conversation-states.js';
export * from './daily-records.js';
export * from './entry-drafts.js';
export * from './growth-simulations.js';
export * from './job-claims.js';
export * from './monthly-goals.js';
export * from './owner-data-counts.js';
export * from './owner-data-rows.js';
export * from './owner-erasure.js';
export * from './product-presets.js';
export * from './shop-settings.js';
export * from './shops.js';
export * from './users.js';
export * from './weekly-diagnostics.js';
