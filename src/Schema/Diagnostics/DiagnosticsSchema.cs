using GraphQL.Types.CodeFirst;

namespace Playbooks.Schema.Diagnostics;

/// <summary>
/// The diagnostic schema, until the domain lands:
/// <c>Query { serverTime: DateTime!, version: String!, echo(message: String!): String! }</c> and
/// <c>Mutation { echo(message: String!): String! }</c>. The root classes live in <c>src/Resolvers/Diagnostics</c>.
/// </summary>
public static class DiagnosticsSchema
{
    /// <summary>Adds the diagnostic roots <typeparamref name="TQuery"/> and <typeparamref name="TMutation"/>.</summary>
    public static CodeFirstSchemaBuilder AddDiagnostics<TQuery, TMutation>(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddQueryType<TQuery>().AddMutationType<TMutation>();
    }
}
