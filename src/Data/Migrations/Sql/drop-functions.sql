-- Down of the initial migration: the functions its SQL created (tables and their triggers go with DROP TABLE).
DROP FUNCTION IF EXISTS app_apply_tenant_reference_checks();
DROP FUNCTION IF EXISTS app_check_tenant_references() CASCADE;
DROP FUNCTION IF EXISTS app_apply_row_level_security();
DROP FUNCTION IF EXISTS app_current_organization_id() CASCADE;
DROP FUNCTION IF EXISTS get_execution_progress(uuid);
DROP FUNCTION IF EXISTS get_active_playbooks(uuid);
DROP FUNCTION IF EXISTS get_playbook_execution_summary(uuid);
DROP FUNCTION IF EXISTS app_record_workflow_version() CASCADE;
DROP FUNCTION IF EXISTS app_set_duration_ms() CASCADE;
DROP FUNCTION IF EXISTS app_refresh_renewal_stages();
DROP FUNCTION IF EXISTS app_customer_derived_columns() CASCADE;
DROP FUNCTION IF EXISTS calculate_account_plan(numeric, integer);
DROP FUNCTION IF EXISTS calculate_renewal_stage(date, date);
DROP FUNCTION IF EXISTS app_apply_updated_at_triggers();
DROP FUNCTION IF EXISTS app_set_updated_at() CASCADE;
