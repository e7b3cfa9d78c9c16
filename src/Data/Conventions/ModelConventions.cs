using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Conventions;

/// <summary>
/// The conventions every table follows, applied once after the per-entity configurations so that no
/// configuration repeats them: snake_case names for tables, columns, keys, foreign keys and indexes;
/// enums as checked text; <c>now()</c> defaults for timestamps; <c>gen_random_uuid()</c> for UUID keys;
/// an organization foreign key and index on every tenant-owned table.
/// </summary>
public static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            ApplyTenancy(modelBuilder, entity);
            ApplyDefaults(entity);
        }

        // Names last: the steps above add keys and indexes that need names too.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            ApplyNames(entity);
            ApplyEnumChecks(entity);
        }
    }

    private static void ApplyTenancy(ModelBuilder modelBuilder, IMutableEntityType entity)
    {
        var clr = entity.ClrType;
        if (!typeof(ITenantOwned).IsAssignableFrom(clr) && !typeof(ISharedOrTenantOwned).IsAssignableFrom(clr))
        {
            return;
        }
        var builder = modelBuilder.Entity(clr);
        // An index that already leads with organization_id serves tenant scans; don't add a second one.
        if (!entity.GetIndexes().Any(i => i.Properties[0].Name == nameof(ITenantOwned.OrganizationId)))
        {
            builder.HasIndex(nameof(ITenantOwned.OrganizationId));
        }
        builder.HasOne(typeof(Organization)).WithMany().HasForeignKey(nameof(ITenantOwned.OrganizationId))
            .OnDelete(DeleteBehavior.Cascade);
    }

    private static void ApplyDefaults(IMutableEntityType entity)
    {
        foreach (var property in entity.GetProperties())
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (property.IsPrimaryKey() && type == typeof(Guid) && entity.FindPrimaryKey()!.Properties.Count == 1)
            {
                property.SetDefaultValueSql("gen_random_uuid()");
            }
            else if (type == typeof(DateTimeOffset) && property.Name is "CreatedAt" or "UpdatedAt")
            {
                property.SetDefaultValueSql("now()");
            }
            if (type.IsEnum)
            {
                property.SetValueConverter(EnumText.CreateConverter(type));
                property.SetColumnType("text");
            }
        }
    }

    private static void ApplyNames(IMutableEntityType entity)
    {
        var table = entity.GetTableName();
        if (table is null)
        {
            return;
        }
        if (table == entity.ClrType.Name)
        {
            table = SnakeCase.From(table);
            entity.SetTableName(table);
        }

        foreach (var property in entity.GetProperties())
        {
            property.SetColumnName(SnakeCase.From(property.Name));
        }
        foreach (var key in entity.GetKeys())
        {
            key.SetName(key.IsPrimaryKey() ? $"pk_{table}" : $"ak_{table}_{Columns(key.Properties)}");
        }
        foreach (var foreignKey in entity.GetForeignKeys())
        {
            foreignKey.SetConstraintName($"fk_{table}_{Columns(foreignKey.Properties)}");
        }
        foreach (var index in entity.GetIndexes())
        {
            index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{Columns(index.Properties)}");
        }
    }

    private static void ApplyEnumChecks(IMutableEntityType entity)
    {
        var table = entity.GetTableName()!;
        foreach (var property in entity.GetProperties())
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (!type.IsEnum)
            {
                continue;
            }
            var column = property.GetColumnName();
            var values = string.Join(", ", EnumText.Values(type).Select(v => $"'{v}'"));
            entity.AddCheckConstraint($"ck_{table}_{column}", $"{column} IN ({values})");
        }
    }

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) =>
        string.Join("_", properties.Select(p => SnakeCase.From(p.Name)));
}
