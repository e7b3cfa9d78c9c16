using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Playbooks.Data.Entities;
using Playbooks.Data.Tenancy;

namespace Playbooks.Data.Tests;

/// <summary>Facts about the mapped model and its create script that hold for every table, so a new
/// entity that forgets one fails here. No database needed.</summary>
public partial class ModelTests
{
    private static readonly (IModel Model, string Script) Mapped = Map();

    private static IEnumerable<IEntityType> Entities => Mapped.Model.GetEntityTypes();

    [Fact]
    public void Every_table_but_organizations_has_an_organization_id_for_row_level_security()
    {
        var untenanted = Entities
            .Where(e => e.ClrType != typeof(Organization))
            .Where(e => !typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && !typeof(ISharedOrTenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.GetTableName());

        untenanted.Should().BeEmpty();
    }

    [Fact]
    public void Organization_id_is_required_on_tenant_owned_tables_and_optional_on_shared_ones()
    {
        foreach (var entity in Entities.Where(e => e.ClrType != typeof(Organization)))
        {
            var organizationId = entity.FindProperty(nameof(ITenantOwned.OrganizationId))!;
            organizationId.IsNullable.Should().Be(typeof(ISharedOrTenantOwned).IsAssignableFrom(entity.ClrType),
                because: $"{entity.GetTableName()} is {(organizationId.IsNullable ? "shared" : "tenant-owned")}");
            entity.GetForeignKeys().Should().ContainSingle(fk => fk.Properties.Single() == organizationId
                && fk.PrincipalEntityType.ClrType == typeof(Organization) && fk.DeleteBehavior == DeleteBehavior.Cascade,
                because: $"{entity.GetTableName()} belongs to an organization");
        }
    }

    [Fact]
    public void Every_foreign_key_is_the_leading_part_of_an_index()
    {
        var unindexed = Entities.SelectMany(e => e.GetForeignKeys())
            .Where(fk => !fk.DeclaringEntityType.GetIndexes().Any(i => i.Properties.Take(fk.Properties.Count).SequenceEqual(fk.Properties)))
            .Select(fk => fk.GetConstraintName());

        unindexed.Should().BeEmpty();
    }

    [Fact]
    public void Every_json_property_is_jsonb_and_every_string_array_is_text_array()
    {
        var properties = Entities.SelectMany(e => e.GetProperties()).ToList();

        properties.Where(p => p.ClrType == typeof(JsonDocument)).Should().OnlyContain(p => p.GetColumnType() == "jsonb");
        properties.Where(p => p.ClrType == typeof(string[])).Should().OnlyContain(p => p.GetColumnType() == "text[]");
    }

    [Fact]
    public void Every_table_column_and_constraint_name_is_snake_case()
    {
        var names = Entities.SelectMany(e => new[] { e.GetTableName()! }
            .Concat(e.GetProperties().Select(p => p.GetColumnName()))
            .Concat(e.GetCheckConstraints().Select(c => c.Name!)));

        names.Should().OnlyContain(n => SnakeCase().IsMatch(n));
    }

    [Fact]
    public void Names_stay_distinct_when_postgres_cuts_them_to_63_bytes()
    {
        var names = Entities.SelectMany(e => new[] { e.GetTableName()! }
            .Concat(e.GetKeys().Select(k => k.GetName()!))
            .Concat(e.GetForeignKeys().Select(fk => fk.GetConstraintName()!))
            .Concat(e.GetIndexes().Select(i => i.GetDatabaseName()!))
            .Concat(e.GetCheckConstraints().Select(c => c.Name!)))
            .Select(n => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(n).Take(63).ToArray()));

        names.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("CREATE INDEX ix_knowledge_documents_search_vector ON knowledge_documents USING gin (search_vector);")]
    [InlineData("search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || content)) STORED")]
    [InlineData("CREATE INDEX ix_playbooks_tags ON playbooks USING gin (tags);")]
    [InlineData("CREATE UNIQUE INDEX ux_workflows_organization_id_workflow_key ON workflows (organization_id, workflow_key) NULLS NOT DISTINCT;")]
    [InlineData("CREATE UNIQUE INDEX ux_saved_actions_organization_id_action_key ON saved_actions (organization_id, action_key) NULLS NOT DISTINCT;")]
    [InlineData("CONSTRAINT ck_workflow_chat_messages_role CHECK (role IN ('user', 'assistant', 'system'))")]
    [InlineData("CONSTRAINT fk_playbook_reports_execution_id FOREIGN KEY (execution_id) REFERENCES playbook_executions (id) ON DELETE CASCADE")]
    [InlineData("max_retries integer NOT NULL DEFAULT 3,")]
    public void Create_script_contains(string sql) => Mapped.Script.Should().Contain(sql);

    private static (IModel, string) Map()
    {
        using var context = new PlaybooksDbContext(new DbContextOptionsBuilder<PlaybooksDbContext>()
            .UseNpgsql("Host=localhost").Options, new TenantContext());
        return (context.GetService<IDesignTimeModel>().Model, context.Database.GenerateCreateScript());
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
