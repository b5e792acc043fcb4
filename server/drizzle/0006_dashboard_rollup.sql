CREATE TABLE "ticket_daily_stats" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"priority" text NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"solved" integer DEFAULT 0 NOT NULL,
	"resolution_seconds" bigint DEFAULT 0 NOT NULL,
	"first_responses" integer DEFAULT 0 NOT NULL,
	"first_response_seconds" bigint DEFAULT 0 NOT NULL,
	"first_responses_within_1h" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_daily_stats_workspace_id_day_channel_priority_pk" PRIMARY KEY("workspace_id","day","channel","priority")
);
--> statement-breakpoint
CREATE TABLE "ticket_stats_coverage" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"from_day" date NOT NULL,
	"through_day" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket_daily_stats" ADD CONSTRAINT "ticket_daily_stats_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stats_coverage" ADD CONSTRAINT "ticket_stats_coverage_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_solved_at_idx" ON "tickets" USING btree ("workspace_id","solved_at");--> statement-breakpoint
CREATE INDEX "tickets_first_response_at_idx" ON "tickets" USING btree ("workspace_id","first_response_at");--> statement-breakpoint
CREATE INDEX "tickets_backlog_idx" ON "tickets" USING btree ("workspace_id","status","priority") WHERE status IN ('new', 'open', 'pending', 'on_hold');