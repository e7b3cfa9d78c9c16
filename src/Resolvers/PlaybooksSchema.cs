using GraphQL.Types.CodeFirst;
using Playbooks.Resolvers.Auth;
using Playbooks.Resolvers.Diagnostics;
using Playbooks.Resolvers.Playbooks;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers;

/// <summary>The whole schema, one feature folder after another, and the services its resolvers ask for.</summary>
public static class PlaybooksSchema
{
    public static CodeFirstSchemaBuilder CreateBuilder() => new CodeFirstSchemaBuilder()
        .AddQueryType<DiagnosticsQuery>()
        .AddMutationType<DiagnosticsMutation>()
        .AddSubscriptionType<DiagnosticsSubscription>()
        .AddTypeExtension<AuthQuery>()
        .AddTypeExtension<AuthMutation>()
        .AddPlaybookTypes()
        .AddTypeExtension<PlaybookQueries>()
        .AddTypeExtension<PlaybookFields>()
        .AddTypeExtension<PlaybookExecutionFields>();
}
