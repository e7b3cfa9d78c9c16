-- Database behaviour the source documents specify. Functions run with the caller's rights
-- (SECURITY INVOKER), so row-level security applies inside them too.

-- updated_at is maintained by the database, so raw SQL updates keep it true as well.
CREATE OR REPLACE FUNCTION app_set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION app_apply_updated_at_triggers() RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = 'public' AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION app_set_updated_at()', t.table_name);
  END LOOP;
END $fn$;

SELECT app_apply_updated_at_triggers();

-- Renewal stages from days until renewal (renewal_date - as_of):
--   Overdue  < 0 | Emergency 0–6 | Critical 7–14 | Signature 15–30 | Finalize 31–60
--   Negotiate 61–90 | Engage 91–120 | Prepare 121–180 | Monitor > 180
-- The three core workflows trigger on the first three (overdue, emergency, critical).
CREATE OR REPLACE FUNCTION calculate_renewal_stage(renewal_date date, as_of date DEFAULT current_date)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN renewal_date IS NULL THEN NULL
    WHEN renewal_date - as_of < 0 THEN 'Overdue'
    WHEN renewal_date - as_of <= 6 THEN 'Emergency'
    WHEN renewal_date - as_of <= 14 THEN 'Critical'
    WHEN renewal_date - as_of <= 30 THEN 'Signature'
    WHEN renewal_date - as_of <= 60 THEN 'Finalize'
    WHEN renewal_date - as_of <= 90 THEN 'Negotiate'
    WHEN renewal_date - as_of <= 120 THEN 'Engage'
    WHEN renewal_date - as_of <= 180 THEN 'Prepare'
    ELSE 'Monitor'
  END
$$;

-- Account plans from ARR and health (0–100):
--   invest  — at risk (health < 50) and worth saving (ARR >= 100k): put people on it;
--   manage  — at risk and smaller, or middling health (50–74) with ARR >= 100k: active management;
--   expand  — healthy (>= 75) with ARR >= 50k: ready for growth conversations;
--   monitor — everything else: healthy small accounts and middling small ones, low touch.
CREATE OR REPLACE FUNCTION calculate_account_plan(arr numeric, health_score integer)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN arr IS NULL OR health_score IS NULL THEN NULL
    WHEN health_score < 50 AND arr >= 100000 THEN 'invest'
    WHEN health_score < 50 THEN 'manage'
    WHEN health_score >= 75 AND arr >= 50000 THEN 'expand'
    WHEN health_score < 75 AND arr >= 100000 THEN 'manage'
    ELSE 'monitor'
  END
$$;

-- Customers carry their plan and stage, derived on every write (the stage drifts with time:
-- app_refresh_renewal_stages() recomputes it, and the API also derives it on read).
CREATE OR REPLACE FUNCTION app_customer_derived_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.account_plan := calculate_account_plan(NEW.arr, NEW.health_score);
  NEW.renewal_stage := calculate_renewal_stage(NEW.renewal_date);
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER customer_derived_columns
  BEFORE INSERT OR UPDATE OF arr, health_score, renewal_date ON customers
  FOR EACH ROW EXECUTE FUNCTION app_customer_derived_columns();

CREATE OR REPLACE FUNCTION app_refresh_renewal_stages() RETURNS integer LANGUAGE sql AS $$
  WITH changed AS (
    UPDATE customers SET renewal_stage = calculate_renewal_stage(renewal_date)
     WHERE renewal_stage IS DISTINCT FROM calculate_renewal_stage(renewal_date)
    RETURNING 1)
  SELECT count(*)::integer FROM changed
$$;

-- duration_ms is derived from started_at/completed_at (03: "auto-calculated duration").
CREATE OR REPLACE FUNCTION app_set_duration_ms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.duration_ms := CASE
    WHEN NEW.started_at IS NOT NULL AND NEW.completed_at IS NOT NULL
    THEN (extract(epoch FROM NEW.completed_at - NEW.started_at) * 1000)::bigint
  END;
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER set_duration_ms BEFORE INSERT OR UPDATE OF started_at, completed_at ON playbook_executions
  FOR EACH ROW EXECUTE FUNCTION app_set_duration_ms();
CREATE OR REPLACE TRIGGER set_duration_ms BEFORE INSERT OR UPDATE OF started_at, completed_at ON playbook_step_results
  FOR EACH ROW EXECUTE FUNCTION app_set_duration_ms();

-- Workflow version history (04): a workflow_versions row with the next version number whenever a
-- workflow is created or its config changes. Who and why come from the optional session settings
-- app.current_user_id and app.change_description.
CREATE OR REPLACE FUNCTION app_record_workflow_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.config IS NOT DISTINCT FROM OLD.config THEN
    RETURN NEW;
  END IF;
  INSERT INTO workflow_versions (id, workflow_id, organization_id, version, config, changed_by, changed_at, change_description)
  VALUES (
    gen_random_uuid(), NEW.id, NEW.organization_id,
    coalesce((SELECT max(v.version) FROM workflow_versions v WHERE v.workflow_id = NEW.id), 0) + 1,
    NEW.config,
    coalesce(nullif(current_setting('app.current_user_id', true), '')::uuid, NEW.created_by),
    now(),
    coalesce(nullif(current_setting('app.change_description', true), ''),
             CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'config changed' END));
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER record_workflow_version AFTER INSERT OR UPDATE OF config ON workflows
  FOR EACH ROW EXECUTE FUNCTION app_record_workflow_version();

-- 03: execution statistics for a playbook.
CREATE OR REPLACE FUNCTION get_playbook_execution_summary(p_playbook_id uuid)
RETURNS TABLE (
  total_executions bigint, successful_executions bigint, failed_executions bigint, running_executions bigint,
  avg_duration_ms numeric, last_execution_at timestamptz, success_rate numeric)
LANGUAGE sql STABLE AS $$
  SELECT count(*),
         count(*) FILTER (WHERE status = 'completed'),
         count(*) FILTER (WHERE status IN ('failed', 'timeout')),
         count(*) FILTER (WHERE status = 'running'),
         round(avg(duration_ms) FILTER (WHERE status = 'completed'), 2),
         max(coalesce(started_at, created_at)),
         CASE WHEN count(*) FILTER (WHERE status IN ('completed', 'failed', 'timeout', 'cancelled')) = 0 THEN 0
              ELSE round(100.0 * count(*) FILTER (WHERE status = 'completed')
                         / count(*) FILTER (WHERE status IN ('completed', 'failed', 'timeout', 'cancelled')), 2)
         END
    FROM playbook_executions
   WHERE playbook_id = p_playbook_id
$$;

-- 03: active playbooks of an agent, with step counts and execution activity.
CREATE OR REPLACE FUNCTION get_active_playbooks(p_agent_id uuid)
RETURNS TABLE (
  id uuid, name text, description text, category text, version integer,
  total_steps bigint, last_executed_at timestamptz, execution_count bigint)
LANGUAGE sql STABLE AS $$
  SELECT p.id, p.name::text, p.description, p.category::text, p.version,
         (SELECT count(*) FROM playbook_steps s WHERE s.playbook_id = p.id),
         (SELECT max(coalesce(e.started_at, e.created_at)) FROM playbook_executions e WHERE e.playbook_id = p.id),
         (SELECT count(*) FROM playbook_executions e WHERE e.playbook_id = p.id)
    FROM playbooks p
   WHERE p.agent_id = p_agent_id AND p.status = 'active'
   ORDER BY p.name, p.version
$$;

-- 03: real-time progress of one execution.
CREATE OR REPLACE FUNCTION get_execution_progress(p_execution_id uuid)
RETURNS TABLE (
  execution_id uuid, status text, progress_percentage numeric, current_step_name text,
  completed_steps integer, total_steps integer, elapsed_time_ms bigint)
LANGUAGE sql STABLE AS $$
  SELECT e.id, e.status,
         CASE WHEN e.status = 'completed' THEN 100
              WHEN coalesce(e.total_steps, 0) = 0 THEN 0
              ELSE round(100.0 * least(e.completed_steps, e.total_steps) / e.total_steps, 2)
         END,
         s.step_name::text,
         e.completed_steps, e.total_steps,
         CASE WHEN e.started_at IS NULL THEN 0
              ELSE (extract(epoch FROM coalesce(e.completed_at, now()) - e.started_at) * 1000)::bigint
         END
    FROM playbook_executions e
    LEFT JOIN playbook_steps s ON s.id = e.current_step_id
   WHERE e.id = p_execution_id
$$;
