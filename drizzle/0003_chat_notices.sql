CREATE TABLE "chat_notices" (
	"chat_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pk_chat_notices" PRIMARY KEY("chat_id","kind")
);
