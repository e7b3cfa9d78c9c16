using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>A hand-made <see cref="IResolverContext"/> for invoking compiled resolvers without the executor.</summary>
internal sealed class TestResolverContext : IResolverContext
{
    public required FieldDefinition Field { get; init; }

    public object? Parent { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IServiceProvider Services { get; init; } = EmptyServices.Instance;

    public CancellationToken RequestAborted { get; init; }

    public ResultPath Path { get; init; } = ResultPath.Root("field");

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IDictionary<string, object?> ContextData { get; } = new ConcurrentDictionary<string, object?>();

    public List<GraphQLError> ReportedErrors { get; } = [];

    public ObjectType ObjectType => (ObjectType)Field.DeclaringType!;

    public FieldSelection Selection => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public DocumentNode Document => throw new NotSupportedException();

    public Schema Schema => throw new NotSupportedException();

    public T ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default!;

    public IReadOnlyList<FieldSelection> GetSelections(ObjectType objectType) => [];

    public void ReportError(GraphQLError error) => ReportedErrors.Add(error);

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
