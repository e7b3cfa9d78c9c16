-- The scenario's data, added to the demo organization Acme (run as the owner; idempotent): 2,000 playbooks, two in three
-- active, each with 8 steps of the ten types, so "active, by name, first 20, with steps" reads a page of a real table.
INSERT INTO playbooks (organization_id, key, name, version, status, category, input_schema, output_schema)
SELECT o.id, 'bench-' || g, 'Bench playbook ' || lpad(g::text, 5, '0'), 1,
       CASE WHEN g % 3 = 0 THEN 'draft' ELSE 'active' END, 'bench', '{}', '{}'
  FROM organizations o, generate_series(1, 2000) g
 WHERE o.slug = 'acme'
ON CONFLICT DO NOTHING;

INSERT INTO playbook_steps (organization_id, playbook_id, step_key, step_name, step_type, step_order, config, input_schema,
                            output_schema, input_mapping)
SELECT p.organization_id, p.id, 'step-' || s, 'Step ' || s,
       (ARRAY['agent_execution', 'data_transform', 'conditional_branch', 'parallel_execution', 'wait_for_input', 'api_call',
              'database_query', 'memory_search', 'prompt_template', 'custom_function'])[1 + s % 10],
       s, '{}', '{}', '{}', '{}'
  FROM playbooks p, generate_series(1, 8) s
 WHERE p.key LIKE 'bench-%'
ON CONFLICT DO NOTHING;

ANALYZE playbooks;
ANALYZE playbook_steps;
