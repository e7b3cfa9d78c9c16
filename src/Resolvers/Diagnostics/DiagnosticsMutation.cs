using GraphQL.Types.CodeFirst;

namespace Playbooks.Resolvers.Diagnostics;

/// <summary>The diagnostic mutation root (see <see cref="DiagnosticsQuery"/>).</summary>
[GraphQLDescription("Diagnostic fields, until the domain's mutations land.")]
public sealed class DiagnosticsMutation
{
    [GraphQLDescription("Returns the message unchanged; changes nothing.")]
    public static string Echo(string message) => message;
}
