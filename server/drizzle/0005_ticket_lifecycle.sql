CREATE TABLE "custom_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required_on_solve" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner_agent_id" uuid,
	"name" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"columns" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"agent_id" uuid,
	"action" jsonb NOT NULL,
	"ticket_ids" uuid[] NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ticket_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text DEFAULT 'task' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"owner_agent_id" uuid,
	"done_at" timestamp with time zone,
	"created_by_agent_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"source_ticket_id" uuid NOT NULL,
	"target_ticket_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_by_agent_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_stage_intervals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"value" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "auto_close_after_days" integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "trash_retention_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "custom_status_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_reason_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "trashed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "trash_reason" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "trashed_from_status" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "next_activity_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "custom_fields" ADD CONSTRAINT "custom_fields_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_reasons" ADD CONSTRAINT "resolution_reasons_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_agent_id_agents_id_fk" FOREIGN KEY ("owner_agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_statuses" ADD CONSTRAINT "ticket_statuses_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_types" ADD CONSTRAINT "ticket_types_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_activities" ADD CONSTRAINT "ticket_activities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_activities" ADD CONSTRAINT "ticket_activities_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_activities" ADD CONSTRAINT "ticket_activities_owner_agent_id_agents_id_fk" FOREIGN KEY ("owner_agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_activities" ADD CONSTRAINT "ticket_activities_created_by_agent_id_agents_id_fk" FOREIGN KEY ("created_by_agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_source_ticket_id_tickets_id_fk" FOREIGN KEY ("source_ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_target_ticket_id_tickets_id_fk" FOREIGN KEY ("target_ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_links" ADD CONSTRAINT "ticket_links_created_by_agent_id_agents_id_fk" FOREIGN KEY ("created_by_agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stage_intervals" ADD CONSTRAINT "ticket_stage_intervals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stage_intervals" ADD CONSTRAINT "ticket_stage_intervals_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custom_fields_workspace_idx" ON "custom_fields" USING btree ("workspace_id","position");--> statement-breakpoint
CREATE INDEX "resolution_reasons_workspace_idx" ON "resolution_reasons" USING btree ("workspace_id","position");--> statement-breakpoint
CREATE INDEX "saved_views_workspace_idx" ON "saved_views" USING btree ("workspace_id","owner_agent_id");--> statement-breakpoint
CREATE INDEX "ticket_statuses_workspace_idx" ON "ticket_statuses" USING btree ("workspace_id","category","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_types_workspace_key_unique" ON "ticket_types" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE INDEX "bulk_operations_workspace_idx" ON "bulk_operations" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_activities_ticket_idx" ON "ticket_activities" USING btree ("ticket_id","due_at");--> statement-breakpoint
CREATE INDEX "ticket_activities_owner_idx" ON "ticket_activities" USING btree ("workspace_id","owner_agent_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_links_unique" ON "ticket_links" USING btree ("source_ticket_id","target_ticket_id","kind");--> statement-breakpoint
CREATE INDEX "ticket_links_target_idx" ON "ticket_links" USING btree ("target_ticket_id","kind");--> statement-breakpoint
CREATE INDEX "ticket_stage_intervals_ticket_idx" ON "ticket_stage_intervals" USING btree ("ticket_id","dimension","started_at");--> statement-breakpoint
CREATE INDEX "ticket_stage_intervals_report_idx" ON "ticket_stage_intervals" USING btree ("workspace_id","dimension","started_at");--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_custom_status_id_ticket_statuses_id_fk" FOREIGN KEY ("custom_status_id") REFERENCES "public"."ticket_statuses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_resolution_reason_id_resolution_reasons_id_fk" FOREIGN KEY ("resolution_reason_id") REFERENCES "public"."resolution_reasons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_trashed_idx" ON "tickets" USING btree ("trashed_at") WHERE status = 'trashed';--> statement-breakpoint
CREATE INDEX "tickets_solved_idx" ON "tickets" USING btree ("solved_at") WHERE status = 'solved';--> statement-breakpoint
-- Time in stage: every insert and every change of status, assignee or team closes the open
-- stretch of that dimension and opens a new one. A trigger, so that no write path can forget it.
CREATE FUNCTION atiende_track_ticket_stages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ticket_stage_intervals (workspace_id, ticket_id, dimension, value, started_at)
    VALUES (NEW.workspace_id, NEW.id, 'status', NEW.status, NEW.created_at),
           (NEW.workspace_id, NEW.id, 'assignee', NEW.assignee_agent_id::text, NEW.created_at),
           (NEW.workspace_id, NEW.id, 'team', NEW.team_id::text, NEW.created_at);
    RETURN NEW;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    UPDATE ticket_stage_intervals SET ended_at = now()
      WHERE ticket_id = NEW.id AND dimension = 'status' AND ended_at IS NULL;
    INSERT INTO ticket_stage_intervals (workspace_id, ticket_id, dimension, value, started_at)
      VALUES (NEW.workspace_id, NEW.id, 'status', NEW.status, now());
  END IF;
  IF NEW.assignee_agent_id IS DISTINCT FROM OLD.assignee_agent_id THEN
    UPDATE ticket_stage_intervals SET ended_at = now()
      WHERE ticket_id = NEW.id AND dimension = 'assignee' AND ended_at IS NULL;
    INSERT INTO ticket_stage_intervals (workspace_id, ticket_id, dimension, value, started_at)
      VALUES (NEW.workspace_id, NEW.id, 'assignee', NEW.assignee_agent_id::text, now());
  END IF;
  IF NEW.team_id IS DISTINCT FROM OLD.team_id THEN
    UPDATE ticket_stage_intervals SET ended_at = now()
      WHERE ticket_id = NEW.id AND dimension = 'team' AND ended_at IS NULL;
    INSERT INTO ticket_stage_intervals (workspace_id, ticket_id, dimension, value, started_at)
      VALUES (NEW.workspace_id, NEW.id, 'team', NEW.team_id::text, now());
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER tickets_stage_insert AFTER INSERT ON tickets
  FOR EACH ROW EXECUTE FUNCTION atiende_track_ticket_stages();
--> statement-breakpoint
CREATE TRIGGER tickets_stage_update AFTER UPDATE OF status, assignee_agent_id, team_id ON tickets
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status
        OR OLD.assignee_agent_id IS DISTINCT FROM NEW.assignee_agent_id
        OR OLD.team_id IS DISTINCT FROM NEW.team_id)
  EXECUTE FUNCTION atiende_track_ticket_stages();
--> statement-breakpoint
-- Existing tickets: one open stretch per dimension from their creation (no earlier history exists).
INSERT INTO ticket_stage_intervals (workspace_id, ticket_id, dimension, value, started_at)
SELECT t.workspace_id, t.id, d.dimension,
       CASE d.dimension WHEN 'status' THEN t.status
                        WHEN 'assignee' THEN t.assignee_agent_id::text
                        ELSE t.team_id::text END,
       t.created_at
FROM tickets t CROSS JOIN (VALUES ('status'), ('assignee'), ('team')) AS d(dimension);
--> statement-breakpoint
-- Every workspace starts with the five standard ticket types and a few "not finalized" reasons,
-- named in its language. A trigger, so that every way of creating a workspace gets them.
CREATE FUNCTION atiende_workspace_defaults(ws_id uuid, locale text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ticket_types (workspace_id, key, name, position)
  SELECT ws_id, v.key, CASE locale WHEN 'en' THEN v.en WHEN 'pt-BR' THEN v.pt ELSE v.es END, v.pos
  FROM (VALUES
    ('technical', 'Soporte técnico', 'Technical support', 'Suporte técnico', 0),
    ('billing', 'Facturación y comercial', 'Billing and commercial', 'Financeiro e comercial', 1),
    ('onboarding', 'Implementación', 'Onboarding', 'Implantação', 2),
    ('complaint', 'Reclamo o escalamiento', 'Complaint or escalation', 'Reclamação ou escalonamento', 3),
    ('suggestion', 'Sugerencia', 'Suggestion', 'Sugestão', 4)
  ) AS v(key, es, en, pt, pos)
  ON CONFLICT (workspace_id, key) DO NOTHING;
  INSERT INTO resolution_reasons (workspace_id, name, position)
  SELECT ws_id, CASE locale WHEN 'en' THEN v.en WHEN 'pt-BR' THEN v.pt ELSE v.es END, v.pos
  FROM (VALUES
    ('El cliente nunca respondió', 'Customer never answered', 'O cliente nunca respondeu', 0),
    ('Fuera del alcance', 'Out of scope', 'Fora do escopo', 1),
    ('No se pudo reproducir', 'Could not reproduce', 'Não foi possível reproduzir', 2)
  ) AS v(es, en, pt, pos);
END $$;
--> statement-breakpoint
CREATE FUNCTION atiende_workspace_defaults_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atiende_workspace_defaults(NEW.id, NEW.default_locale);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER workspaces_defaults AFTER INSERT ON workspaces
  FOR EACH ROW EXECUTE FUNCTION atiende_workspace_defaults_trigger();
--> statement-breakpoint
SELECT atiende_workspace_defaults(id, default_locale) FROM workspaces;
