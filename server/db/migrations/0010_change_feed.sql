-- hand-written:
-- The change feed (server/db/change-feed.ts): every statement that changes the registry, a plan or
-- who may sign in bumps a version in app_meta for each province whose rows it touched, in the
-- changing transaction, and notifies every app instance on commit. Statement-level triggers with
-- transition tables, so no command has to remember to bump and a statement that touches no row
-- bumps nothing. SECURITY DEFINER: the tenant role may change rows without being allowed to
-- write app_meta rows of a province other than its own.
CREATE OR REPLACE FUNCTION ttdn_bump_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
DECLARE
  p integer;
BEGIN
  -- A restore writes app_meta as it was backed up; its own inserts must not bump it.
  IF current_setting('ttdn.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  FOR p IN SELECT DISTINCT province_id FROM ttdn_changed LOOP
    INSERT INTO app_meta (province_id, key, value) VALUES (p, TG_ARGV[0], '1'::jsonb)
      ON CONFLICT (province_id, key) DO UPDATE SET value = to_jsonb((app_meta.value #>> '{}')::bigint + 1);
    PERFORM pg_notify('ttdn_changes', p || ':' || TG_ARGV[0]);
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Attaches the version triggers to a table for the given events ('insert', 'update', 'delete'):
-- later migrations call it for new tables whose changes a cache depends on.
CREATE OR REPLACE FUNCTION ttdn_version_table(name text, version_key text, events text[]) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  ev text;
BEGIN
  FOREACH ev IN ARRAY events LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', name || '_version_' || ev, name);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s TABLE AS ttdn_changed FOR EACH STATEMENT EXECUTE FUNCTION ttdn_bump_version(%L)',
      name || '_version_' || ev, upper(ev), name, CASE ev WHEN 'delete' THEN 'OLD' ELSE 'NEW' END, version_key);
  END LOOP;
END $$;--> statement-breakpoint
SELECT ttdn_version_table(t, 'registry-version', ARRAY['insert', 'update', 'delete'])
  FROM unnest(ARRAY['agencies', 'agency_names', 'agency_aliases', 'agency_groups', 'group_aliases', 'group_members',
                    'succession_events', 'succession_links']) AS t;--> statement-breakpoint
SELECT ttdn_version_table(t, 'plans-version', ARRAY['insert', 'update', 'delete'])
  FROM unnest(ARRAY['plans', 'tasks', 'task_roles', 'task_role_members', 'legal_bases']) AS t;--> statement-breakpoint
SELECT ttdn_version_table('sessions', 'sessions', ARRAY['delete']);--> statement-breakpoint
SELECT ttdn_version_table('users', 'sessions', ARRAY['update', 'delete']);
