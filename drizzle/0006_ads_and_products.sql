ALTER TABLE "ad_decisions" ADD COLUMN "channel" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD COLUMN "basis" jsonb;--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD COLUMN "owner_response" text;--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD COLUMN "responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "daily_records" ADD COLUMN "products" jsonb;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "products" jsonb;--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD CONSTRAINT "chk_ad_decisions_channel" CHECK ("ad_decisions"."channel" in ('facebook', 'tiktok', 'zalo', 'other'));--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD CONSTRAINT "chk_ad_decisions_owner_response" CHECK ("ad_decisions"."owner_response" is null or "ad_decisions"."owner_response" in ('done', 'later'));