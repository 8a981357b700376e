CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"diagnostic_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"issue_code" text NOT NULL,
	"template_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_action_items_status" CHECK ("action_items"."status" in ('pending', 'accepted', 'dismissed', 'done'))
);
--> statement-breakpoint
CREATE TABLE "ad_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"ad_name" text NOT NULL,
	"days_running" integer NOT NULL,
	"spend" bigint NOT NULL,
	"leads" integer NOT NULL,
	"orders" integer NOT NULL,
	"revenue" bigint NOT NULL,
	"impressions" bigint,
	"clicks" bigint,
	"decision" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"early_kill_signals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"suggested_budget_change_ratio" numeric(5, 4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_ad_decisions_decision" CHECK ("ad_decisions"."decision" in ('SCALE', 'KEEP', 'KILL')),
	CONSTRAINT "chk_ad_decisions_inputs_non_negative" CHECK ("ad_decisions"."days_running" >= 0 and "ad_decisions"."spend" >= 0 and "ad_decisions"."leads" >= 0 and "ad_decisions"."orders" >= 0 and "ad_decisions"."revenue" >= 0 and ("ad_decisions"."impressions" is null or "ad_decisions"."impressions" >= 0) and ("ad_decisions"."clicks" is null or "ad_decisions"."clicks" >= 0))
);
--> statement-breakpoint
CREATE TABLE "conversation_states" (
	"key" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"record_date" date NOT NULL,
	"orders" integer NOT NULL,
	"revenue" bigint NOT NULL,
	"ad_spend" bigint NOT NULL,
	"leads" integer NOT NULL,
	"preset_id" uuid,
	"entered_by" uuid,
	"cogs" bigint NOT NULL,
	"aov" bigint,
	"cpl" bigint,
	"cvr" numeric(5, 2),
	"roas" numeric(6, 2),
	"net_profit" bigint NOT NULL,
	"metric_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_daily_records_inputs_non_negative" CHECK ("daily_records"."orders" >= 0 and "daily_records"."leads" >= 0 and "daily_records"."revenue" >= 0 and "daily_records"."ad_spend" >= 0),
	CONSTRAINT "chk_daily_records_cogs_non_negative" CHECK ("daily_records"."cogs" >= 0)
);
--> statement-breakpoint
CREATE TABLE "entry_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"record_date" date NOT NULL,
	"orders" integer NOT NULL,
	"revenue" bigint NOT NULL,
	"ad_spend" bigint NOT NULL,
	"leads" integer NOT NULL,
	"preset_id" uuid,
	"cogs" bigint NOT NULL,
	"aov" bigint,
	"cpl" bigint,
	"cvr" numeric(5, 2),
	"roas" numeric(6, 2),
	"net_profit" bigint NOT NULL,
	"metric_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_entry_drafts_inputs_non_negative" CHECK ("entry_drafts"."orders" >= 0 and "entry_drafts"."leads" >= 0 and "entry_drafts"."revenue" >= 0 and "entry_drafts"."ad_spend" >= 0)
);
--> statement-breakpoint
CREATE TABLE "growth_simulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"target_revenue" bigint NOT NULL,
	"based_on_days" integer NOT NULL,
	"required_orders" bigint,
	"required_leads" bigint,
	"required_ad_spend" bigint,
	"projected_net_profit" bigint,
	"feasibility_level" text NOT NULL,
	"assumptions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_growth_simulations_feasibility" CHECK ("growth_simulations"."feasibility_level" in ('easy', 'moderate', 'hard', 'unrealistic', 'insufficient-data')),
	CONSTRAINT "chk_growth_simulations_target" CHECK ("growth_simulations"."target_revenue" >= 0 and "growth_simulations"."based_on_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "job_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period_key" text NOT NULL,
	"state" text DEFAULT 'claimed' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_job_claims_state" CHECK ("job_claims"."state" in ('claimed', 'sent', 'failed', 'skipped')),
	CONSTRAINT "chk_job_claims_attempts" CHECK ("job_claims"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "monthly_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"month" text NOT NULL,
	"revenue_target" bigint NOT NULL,
	"profit_target" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_monthly_goals_month" CHECK ("monthly_goals"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "chk_monthly_goals_revenue_target" CHECK ("monthly_goals"."revenue_target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "product_presets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sell_price" bigint NOT NULL,
	"cogs" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_product_presets_money" CHECK ("product_presets"."sell_price" >= 0 and "product_presets"."cogs" >= 0),
	CONSTRAINT "chk_product_presets_name_not_blank" CHECK (length(btrim("product_presets"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "shop_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"time_zone" text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
	"reminder_enabled" boolean DEFAULT true NOT NULL,
	"reminder_time" text DEFAULT '21:00' NOT NULL,
	"weekly_push_enabled" boolean DEFAULT true NOT NULL,
	"weekly_push_day" integer DEFAULT 1 NOT NULL,
	"weekly_push_time" text DEFAULT '08:00' NOT NULL,
	"alerts_enabled" boolean DEFAULT true NOT NULL,
	"cogs_ratio" numeric(5, 4) DEFAULT '0.4' NOT NULL,
	"payment_fee_ratio" numeric(5, 4) DEFAULT '0' NOT NULL,
	"shipping_cost_per_order" bigint DEFAULT 0 NOT NULL,
	"daily_fixed_cost" bigint DEFAULT 0 NOT NULL,
	"target_roas" numeric(6, 2),
	"max_cpl" bigint,
	"min_cvr" numeric(5, 4) DEFAULT '0.1' NOT NULL,
	"cpl_spike_multiplier" numeric(6, 2) DEFAULT '1.3' NOT NULL,
	"revenue_drop_ratio" numeric(5, 4) DEFAULT '0.2' NOT NULL,
	"aov_drop_ratio" numeric(5, 4) DEFAULT '0.15' NOT NULL,
	"spend_up_ratio" numeric(5, 4) DEFAULT '0.15' NOT NULL,
	"orders_flat_ratio" numeric(5, 4) DEFAULT '0.02' NOT NULL,
	"min_days_recorded" integer DEFAULT 6 NOT NULL,
	"goal_pace_ratio" numeric(5, 4) DEFAULT '0.9' NOT NULL,
	"ad_min_days" integer DEFAULT 3 NOT NULL,
	"ad_min_spend" bigint DEFAULT 300000 NOT NULL,
	"ad_kill_multiplier" numeric(6, 2) DEFAULT '3' NOT NULL,
	"target_cpl" bigint,
	"target_cpa" bigint,
	"ad_scale_roas" numeric(6, 2),
	"ad_min_conversions" integer DEFAULT 3 NOT NULL,
	"ad_scale_step_ratio" numeric(5, 4) DEFAULT '0.2' NOT NULL,
	"ad_min_ctr" numeric(5, 4) DEFAULT '0.01' NOT NULL,
	"ad_min_impressions" integer DEFAULT 1000 NOT NULL,
	"ad_cpm_spike_multiplier" numeric(6, 2) DEFAULT '1.5' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uq_shop_settings_shop_id" UNIQUE("shop_id"),
	CONSTRAINT "chk_shop_settings_reminder_time" CHECK ("shop_settings"."reminder_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "chk_shop_settings_weekly_push_time" CHECK ("shop_settings"."weekly_push_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "chk_shop_settings_weekly_push_day" CHECK ("shop_settings"."weekly_push_day" between 1 and 7),
	CONSTRAINT "chk_shop_settings_ratios" CHECK ("shop_settings"."cogs_ratio" between 0 and 1 and "shop_settings"."payment_fee_ratio" between 0 and 1 and "shop_settings"."min_cvr" between 0 and 1 and "shop_settings"."revenue_drop_ratio" between 0 and 1 and "shop_settings"."aov_drop_ratio" between 0 and 1 and "shop_settings"."goal_pace_ratio" between 0 and 1 and "shop_settings"."ad_min_ctr" between 0 and 1 and "shop_settings"."spend_up_ratio" >= 0 and "shop_settings"."orders_flat_ratio" >= 0 and "shop_settings"."ad_scale_step_ratio" >= 0),
	CONSTRAINT "chk_shop_settings_money" CHECK ("shop_settings"."shipping_cost_per_order" >= 0 and "shop_settings"."daily_fixed_cost" >= 0 and "shop_settings"."ad_min_spend" >= 0 and ("shop_settings"."max_cpl" is null or "shop_settings"."max_cpl" >= 0) and ("shop_settings"."target_cpl" is null or "shop_settings"."target_cpl" >= 0) and ("shop_settings"."target_cpa" is null or "shop_settings"."target_cpa" >= 0)),
	CONSTRAINT "chk_shop_settings_factors" CHECK (("shop_settings"."target_roas" is null or "shop_settings"."target_roas" > 0) and ("shop_settings"."ad_scale_roas" is null or "shop_settings"."ad_scale_roas" > 0) and "shop_settings"."cpl_spike_multiplier" > 0 and "shop_settings"."ad_kill_multiplier" > 0 and "shop_settings"."ad_cpm_spike_multiplier" > 0),
	CONSTRAINT "chk_shop_settings_counts" CHECK ("shop_settings"."min_days_recorded" between 0 and 7 and "shop_settings"."ad_min_days" >= 0 and "shop_settings"."ad_min_conversions" >= 0 and "shop_settings"."ad_min_impressions" >= 0)
);
--> statement-breakpoint
CREATE TABLE "shops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"currency" text DEFAULT 'VND' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_shops_name_not_blank" CHECK (length(btrim("shops"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"email" text,
	"display_name" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"current_shop_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uq_users_external_id" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "weekly_diagnostics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"iso_week" text NOT NULL,
	"week_start" date NOT NULL,
	"week_end" date NOT NULL,
	"revenue" bigint NOT NULL,
	"orders" bigint NOT NULL,
	"leads" bigint NOT NULL,
	"ad_spend" bigint NOT NULL,
	"cogs" bigint NOT NULL,
	"net_profit" bigint NOT NULL,
	"aov" bigint,
	"cpl" bigint,
	"cvr" numeric(6, 2),
	"roas" numeric(6, 2),
	"break_even_roas" numeric(6, 2),
	"days_recorded" integer NOT NULL,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"profit_breakdown" jsonb,
	"user_responses" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chk_weekly_diagnostics_iso_week" CHECK ("weekly_diagnostics"."iso_week" ~ '^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$'),
	CONSTRAINT "chk_weekly_diagnostics_days_recorded" CHECK ("weekly_diagnostics"."days_recorded" between 0 and 7),
	CONSTRAINT "chk_weekly_diagnostics_week_range" CHECK ("weekly_diagnostics"."week_end" = "weekly_diagnostics"."week_start" + 6)
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_diagnostic_id_weekly_diagnostics_id_fk" FOREIGN KEY ("diagnostic_id") REFERENCES "public"."weekly_diagnostics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_decisions" ADD CONSTRAINT "ad_decisions_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_records" ADD CONSTRAINT "daily_records_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_records" ADD CONSTRAINT "daily_records_preset_id_product_presets_id_fk" FOREIGN KEY ("preset_id") REFERENCES "public"."product_presets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_records" ADD CONSTRAINT "daily_records_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD CONSTRAINT "entry_drafts_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD CONSTRAINT "entry_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_drafts" ADD CONSTRAINT "entry_drafts_preset_id_product_presets_id_fk" FOREIGN KEY ("preset_id") REFERENCES "public"."product_presets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_simulations" ADD CONSTRAINT "growth_simulations_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_claims" ADD CONSTRAINT "job_claims_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_goals" ADD CONSTRAINT "monthly_goals_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_presets" ADD CONSTRAINT "product_presets_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_settings" ADD CONSTRAINT "shop_settings_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_current_shop_id_shops_id_fk" FOREIGN KEY ("current_shop_id") REFERENCES "public"."shops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_diagnostics" ADD CONSTRAINT "weekly_diagnostics_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_action_items_shop_id" ON "action_items" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "idx_action_items_diagnostic_position" ON "action_items" USING btree ("diagnostic_id","position");--> statement-breakpoint
CREATE INDEX "idx_ad_decisions_shop_ad_created" ON "ad_decisions" USING btree ("shop_id","ad_name","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_daily_records_shop_date" ON "daily_records" USING btree ("shop_id","record_date");--> statement-breakpoint
CREATE INDEX "idx_daily_records_shop_date" ON "daily_records" USING btree ("shop_id","record_date");--> statement-breakpoint
CREATE INDEX "idx_daily_records_preset_id" ON "daily_records" USING btree ("preset_id");--> statement-breakpoint
CREATE INDEX "idx_daily_records_entered_by" ON "daily_records" USING btree ("entered_by");--> statement-breakpoint
CREATE INDEX "idx_entry_drafts_shop_id" ON "entry_drafts" USING btree ("shop_id");--> statement-breakpoint
CREATE INDEX "idx_entry_drafts_user_id" ON "entry_drafts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_entry_drafts_created_at" ON "entry_drafts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_growth_simulations_shop_created" ON "growth_simulations" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_job_claims_shop_kind_period" ON "job_claims" USING btree ("shop_id","kind","period_key");--> statement-breakpoint
CREATE INDEX "idx_job_claims_state_next_attempt" ON "job_claims" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_monthly_goals_shop_month" ON "monthly_goals" USING btree ("shop_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_product_presets_shop_name" ON "product_presets" USING btree ("shop_id","name");--> statement-breakpoint
CREATE INDEX "idx_shops_owner_id" ON "shops" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "idx_users_current_shop_id" ON "users" USING btree ("current_shop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_weekly_diagnostics_shop_week" ON "weekly_diagnostics" USING btree ("shop_id","iso_week");