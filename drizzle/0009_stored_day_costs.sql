ALTER TABLE "daily_records" ADD COLUMN "returned_revenue" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "daily_records" ADD COLUMN "shipping_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "daily_records" ADD COLUMN "payment_fees" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "daily_records" ADD COLUMN "fixed_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "returned_revenue" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "shipping_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "payment_fees" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "fixed_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ADD COLUMN "returned_revenue" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ADD COLUMN "shipping_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ADD COLUMN "payment_fees" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ADD COLUMN "fixed_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Days saved before this migration keep their net profit: shipping and fees as the shop's settings give them
-- now, and the fixed cost as what is left of the stored net profit (no returns existed then).
UPDATE "daily_records" d SET
  "shipping_cost" = d."orders" * s."shipping_cost_per_order",
  "payment_fees" = round(d."revenue" * s."payment_fee_ratio"),
  "fixed_cost" = d."revenue" - d."cogs" - d."orders" * s."shipping_cost_per_order" - round(d."revenue" * s."payment_fee_ratio") - d."ad_spend" - d."net_profit"
FROM "shop_settings" s WHERE s."shop_id" = d."shop_id";--> statement-breakpoint
UPDATE "entry_drafts" d SET
  "shipping_cost" = d."orders" * s."shipping_cost_per_order",
  "payment_fees" = round(d."revenue" * s."payment_fee_ratio"),
  "fixed_cost" = d."revenue" - d."cogs" - d."orders" * s."shipping_cost_per_order" - round(d."revenue" * s."payment_fee_ratio") - d."ad_spend" - d."net_profit"
FROM "shop_settings" s WHERE s."shop_id" = d."shop_id";--> statement-breakpoint
UPDATE "weekly_diagnostics" w SET
  "returned_revenue" = x."returned_revenue",
  "shipping_cost" = x."shipping_cost",
  "payment_fees" = x."payment_fees",
  "fixed_cost" = x."fixed_cost"
FROM (
  SELECT w2."id", sum(d."returned_revenue") AS "returned_revenue", sum(d."shipping_cost") AS "shipping_cost",
    sum(d."payment_fees") AS "payment_fees", sum(d."fixed_cost") AS "fixed_cost"
  FROM "weekly_diagnostics" w2
  JOIN "daily_records" d ON d."shop_id" = w2."shop_id" AND d."record_date" BETWEEN w2."week_start" AND w2."week_start" + 6
  GROUP BY w2."id"
) x
WHERE x."id" = w."id";
