namespace GraphQL.Authorization;

/// <summary>
/// What a user needs to resolve a field: to be authenticated, and, when given, one of <see cref="Roles"/> and the
/// ASP.NET Core policy <see cref="Policy"/>.
/// </summary>
public sealed record AuthorizationRule(IReadOnlyList<string> Roles, string? Policy = null)
{
    /// <summary>Any authenticated user.</summary>
    public static AuthorizationRule Authenticated { get; } = new([]);

    /// <summary>An authenticated user in one of <paramref name="roles"/>.</summary>
    public static AuthorizationRule InRoles(params string[] roles) => new(roles);

    /// <summary>An authenticated user passing the ASP.NET Core policy <paramref name="policy"/>.</summary>
    public static AuthorizationRule ForPolicy(string policy) => new([], policy);

    internal static IReadOnlyList<string> SplitRoles(string? roles) =>
        roles is null ? [] : roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() =>
        (Roles.Count, Policy) switch
        {
            (0, null) => "authenticated",
            (_, null) => "roles " + string.Join(", ", Roles),
            (0, _) => "policy " + Policy,
            _ => $"roles {string.Join(", ", Roles)} and policy {Policy}",
        };
}
