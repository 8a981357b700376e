CREATE TABLE "outbox_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bot_id" bigint NOT NULL,
	"chat_id" bigint NOT NULL,
	"update_id" bigint NOT NULL,
	"user_id" uuid,
	"method" text NOT NULL,
	"payload" jsonb NOT NULL,
	"attachment" jsonb,
	"lease_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "idx_outbox_messages_bot_lease" ON "outbox_messages" USING btree ("bot_id","lease_until");--> statement-breakpoint
CREATE INDEX "idx_outbox_messages_bot_chat" ON "outbox_messages" USING btree ("bot_id","chat_id","id");