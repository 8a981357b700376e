ALTER TABLE "daily_records" ALTER COLUMN "cvr" SET DATA TYPE numeric(6, 2) USING "cvr"::numeric(6, 2);--> statement-breakpoint
ALTER TABLE "entry_drafts" ALTER COLUMN "cvr" SET DATA TYPE numeric(6, 2) USING "cvr"::numeric(6, 2);--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ALTER COLUMN "orders" SET DATA TYPE integer USING "orders"::integer;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ALTER COLUMN "leads" SET DATA TYPE integer USING "leads"::integer;--> statement-breakpoint
ALTER TABLE "job_claims" ADD COLUMN "messages_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The send progress used to be written at the head of last_error ('delivered 1/2: reason'): moved to its column.
UPDATE "job_claims" SET "messages_sent" = substring("last_error" from '^delivered (\d+)/')::integer, "last_error" = regexp_replace("last_error", '^delivered \d+/\d+: ', '') WHERE "last_error" ~ '^delivered \d+/\d+: ';--> statement-breakpoint
ALTER TABLE "job_claims" ADD CONSTRAINT "chk_job_claims_messages_sent" CHECK ("job_claims"."messages_sent" >= 0);
