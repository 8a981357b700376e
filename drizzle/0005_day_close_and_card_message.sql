DROP INDEX "idx_job_claims_state_next_attempt";--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "card_message_id" integer;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD COLUMN "day_closes_at" text DEFAULT '04:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "chk_shop_settings_day_closes_at" CHECK ("shop_settings"."day_closes_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');