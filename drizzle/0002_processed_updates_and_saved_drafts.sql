CREATE TABLE "processed_updates" (
	"bot_id" bigint NOT NULL,
	"update_id" bigint NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pk_processed_updates" PRIMARY KEY("bot_id","update_id")
);
--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD COLUMN "saved_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "idx_processed_updates_processed_at" ON "processed_updates" USING btree ("processed_at");