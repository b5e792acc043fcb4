-- Time-window reports (dashboard: tickets created in the last N days by status, priority, channel,
-- first response and resolution) read this index alone instead of scanning the table.
-- Drizzle's index builder cannot express INCLUDE, hence a hand-written migration.
CREATE INDEX IF NOT EXISTS "tickets_created_idx" ON "tickets" USING btree ("workspace_id", "created_at")
  INCLUDE ("status", "priority", "channel", "solved_at", "first_response_at");
