using System.Reflection;
using GraphQL.Types.CodeFirst;

namespace Playbooks.Resolvers.Diagnostics;

/// <summary>
/// The diagnostic query root: enough to see the endpoint, the IDE and the external checks work until the domain's
/// root fields land (they will replace this root with their type extensions).
/// </summary>
[GraphQLDescription("Every read: the playbook API, sign-in state, node lookup, and a few diagnostic fields.")]
public sealed class DiagnosticsQuery
{
    [GraphQLDescription("The server's clock, in UTC.")]
    public static DateTimeOffset ServerTime([Service] TimeProvider clock) => clock.GetUtcNow();

    [GraphQLDescription("The server's version.")]
    public static string Version() => ServerVersion.Value;

    [GraphQLDescription("Returns the message unchanged.")]
    public static string Echo(string message) => message;
}

/// <summary>The informational version of the server's build.</summary>
internal static class ServerVersion
{
    public static string Value { get; } =
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ServerVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
