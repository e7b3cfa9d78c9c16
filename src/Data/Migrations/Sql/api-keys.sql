-- api_keys is a tenant table: row-level security, tenant reference checks and updated_at like every other.
SELECT app_apply_row_level_security();
SELECT app_apply_tenant_reference_checks();
SELECT app_apply_updated_at_triggers();

-- An API key names no tenant, and row-level security hides every key from a connection without one. This function
-- (run with its owner's rights) answers only "which organization does the key with this hash belong to, if it is not
-- revoked", so the application can then read the key as that tenant, without a system scope on every request.
CREATE OR REPLACE FUNCTION app_api_key_organization(p_key_hash text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT organization_id FROM api_keys WHERE key_hash = p_key_hash AND revoked_at IS NULL
$$;
