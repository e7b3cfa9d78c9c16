-- Tenant isolation in the database (DESIGN.md §5). Idempotent: a later migration that adds a table
-- calls `SELECT app_apply_row_level_security();` again.
--
-- The tenant is the session setting app.current_organization_id (set on every connection the
-- application opens, see TenantConnectionInterceptor). Every table with an organization_id column gets
-- row-level security ENABLED and FORCED:
--   * NOT NULL organization_id (tenant-owned): rows of the current tenant only, for every command;
--   * nullable organization_id (shared or tenant-owned): shared rows (NULL) are readable by every
--     tenant and writable by none; the tenant's own rows as above.
-- The role that runs the migrations (the tables' owner) keeps full access through its own policy: it
-- is used only for migrations, seeding and explicitly logged system work. The application connects as
-- another role, so these policies always apply to it.

CREATE OR REPLACE FUNCTION app_current_organization_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('app.current_organization_id', true), '')::uuid
$$;

CREATE OR REPLACE FUNCTION app_apply_row_level_security() RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  t record;
  owner_role text := current_user;
BEGIN
  FOR t IN
    SELECT c.table_name, c.is_nullable = 'YES' AS shared
      FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS system_scope ON %I', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_read ON %I', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_insert ON %I', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_update ON %I', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_delete ON %I', t.table_name);
    EXECUTE format('CREATE POLICY system_scope ON %I TO %I USING (true) WITH CHECK (true)', t.table_name, owner_role);
    IF t.shared THEN
      EXECUTE format('CREATE POLICY tenant_read ON %I FOR SELECT USING (organization_id IS NULL OR organization_id = app_current_organization_id())', t.table_name);
      EXECUTE format('CREATE POLICY tenant_insert ON %I FOR INSERT WITH CHECK (organization_id = app_current_organization_id())', t.table_name);
      EXECUTE format('CREATE POLICY tenant_update ON %I FOR UPDATE USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t.table_name);
      EXECUTE format('CREATE POLICY tenant_delete ON %I FOR DELETE USING (organization_id = app_current_organization_id())', t.table_name);
    ELSE
      EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = app_current_organization_id()) WITH CHECK (organization_id = app_current_organization_id())', t.table_name);
    END IF;
  END LOOP;

  -- organizations: a tenant sees and may rename only itself; organizations are created by system work.
  ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
  ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS system_scope ON organizations;
  DROP POLICY IF EXISTS tenant_read ON organizations;
  DROP POLICY IF EXISTS tenant_update ON organizations;
  EXECUTE format('CREATE POLICY system_scope ON organizations TO %I USING (true) WITH CHECK (true)', owner_role);
  CREATE POLICY tenant_read ON organizations FOR SELECT USING (id = app_current_organization_id());
  CREATE POLICY tenant_update ON organizations FOR UPDATE USING (id = app_current_organization_id()) WITH CHECK (id = app_current_organization_id());
END
$fn$;

SELECT app_apply_row_level_security();

-- Foreign-key checks bypass row-level security, so without this a tenant that knew another tenant's
-- row id could attach its own rows to it (a step to B's playbook, a message to B's thread). Every
-- foreign key between tenant tables therefore also requires the referenced row to be visible to the
-- writer: its own, or shared. The owner (system scope) sees every row, so seeding is unaffected.
CREATE OR REPLACE FUNCTION app_check_tenant_references() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  i integer := 0;
  referenced text;
  visible boolean;
BEGIN
  -- TG_ARGV holds triples: referenced table, referencing column, referenced column.
  WHILE i < TG_NARGS LOOP
    referenced := to_jsonb(NEW) ->> TG_ARGV[i + 1];
    IF referenced IS NOT NULL AND (TG_OP = 'INSERT' OR referenced IS DISTINCT FROM to_jsonb(OLD) ->> TG_ARGV[i + 1]) THEN
      EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1::uuid)', TG_ARGV[i], TG_ARGV[i + 2])
        INTO visible USING referenced;
      IF NOT visible THEN
        RAISE EXCEPTION 'new row for relation "%" references a % row that is not visible to this tenant (%)',
          TG_TABLE_NAME, TG_ARGV[i], TG_ARGV[i + 1] USING ERRCODE = 'insufficient_privilege';
      END IF;
    END IF;
    i := i + 3;
  END LOOP;
  RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION app_apply_tenant_reference_checks() RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT child.relname AS child_table,
           string_agg(format('%L, %L, %L', parent.relname, ca.attname, pa.attname), ', ' ORDER BY con.conname) AS args
      FROM pg_constraint con
      JOIN pg_class child ON child.oid = con.conrelid
      JOIN pg_class parent ON parent.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace
      JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = con.conkey[1]
      JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
     WHERE con.contype = 'f' AND n.nspname = 'public' AND cardinality(con.conkey) = 1
       AND parent.relname <> 'organizations'
       AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = child.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
       AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = parent.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
     GROUP BY child.relname
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER check_tenant_references BEFORE INSERT OR UPDATE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION app_check_tenant_references(%s)', r.child_table, r.args);
  END LOOP;
END
$fn$;

SELECT app_apply_tenant_reference_checks();
