-- Accent-insensitive Spanish full-text search (and trigram search for names and emails).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'atiende_es') THEN
    CREATE TEXT SEARCH CONFIGURATION atiende_es (COPY = spanish);
    ALTER TEXT SEARCH CONFIGURATION atiende_es
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
  END IF;
END
$$;
