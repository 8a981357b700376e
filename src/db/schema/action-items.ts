import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.js';
import type { TemplateParams } from './json-types.js';
import { shops } from './shops.js';
import { weeklyDiagnostics } from './weekly-diagnostics.js';

export const ACTION_ITEM_STATUSES = ['pending', 'accepted', 'dismissed', 'done'] as const;

export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    diagnosticId: uuid('diagnostic_id')
      .notNull()
      .references(() => weeklyDiagnostics.id, { onDelete: 'cascade' }),
    /** Denormalized from the diagnostic so every query can filter by shop. */
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    issueCode: text('issue_code').notNull(),
    templateKey: text('template_key').notNull(),
    params: jsonb('params').$type<TemplateParams>().notNull().default({}),
    /** The text as rendered when the item was created, in the owner's language then. */
    text: text('text').notNull(),
    status: text('status', { enum: ACTION_ITEM_STATUSES }).notNull().default('pending'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'date' }),
    position: integer('position').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('idx_action_items_shop_id').on(t.shopId),
    index('idx_action_items_diagnostic_position').on(t.diagnosticId, t.position),
    check('chk_action_items_status', sql`${t.status} in ('pending', 'accepted', 'dismissed', 'done')`),
  ],
);

export type ActionItem = typeof actionItems.$inferSelect;
export type NewActionItem = typeof actionItems.$inferInsert;
