using System.Text.Json;

namespace Playbooks.Data.Seeding;

/// <summary>Reads seeds/ into a <see cref="SeedSet"/>: malformed JSON, unknown or missing properties and
/// wrong value kinds are reported with the file and JSON path; nothing is partially read.</summary>
public static class SeedFiles
{
    public const string SavedActionsFile = "saved-actions.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static (SeedSet? Seeds, IReadOnlyList<SeedError> Errors) Read(string root)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new SeedError(root, "$", "the seeds folder does not exist"));
            return (null, errors);
        }
        var savedActionsPath = Path.Combine(root, SavedActionsFile);
        var savedActions = File.Exists(savedActionsPath)
            ? Parse<List<SavedActionSeed>>(root, savedActionsPath, errors) ?? []
            : [];
        var workflows = ParseFolder<WorkflowSeed>(root, "workflows", errors);
        var playbooks = ParseFolder<PlaybookSeed>(root, "playbooks", errors);
        var organizations = ParseFolder<OrganizationSeed>(root, "organizations", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new SeedSet(savedActions, workflows.Select(w => w.Seed).ToList(), playbooks.Select(p => p.Seed).ToList(),
                organizations.Select(o => o.Seed).ToList()) { Files = Files(root, workflows, playbooks, organizations) }, errors);
    }

    private static SeedFileNames Files(string root, List<(string File, WorkflowSeed Seed)> workflows,
        List<(string File, PlaybookSeed Seed)> playbooks, List<(string File, OrganizationSeed Seed)> organizations) =>
        new(Relative(root, Path.Combine(root, SavedActionsFile)),
            workflows.Select(w => w.File).ToList(), playbooks.Select(p => p.File).ToList(), organizations.Select(o => o.File).ToList());

    private static List<(string File, T Seed)> ParseFolder<T>(string root, string folder, List<SeedError> errors) where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var result = new List<(string, T)>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Parse<T>(root, file, errors) is { } seed)
            {
                result.Add((Relative(root, file), seed));
            }
        }
        return result;
    }

    private static T? Parse<T>(string root, string file, List<SeedError> errors) where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            var value = JsonSerializer.Deserialize<T>(stream, Json);
            if (value is null)
            {
                errors.Add(new SeedError(Relative(root, file), "$", "the file holds null"));
            }
            return value;
        }
        catch (JsonException exception)
        {
            errors.Add(new SeedError(Relative(root, file), exception.Path ?? "$", Describe(exception)));
            return null;
        }
    }

    private static string Describe(JsonException exception)
    {
        // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the path is reported separately.
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var reason = System.Text.RegularExpressions.Regex.Replace(cut > 0 ? message[..cut] : message,
            @"System\.Nullable`1\[(?<type>[^\]]+)\]", "${type}")
            .Replace("System.Int32", "a whole number", StringComparison.Ordinal)
            .Replace("System.Decimal", "a number", StringComparison.Ordinal)
            .Replace("System.Double", "a number", StringComparison.Ordinal)
            .Replace("System.String", "a string", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal);
        return exception.LineNumber is { } line ? $"{reason} (line {line + 1})" : reason;
    }

    internal static string Relative(string root, string file) =>
        Path.Combine("seeds", Path.GetRelativePath(root, file)).Replace('\\', '/');
}

/// <summary>The file each seed came from, index for index, so errors can name it.</summary>
public sealed record SeedFileNames(
    string SavedActions, IReadOnlyList<string> Workflows, IReadOnlyList<string> Playbooks, IReadOnlyList<string> Organizations);
