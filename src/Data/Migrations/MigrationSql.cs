namespace Playbooks.Data.Migrations;

/// <summary>Reads the SQL files under Migrations/Sql (embedded resources) for migrations to run:
/// what EF cannot express — row-level security, triggers, functions — lives there as plain SQL.</summary>
internal static class MigrationSql
{
    public static string Read(string fileName)
    {
        var assembly = typeof(MigrationSql).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Migrations.Sql." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
