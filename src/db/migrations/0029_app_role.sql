-- The application's role (decision 31). The role that runs the migrations owns every table; the
-- application's sessions run as shebao_app (src/db/connection.ts), which may read and write the
-- business tables but never update or delete the audit trail or the journal: those are
-- insert-only, and their heads are the only rows of theirs it may move. A separate role migrates.
--
-- Roles belong to the whole server, not to one database: create shebao_app once, tolerating
-- another database (or a migration running at the same moment) having done it first. The role
-- that migrates must be able to SET ROLE to it: a superuser can; any other becomes a member here.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shebao_app') THEN
    BEGIN
      CREATE ROLE shebao_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
  IF NOT pg_has_role(current_user, 'shebao_app', 'MEMBER') THEN
    EXECUTE format('GRANT shebao_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO shebao_app;

-- Everything that exists now, and (default privileges) every table and sequence a later migration
-- creates: read and write rows. No TRUNCATE, no DDL, no triggers, no references of its own.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shebao_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO shebao_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO shebao_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO shebao_app;

-- Insert-only: the audit trail and the journal. Their heads keep UPDATE (each append moves the
-- tip, and SELECT … FOR UPDATE needs it), never DELETE.
REVOKE UPDATE, DELETE ON audit_log, journal_batches, journal_entries, journal_lines FROM shebao_app;
REVOKE INSERT, DELETE ON audit_head, journal_head FROM shebao_app;

-- The migrations' own record is the owner's: the application only reads it (to find nothing pending).
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM shebao_app;
