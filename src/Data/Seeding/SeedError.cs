namespace Playbooks.Data.Seeding;

/// <summary>Why a seed file was rejected: the file, the JSON path inside it, the reason.</summary>
public sealed record SeedError(string File, string JsonPath, string Reason)
{
    public override string ToString() => $"{File}: {JsonPath}: {Reason}";
}

public sealed record SeedResult(bool Succeeded, IReadOnlyList<SeedError> Errors, string Summary)
{
    public static SeedResult Failed(IReadOnlyList<SeedError> errors) =>
        new(false, errors, $"seed rejected: {errors.Count} error(s); nothing was written");
}
