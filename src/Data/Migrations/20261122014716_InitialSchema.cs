using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Playbooks.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    settings = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kpi_reference_ranges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kpi_parameter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    critical_threshold = table.Column<decimal>(type: "numeric", nullable: false),
                    risk_threshold = table.Column<decimal>(type: "numeric", nullable: false),
                    healthy_threshold = table.Column<decimal>(type: "numeric", nullable: false),
                    higher_is_better = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    impact_scoring = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_reference_ranges", x => x.id);
                    table.CheckConstraint("ck_kpi_reference_ranges_threshold_order", "(higher_is_better AND critical_threshold <= risk_threshold AND risk_threshold <= healthy_threshold)\nOR (NOT higher_is_better AND critical_threshold >= risk_threshold AND risk_threshold >= healthy_threshold)");
                    table.ForeignKey(
                        name: "fk_kpi_reference_ranges_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    role = table.Column<string>(type: "text", nullable: false, defaultValue: "member"),
                    is_active = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    last_login_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.CheckConstraint("ck_users_email_lower_case", "email = lower(email)");
                    table.CheckConstraint("ck_users_role", "role IN ('admin', 'member', 'viewer')");
                    table.ForeignKey(
                        name: "fk_users_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    domain = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    arr = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    previous_arr = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    renewal_date = table.Column<DateOnly>(type: "date", nullable: true),
                    health_score = table.Column<int>(type: "integer", nullable: true),
                    account_plan = table.Column<string>(type: "text", nullable: true),
                    renewal_stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    csm_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "active"),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                    table.CheckConstraint("ck_customers_account_plan", "account_plan IN ('invest', 'manage', 'monitor', 'expand')");
                    table.CheckConstraint("ck_customers_arr", "arr >= 0");
                    table.CheckConstraint("ck_customers_health_score", "health_score BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_customers_previous_arr", "previous_arr >= 0");
                    table.CheckConstraint("ck_customers_status", "status IN ('active', 'at_risk', 'churned', 'onboarding')");
                    table.ForeignKey(
                        name: "fk_customers_csm_user_id",
                        column: x => x.csm_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_customers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbooks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "draft"),
                    tags = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "'{}'"),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    agent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    schema_version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    input_schema = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    output_schema = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    timeout_seconds = table.Column<int>(type: "integer", nullable: false, defaultValue: 3600),
                    max_retries = table.Column<int>(type: "integer", nullable: false, defaultValue: 3),
                    retry_delay_seconds = table.Column<int>(type: "integer", nullable: false, defaultValue: 30),
                    duration = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    report_template = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbooks", x => x.id);
                    table.CheckConstraint("ck_playbooks_max_retries", "max_retries >= 0");
                    table.CheckConstraint("ck_playbooks_retry_delay_seconds", "retry_delay_seconds >= 0");
                    table.CheckConstraint("ck_playbooks_schema_version", "schema_version >= 1");
                    table.CheckConstraint("ck_playbooks_status", "status IN ('draft', 'active', 'archived', 'deprecated')");
                    table.CheckConstraint("ck_playbooks_timeout_seconds", "timeout_seconds > 0");
                    table.CheckConstraint("ck_playbooks_version", "version >= 1");
                    table.ForeignKey(
                        name: "fk_playbooks_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbooks_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbooks_updated_by",
                        column: x => x.updated_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "saved_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    action_type = table.Column<string>(type: "text", nullable: false),
                    handler = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    config = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    available_globally = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_actions", x => x.id);
                    table.CheckConstraint("ck_saved_actions_action_type", "action_type IN ('snooze', 'skip', 'escalation', 'schedule', 'send_email', 'create_task', 'script')");
                    table.ForeignKey(
                        name: "fk_saved_actions_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_saved_actions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_preferences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chat = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    notifications = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    ui = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    workflow = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_preferences", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_preferences_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_preferences_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "1.0.0"),
                    config = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    is_core = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflows", x => x.id);
                    table.CheckConstraint("ck_workflows_is_core", "is_core = (organization_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_workflows_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflows_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_kpis",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kpi_parameter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    data_value = table.Column<decimal>(type: "numeric", nullable: true),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    impact_level = table.Column<string>(type: "text", nullable: false, defaultValue: "medium"),
                    weight = table.Column<decimal>(type: "numeric", nullable: true),
                    measurement_frequency = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_kpis", x => x.id);
                    table.CheckConstraint("ck_customer_kpis_impact_level", "impact_level IN ('low', 'medium', 'high', 'critical')");
                    table.CheckConstraint("ck_customer_kpis_weight", "weight >= 0");
                    table.ForeignKey(
                        name: "fk_customer_kpis_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_customer_kpis_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "health_trends",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    health_score = table.Column<int>(type: "integer", nullable: false),
                    usage_score = table.Column<int>(type: "integer", nullable: true),
                    engagement_score = table.Column<int>(type: "integer", nullable: true),
                    support_score = table.Column<int>(type: "integer", nullable: true),
                    trend = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_trends", x => x.id);
                    table.CheckConstraint("ck_health_trends_engagement_score", "engagement_score BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_health_trends_health_score", "health_score BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_health_trends_support_score", "support_score BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_health_trends_trend", "trend IN ('improving', 'stable', 'declining')");
                    table.CheckConstraint("ck_health_trends_usage_score", "usage_score BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "fk_health_trends_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_health_trends_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true)
                        .Annotation("Npgsql:TsVectorConfig", "english")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "title", "content" }),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_documents_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_knowledge_documents_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbook_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    playbook_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    step_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    step_type = table.Column<string>(type: "text", nullable: false),
                    step_order = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    config = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    input_schema = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    output_schema = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    input_mapping = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    condition = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    on_success_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on_failure_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    timeout_seconds = table.Column<int>(type: "integer", nullable: false, defaultValue: 300),
                    max_retries = table.Column<int>(type: "integer", nullable: false, defaultValue: 3),
                    retry_delay_seconds = table.Column<int>(type: "integer", nullable: false, defaultValue: 30),
                    backoff_multiplier = table.Column<double>(type: "double precision", nullable: false, defaultValue: 2.0),
                    is_optional = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbook_steps", x => x.id);
                    table.CheckConstraint("ck_playbook_steps_backoff_multiplier", "backoff_multiplier >= 1");
                    table.CheckConstraint("ck_playbook_steps_max_retries", "max_retries >= 0");
                    table.CheckConstraint("ck_playbook_steps_retry_delay_seconds", "retry_delay_seconds >= 0");
                    table.CheckConstraint("ck_playbook_steps_step_order", "step_order >= 1");
                    table.CheckConstraint("ck_playbook_steps_step_type", "step_type IN ('agent_execution', 'data_transform', 'conditional_branch', 'parallel_execution', 'wait_for_input', 'api_call', 'database_query', 'memory_search', 'prompt_template', 'custom_function')");
                    table.CheckConstraint("ck_playbook_steps_timeout_seconds", "timeout_seconds > 0");
                    table.ForeignKey(
                        name: "fk_playbook_steps_on_failure_step_id",
                        column: x => x.on_failure_step_id,
                        principalTable: "playbook_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbook_steps_on_success_step_id",
                        column: x => x.on_success_step_id,
                        principalTable: "playbook_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbook_steps_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_steps_playbook_id",
                        column: x => x.playbook_id,
                        principalTable: "playbooks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbook_triggers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    playbook_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger_type = table.Column<string>(type: "text", nullable: false),
                    config = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    is_enabled = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    last_evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_triggered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbook_triggers", x => x.id);
                    table.CheckConstraint("ck_playbook_triggers_trigger_type", "trigger_type IN ('manual', 'scheduled', 'event', 'kpi_threshold')");
                    table.ForeignKey(
                        name: "fk_playbook_triggers_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_triggers_playbook_id",
                        column: x => x.playbook_id,
                        principalTable: "playbooks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_chat_branches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    branch_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    branch_label = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    branch_type = table.Column<string>(type: "text", nullable: false),
                    user_prompts = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "'{}'"),
                    response_text = table.Column<string>(type: "text", nullable: true),
                    next_step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    saved_action_id = table.Column<Guid>(type: "uuid", nullable: true),
                    llm_handler = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    allow_off_script = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    return_to_step = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_chat_branches", x => x.id);
                    table.CheckConstraint("ck_workflow_chat_branches_branch_type", "branch_type IN ('fixed', 'llm', 'saved_action', 'rag')");
                    table.ForeignKey(
                        name: "fk_workflow_chat_branches_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_chat_branches_saved_action_id",
                        column: x => x.saved_action_id,
                        principalTable: "saved_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_chat_branches_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_executions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "not_started"),
                    current_step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    snoozed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_to = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    started_by = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_executions", x => x.id);
                    table.CheckConstraint("ck_workflow_executions_completed_at", "completed_at >= started_at");
                    table.CheckConstraint("ck_workflow_executions_snoozed_until", "status <> 'snoozed' OR snoozed_until IS NOT NULL");
                    table.CheckConstraint("ck_workflow_executions_status", "status IN ('not_started', 'in_progress', 'completed', 'snoozed', 'escalated', 'cancelled', 'failed')");
                    table.ForeignKey(
                        name: "fk_workflow_executions_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_executions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_executions_started_by",
                        column: x => x.started_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_executions_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workflow_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    config = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    change_description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_versions", x => x.id);
                    table.CheckConstraint("ck_workflow_versions_version", "version >= 1");
                    table.ForeignKey(
                        name: "fk_workflow_versions_changed_by",
                        column: x => x.changed_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_versions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_versions_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "workflows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kpi_time_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kpi_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    health_status = table.Column<string>(type: "text", nullable: true),
                    health_score = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_time_series", x => x.id);
                    table.CheckConstraint("ck_kpi_time_series_health_score", "health_score BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_kpi_time_series_health_status", "health_status IN ('healthy', 'risk', 'critical')");
                    table.CheckConstraint("ck_kpi_time_series_month", "month BETWEEN 1 AND 12");
                    table.CheckConstraint("ck_kpi_time_series_year", "year BETWEEN 1900 AND 9999");
                    table.ForeignKey(
                        name: "fk_kpi_time_series_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kpi_time_series_kpi_id",
                        column: x => x.kpi_id,
                        principalTable: "customer_kpis",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kpi_time_series_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbook_executions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    playbook_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    execution_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "pending"),
                    triggered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    trigger_source = table.Column<string>(type: "text", nullable: false, defaultValue: "manual"),
                    input_data = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    output_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    error_stack = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    duration_ms = table.Column<long>(type: "bigint", nullable: true),
                    current_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    completed_steps = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    total_steps = table.Column<int>(type: "integer", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbook_executions", x => x.id);
                    table.CheckConstraint("ck_playbook_executions_completed_at", "completed_at >= started_at");
                    table.CheckConstraint("ck_playbook_executions_completed_steps", "completed_steps >= 0");
                    table.CheckConstraint("ck_playbook_executions_duration_ms", "duration_ms >= 0");
                    table.CheckConstraint("ck_playbook_executions_status", "status IN ('pending', 'running', 'paused', 'completed', 'failed', 'cancelled', 'timeout')");
                    table.CheckConstraint("ck_playbook_executions_total_steps", "total_steps >= 0 AND completed_steps <= total_steps");
                    table.CheckConstraint("ck_playbook_executions_trigger_source", "trigger_source IN ('manual', 'api', 'scheduled', 'event')");
                    table.ForeignKey(
                        name: "fk_playbook_executions_current_step_id",
                        column: x => x.current_step_id,
                        principalTable: "playbook_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbook_executions_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbook_executions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_executions_playbook_id",
                        column: x => x.playbook_id,
                        principalTable: "playbooks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_executions_triggered_by",
                        column: x => x.triggered_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "action_executions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    saved_action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    executed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    parameters = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    result = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    executed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_executions", x => x.id);
                    table.CheckConstraint("ck_action_executions_status", "status IN ('succeeded', 'failed')");
                    table.ForeignKey(
                        name: "fk_action_executions_executed_by",
                        column: x => x.executed_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_action_executions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_action_executions_saved_action_id",
                        column: x => x.saved_action_id,
                        principalTable: "saved_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_action_executions_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_chat_threads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    thread_type = table.Column<string>(type: "text", nullable: false),
                    started_by = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "active"),
                    return_to_step = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    total_messages = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    total_tokens = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_chat_threads", x => x.id);
                    table.CheckConstraint("ck_workflow_chat_threads_ended_at", "ended_at >= started_at");
                    table.CheckConstraint("ck_workflow_chat_threads_status", "status IN ('active', 'completed', 'abandoned')");
                    table.CheckConstraint("ck_workflow_chat_threads_thread_type", "thread_type IN ('llm', 'rag', 'analysis', 'custom')");
                    table.CheckConstraint("ck_workflow_chat_threads_total_messages", "total_messages >= 0");
                    table.CheckConstraint("ck_workflow_chat_threads_total_tokens", "total_tokens >= 0");
                    table.ForeignKey(
                        name: "fk_workflow_chat_threads_branch_id",
                        column: x => x.branch_id,
                        principalTable: "workflow_chat_branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_chat_threads_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_chat_threads_started_by",
                        column: x => x.started_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_chat_threads_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notification_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    recipients = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "'{}'"),
                    priority = table.Column<string>(type: "text", nullable: false, defaultValue: "normal"),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "pending"),
                    action_triggered = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_notifications", x => x.id);
                    table.CheckConstraint("ck_workflow_notifications_priority", "priority IN ('low', 'normal', 'high', 'urgent')");
                    table.CheckConstraint("ck_workflow_notifications_status", "status IN ('pending', 'sent', 'read', 'dismissed', 'failed')");
                    table.ForeignKey(
                        name: "fk_workflow_notifications_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_notifications_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_step_executions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    step_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "pending"),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    duration_ms = table.Column<long>(type: "bigint", nullable: true),
                    output = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_step_executions", x => x.id);
                    table.CheckConstraint("ck_workflow_step_executions_completed_at", "completed_at >= started_at");
                    table.CheckConstraint("ck_workflow_step_executions_duration_ms", "duration_ms >= 0");
                    table.CheckConstraint("ck_workflow_step_executions_status", "status IN ('pending', 'in_progress', 'completed', 'skipped', 'failed')");
                    table.ForeignKey(
                        name: "fk_workflow_step_executions_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_step_executions_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbook_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    playbook_id = table.Column<Guid>(type: "uuid", nullable: false),
                    playbook_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    playbook_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    account_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "in_progress"),
                    report_data = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    duration = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    steps_completed = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    total_steps = table.Column<int>(type: "integer", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    report_generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbook_reports", x => x.id);
                    table.CheckConstraint("ck_playbook_reports_completed_at", "completed_at >= started_at");
                    table.CheckConstraint("ck_playbook_reports_status", "status IN ('in_progress', 'completed', 'failed')");
                    table.CheckConstraint("ck_playbook_reports_steps_completed", "steps_completed >= 0");
                    table.CheckConstraint("ck_playbook_reports_total_steps", "total_steps >= 0 AND steps_completed <= total_steps");
                    table.ForeignKey(
                        name: "fk_playbook_reports_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_playbook_reports_execution_id",
                        column: x => x.execution_id,
                        principalTable: "playbook_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_reports_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_reports_playbook_id",
                        column: x => x.playbook_id,
                        principalTable: "playbooks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "playbook_step_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    execution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "pending"),
                    attempt_number = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    input_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    output_data = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    error_stack = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    duration_ms = table.Column<long>(type: "bigint", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_playbook_step_results", x => x.id);
                    table.CheckConstraint("ck_playbook_step_results_attempt_number", "attempt_number >= 1");
                    table.CheckConstraint("ck_playbook_step_results_completed_at", "completed_at >= started_at");
                    table.CheckConstraint("ck_playbook_step_results_duration_ms", "duration_ms >= 0");
                    table.CheckConstraint("ck_playbook_step_results_status", "status IN ('pending', 'running', 'completed', 'failed', 'skipped', 'timeout')");
                    table.ForeignKey(
                        name: "fk_playbook_step_results_execution_id",
                        column: x => x.execution_id,
                        principalTable: "playbook_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_step_results_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_playbook_step_results_step_id",
                        column: x => x.step_id,
                        principalTable: "playbook_steps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rag_query_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: true),
                    query = table.Column<string>(type: "text", nullable: false),
                    response = table.Column<string>(type: "text", nullable: true),
                    sources = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    result_count = table.Column<int>(type: "integer", nullable: true),
                    latency_ms = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rag_query_log", x => x.id);
                    table.CheckConstraint("ck_rag_query_log_latency_ms", "latency_ms >= 0");
                    table.CheckConstraint("ck_rag_query_log_result_count", "result_count >= 0");
                    table.ForeignKey(
                        name: "fk_rag_query_log_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_rag_query_log_thread_id",
                        column: x => x.thread_id,
                        principalTable: "workflow_chat_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_rag_query_log_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "workflow_chat_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    message_type = table.Column<string>(type: "text", nullable: false, defaultValue: "text"),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    tokens_used = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    sequence_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_chat_messages", x => x.id);
                    table.CheckConstraint("ck_workflow_chat_messages_message_type", "message_type IN ('text', 'chart', 'table', 'code')");
                    table.CheckConstraint("ck_workflow_chat_messages_role", "role IN ('user', 'assistant', 'system')");
                    table.CheckConstraint("ck_workflow_chat_messages_sequence_number", "sequence_number >= 1");
                    table.CheckConstraint("ck_workflow_chat_messages_tokens_used", "tokens_used >= 0");
                    table.ForeignKey(
                        name: "fk_workflow_chat_messages_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_chat_messages_thread_id",
                        column: x => x.thread_id,
                        principalTable: "workflow_chat_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_llm_context",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    system_prompt = table.Column<string>(type: "text", nullable: false),
                    tools_available = table.Column<string[]>(type: "text[]", nullable: false, defaultValueSql: "'{}'"),
                    context_data = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    model_used = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    temperature = table.Column<double>(type: "double precision", nullable: false, defaultValue: 0.69999999999999996),
                    max_tokens = table.Column<int>(type: "integer", nullable: false, defaultValue: 2000),
                    total_tokens_used = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_llm_context", x => x.id);
                    table.CheckConstraint("ck_workflow_llm_context_max_tokens", "max_tokens > 0");
                    table.CheckConstraint("ck_workflow_llm_context_temperature", "temperature BETWEEN 0 AND 2");
                    table.CheckConstraint("ck_workflow_llm_context_total_tokens_used", "total_tokens_used >= 0");
                    table.ForeignKey(
                        name: "fk_workflow_llm_context_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_llm_context_thread_id",
                        column: x => x.thread_id,
                        principalTable: "workflow_chat_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    step_execution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    task_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "text", nullable: false, defaultValue: "pending"),
                    priority = table.Column<string>(type: "text", nullable: false, defaultValue: "medium"),
                    assigned_to = table.Column<Guid>(type: "uuid", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    snoozed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    metadata = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_tasks", x => x.id);
                    table.CheckConstraint("ck_workflow_tasks_priority", "priority IN ('low', 'medium', 'high', 'urgent')");
                    table.CheckConstraint("ck_workflow_tasks_snoozed_until", "status <> 'snoozed' OR snoozed_until IS NOT NULL");
                    table.CheckConstraint("ck_workflow_tasks_status", "status IN ('pending', 'in_progress', 'completed', 'snoozed', 'skipped', 'cancelled')");
                    table.ForeignKey(
                        name: "fk_workflow_tasks_assigned_to",
                        column: x => x.assigned_to,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_step_execution_id",
                        column: x => x.step_execution_id,
                        principalTable: "workflow_step_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_llm_tool_calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tool_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tool_input = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    tool_output = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    success = table.Column<bool>(type: "boolean", nullable: true),
                    error_message = table.Column<string>(type: "text", nullable: true),
                    duration_ms = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_llm_tool_calls", x => x.id);
                    table.CheckConstraint("ck_workflow_llm_tool_calls_duration_ms", "duration_ms >= 0");
                    table.ForeignKey(
                        name: "fk_workflow_llm_tool_calls_message_id",
                        column: x => x.message_id,
                        principalTable: "workflow_chat_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_llm_tool_calls_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_llm_tool_calls_thread_id",
                        column: x => x.thread_id,
                        principalTable: "workflow_chat_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_task_artifacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    workflow_execution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    artifact_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    is_ai_generated = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    ai_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ai_prompt = table.Column<string>(type: "text", nullable: true),
                    is_approved = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_task_artifacts", x => x.id);
                    table.CheckConstraint("ck_workflow_task_artifacts_approved_at", "is_approved = (approved_at IS NOT NULL)");
                    table.CheckConstraint("ck_workflow_task_artifacts_owner", "task_id IS NOT NULL OR workflow_execution_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_workflow_task_artifacts_approved_by",
                        column: x => x.approved_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_task_artifacts_created_by",
                        column: x => x.created_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_task_artifacts_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_task_artifacts_task_id",
                        column: x => x.task_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_task_artifacts_workflow_execution_id",
                        column: x => x.workflow_execution_id,
                        principalTable: "workflow_executions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_executions_executed_at",
                table: "action_executions",
                column: "executed_at");

            migrationBuilder.CreateIndex(
                name: "ix_action_executions_executed_by",
                table: "action_executions",
                column: "executed_by");

            migrationBuilder.CreateIndex(
                name: "ix_action_executions_organization_id",
                table: "action_executions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_executions_saved_action_id",
                table: "action_executions",
                column: "saved_action_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_executions_workflow_execution_id",
                table: "action_executions",
                column: "workflow_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_kpis_category",
                table: "customer_kpis",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_customer_kpis_organization_id",
                table: "customer_kpis",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_customer_kpis_customer_id_kpi_parameter",
                table: "customer_kpis",
                columns: new[] { "customer_id", "kpi_parameter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_customers_csm_user_id",
                table: "customers",
                column: "csm_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_organization_id",
                table: "customers",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_renewal_date",
                table: "customers",
                column: "renewal_date");

            migrationBuilder.CreateIndex(
                name: "ix_customers_status",
                table: "customers",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_health_trends_organization_id",
                table: "health_trends",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_health_trends_customer_id_recorded_on",
                table: "health_trends",
                columns: new[] { "customer_id", "recorded_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_documents_customer_id",
                table: "knowledge_documents",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_documents_organization_id",
                table: "knowledge_documents",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_documents_search_vector",
                table: "knowledge_documents",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ux_kpi_reference_ranges_organization_id_kpi_parameter",
                table: "kpi_reference_ranges",
                columns: new[] { "organization_id", "kpi_parameter" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_kpi_time_series_customer_id",
                table: "kpi_time_series",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_kpi_time_series_organization_id",
                table: "kpi_time_series",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_kpi_time_series_kpi_id_year_month",
                table: "kpi_time_series",
                columns: new[] { "kpi_id", "year", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_organizations_slug",
                table: "organizations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_current_step_id",
                table: "playbook_executions",
                column: "current_step_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_customer_id_playbook_id",
                table: "playbook_executions",
                columns: new[] { "customer_id", "playbook_id" });

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_organization_id",
                table: "playbook_executions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_playbook_id",
                table: "playbook_executions",
                column: "playbook_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_started_at",
                table: "playbook_executions",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_status",
                table: "playbook_executions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_executions_triggered_by",
                table: "playbook_executions",
                column: "triggered_by");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_reports_customer_id_playbook_id",
                table: "playbook_reports",
                columns: new[] { "customer_id", "playbook_id" });

            migrationBuilder.CreateIndex(
                name: "ix_playbook_reports_organization_id",
                table: "playbook_reports",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_reports_playbook_id",
                table: "playbook_reports",
                column: "playbook_id");

            migrationBuilder.CreateIndex(
                name: "ux_playbook_reports_execution_id",
                table: "playbook_reports",
                column: "execution_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_playbook_step_results_organization_id",
                table: "playbook_step_results",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_step_results_status",
                table: "playbook_step_results",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_step_results_step_id",
                table: "playbook_step_results",
                column: "step_id");

            migrationBuilder.CreateIndex(
                name: "ux_playbook_step_results_execution_id_step_id_attempt_number",
                table: "playbook_step_results",
                columns: new[] { "execution_id", "step_id", "attempt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_playbook_steps_on_failure_step_id",
                table: "playbook_steps",
                column: "on_failure_step_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_steps_on_success_step_id",
                table: "playbook_steps",
                column: "on_success_step_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_steps_organization_id",
                table: "playbook_steps",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_steps_step_order",
                table: "playbook_steps",
                column: "step_order");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_steps_step_type",
                table: "playbook_steps",
                column: "step_type");

            migrationBuilder.CreateIndex(
                name: "ux_playbook_steps_playbook_id_step_key",
                table: "playbook_steps",
                columns: new[] { "playbook_id", "step_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_playbook_steps_playbook_id_step_order",
                table: "playbook_steps",
                columns: new[] { "playbook_id", "step_order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_playbook_triggers_organization_id",
                table: "playbook_triggers",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_triggers_playbook_id",
                table: "playbook_triggers",
                column: "playbook_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbook_triggers_trigger_type",
                table: "playbook_triggers",
                column: "trigger_type",
                filter: "is_enabled");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_agent_id",
                table: "playbooks",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_category",
                table: "playbooks",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_created_by",
                table: "playbooks",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_status",
                table: "playbooks",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_tags",
                table: "playbooks",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_playbooks_updated_by",
                table: "playbooks",
                column: "updated_by");

            migrationBuilder.CreateIndex(
                name: "ux_playbooks_organization_id_key_version",
                table: "playbooks",
                columns: new[] { "organization_id", "key", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_playbooks_organization_id_name_version",
                table: "playbooks",
                columns: new[] { "organization_id", "name", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rag_query_log_created_at",
                table: "rag_query_log",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_rag_query_log_organization_id",
                table: "rag_query_log",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_rag_query_log_thread_id",
                table: "rag_query_log",
                column: "thread_id");

            migrationBuilder.CreateIndex(
                name: "ix_rag_query_log_user_id",
                table: "rag_query_log",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_saved_actions_created_by",
                table: "saved_actions",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ux_saved_actions_organization_id_action_key",
                table: "saved_actions",
                columns: new[] { "organization_id", "action_key" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_user_preferences_organization_id",
                table: "user_preferences",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_user_preferences_user_id",
                table: "user_preferences",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_organization_id",
                table: "users",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_users_email",
                table: "users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_branches_organization_id",
                table: "workflow_chat_branches",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_branches_saved_action_id",
                table: "workflow_chat_branches",
                column: "saved_action_id");

            migrationBuilder.CreateIndex(
                name: "ux_workflow_chat_branches_workflow_id_from_step_id_branch_key",
                table: "workflow_chat_branches",
                columns: new[] { "workflow_id", "from_step_id", "branch_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_messages_organization_id",
                table: "workflow_chat_messages",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_workflow_chat_messages_thread_id_sequence_number",
                table: "workflow_chat_messages",
                columns: new[] { "thread_id", "sequence_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_threads_branch_id",
                table: "workflow_chat_threads",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_threads_organization_id",
                table: "workflow_chat_threads",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_threads_started_by",
                table: "workflow_chat_threads",
                column: "started_by");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_threads_status",
                table: "workflow_chat_threads",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_chat_threads_workflow_execution_id",
                table: "workflow_chat_threads",
                column: "workflow_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_executions_customer_id",
                table: "workflow_executions",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_executions_organization_id",
                table: "workflow_executions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_executions_started_by",
                table: "workflow_executions",
                column: "started_by");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_executions_status",
                table: "workflow_executions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_executions_workflow_id",
                table: "workflow_executions",
                column: "workflow_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_llm_context_organization_id",
                table: "workflow_llm_context",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_workflow_llm_context_thread_id",
                table: "workflow_llm_context",
                column: "thread_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_llm_tool_calls_message_id",
                table: "workflow_llm_tool_calls",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_llm_tool_calls_organization_id",
                table: "workflow_llm_tool_calls",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_llm_tool_calls_thread_id",
                table: "workflow_llm_tool_calls",
                column: "thread_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_llm_tool_calls_tool_name",
                table: "workflow_llm_tool_calls",
                column: "tool_name");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notifications_organization_id",
                table: "workflow_notifications",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notifications_status",
                table: "workflow_notifications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notifications_workflow_execution_id",
                table: "workflow_notifications",
                column: "workflow_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_step_executions_organization_id",
                table: "workflow_step_executions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_workflow_step_executions_workflow_execution_id_step_id",
                table: "workflow_step_executions",
                columns: new[] { "workflow_execution_id", "step_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_approved_by",
                table: "workflow_task_artifacts",
                column: "approved_by");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_artifact_type",
                table: "workflow_task_artifacts",
                column: "artifact_type");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_created_by",
                table: "workflow_task_artifacts",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_organization_id",
                table: "workflow_task_artifacts",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_task_id",
                table: "workflow_task_artifacts",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_task_artifacts_workflow_execution_id",
                table: "workflow_task_artifacts",
                column: "workflow_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_assigned_to",
                table: "workflow_tasks",
                column: "assigned_to");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_customer_id",
                table: "workflow_tasks",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_due_date",
                table: "workflow_tasks",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_organization_id",
                table: "workflow_tasks",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_status",
                table: "workflow_tasks",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_step_execution_id",
                table: "workflow_tasks",
                column: "step_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_workflow_execution_id",
                table: "workflow_tasks",
                column: "workflow_execution_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_versions_changed_by",
                table: "workflow_versions",
                column: "changed_by");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_versions_organization_id",
                table: "workflow_versions",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ux_workflow_versions_workflow_id_version",
                table: "workflow_versions",
                columns: new[] { "workflow_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflows_created_by",
                table: "workflows",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ux_workflows_organization_id_workflow_key",
                table: "workflows",
                columns: new[] { "organization_id", "workflow_key" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            // What EF cannot express: functions and triggers, then row-level security (Sql/*.sql).
            migrationBuilder.Sql(MigrationSql.Read("functions.sql"));
            migrationBuilder.Sql(MigrationSql.Read("row-level-security.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MigrationSql.Read("drop-functions.sql"));

            migrationBuilder.DropTable(
                name: "action_executions");

            migrationBuilder.DropTable(
                name: "health_trends");

            migrationBuilder.DropTable(
                name: "knowledge_documents");

            migrationBuilder.DropTable(
                name: "kpi_reference_ranges");

            migrationBuilder.DropTable(
                name: "kpi_time_series");

            migrationBuilder.DropTable(
                name: "playbook_reports");

            migrationBuilder.DropTable(
                name: "playbook_step_results");

            migrationBuilder.DropTable(
                name: "playbook_triggers");

            migrationBuilder.DropTable(
                name: "rag_query_log");

            migrationBuilder.DropTable(
                name: "user_preferences");

            migrationBuilder.DropTable(
                name: "workflow_llm_context");

            migrationBuilder.DropTable(
                name: "workflow_llm_tool_calls");

            migrationBuilder.DropTable(
                name: "workflow_notifications");

            migrationBuilder.DropTable(
                name: "workflow_task_artifacts");

            migrationBuilder.DropTable(
                name: "workflow_versions");

            migrationBuilder.DropTable(
                name: "customer_kpis");

            migrationBuilder.DropTable(
                name: "playbook_executions");

            migrationBuilder.DropTable(
                name: "workflow_chat_messages");

            migrationBuilder.DropTable(
                name: "workflow_tasks");

            migrationBuilder.DropTable(
                name: "playbook_steps");

            migrationBuilder.DropTable(
                name: "workflow_chat_threads");

            migrationBuilder.DropTable(
                name: "workflow_step_executions");

            migrationBuilder.DropTable(
                name: "playbooks");

            migrationBuilder.DropTable(
                name: "workflow_chat_branches");

            migrationBuilder.DropTable(
                name: "workflow_executions");

            migrationBuilder.DropTable(
                name: "saved_actions");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "workflows");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "organizations");
        }
    }
}
