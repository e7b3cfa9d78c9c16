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
