import { relations } from 'drizzle-orm';
import { actionItems } from './action-items.js';
import { adDecisions } from './ad-decisions.js';
import { dailyRecords } from './daily-records.js';
import { entryDrafts } from './entry-drafts.js';
import { growthSimulations } from './growth-simulations.js';
import { jobClaims } from './job-claims.js';
import { monthlyGoals } from './monthly-goals.js';
import { productPresets } from './product-presets.js';
import { shopSettings } from './shop-settings.js';
import { shops } from './shops.js';
import { users } from './users.js';
import { weeklyDiagnostics } from './weekly-diagnostics.js';

// users ↔ shops has two paths (owner, current shop): each is named so Drizzle can tell them apart.

export const usersRelations = relations(users, ({ one, many }) => ({
  shops: many(shops, { relationName: 'shop_owner' }),
  currentShop: one(shops, {
    fields: [users.currentShopId],
    references: [shops.id],
    relationName: 'user_current_shop',
  }),
}));

export const shopsRelations = relations(shops, ({ one, many }) => ({
  owner: one(users, { fields: [shops.ownerId], references: [users.id], relationName: 'shop_owner' }),
  currentFor: many(users, { relationName: 'user_current_shop' }),
  settings: one(shopSettings),
  dailyRecords: many(dailyRecords),
  weeklyDiagnostics: many(weeklyDiagnostics),
  actionItems: many(actionItems),
  monthlyGoals: many(monthlyGoals),
  productPresets: many(productPresets),
  adDecisions: many(adDecisions),
  growthSimulations: many(growthSimulations),
  entryDrafts: many(entryDrafts),
  jobClaims: many(jobClaims),
}));

export const shopSettingsRelations = relations(shopSettings, ({ one }) => ({
  shop: one(shops, { fields: [shopSettings.shopId], references: [shops.id] }),
}));

export const dailyRecordsRelations = relations(dailyRecords, ({ one }) => ({
  shop: one(shops, { fields: [dailyRecords.shopId], references: [shops.id] }),
  preset: one(productPresets, { fields: [dailyRecords.presetId], references: [productPresets.id] }),
  enteredByUser: one(users, { fields: [dailyRecords.enteredBy], references: [users.id] }),
}));

export const weeklyDiagnosticsRelations = relations(weeklyDiagnostics, ({ one, many }) => ({
  shop: one(shops, { fields: [weeklyDiagnostics.shopId], references: [shops.id] }),
  actionItems: many(actionItems),
}));

export const actionItemsRelations = relations(actionItems, ({ one }) => ({
  diagnostic: one(weeklyDiagnostics, {
    fields: [actionItems.diagnosticId],
    references: [weeklyDiagnostics.id],
  }),
  shop: one(shops, { fields: [actionItems.shopId], references: [shops.id] }),
}));

export const monthlyGoalsRelations = relations(monthlyGoals, ({ one }) => ({
  shop: one(shops, { fields: [monthlyGoals.shopId], references: [shops.id] }),
}));

export const productPresetsRelations = relations(productPresets, ({ one, many }) => ({
  shop: one(shops, { fields: [productPresets.shopId], references: [shops.id] }),
  dailyRecords: many(dailyRecords),
}));

export const adDecisionsRelations = relations(adDecisions, ({ one }) => ({
  shop: one(shops, { fields: [adDecisions.shopId], references: [shops.id] }),
}));

export const growthSimulationsRelations = relations(growthSimulations, ({ one }) => ({
  shop: one(shops, { fields: [growthSimulations.shopId], references: [shops.id] }),
}));

export const entryDraftsRelations = relations(entryDrafts, ({ one }) => ({
  shop: one(shops, { fields: [entryDrafts.shopId], references: [shops.id] }),
  user: one(users, { fields: [entryDrafts.userId], references: [users.id] }),
  preset: one(productPresets, { fields: [entryDrafts.presetId], references: [productPresets.id] }),
}));

export const jobClaimsRelations = relations(jobClaims, ({ one }) => ({
  shop: one(shops, { fields: [jobClaims.shopId], references: [shops.id] }),
}));
