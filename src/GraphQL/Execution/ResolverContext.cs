using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>The context of one field resolution; created only for fields that run a resolver or have a composite type.</summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private object? _result;

    public ResolverContext(
        ExecutionScope scope,
        ObjectType objectType,
        FieldSelection selection,
        object? parent,
        IReadOnlyDictionary<string, object?> arguments,
        ResultPath path)
    {
        Scope = scope;
        ObjectType = objectType;
        Selection = selection;
        Parent = parent;
        Arguments = arguments;
        Path = path;
    }

    public ExecutionScope Scope { get; }

    public object? Parent { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition Field => Selection.Field;

    public ObjectType ObjectType { get; }

    public FieldSelection Selection { get; }

    public ResultPath Path { get; }

    public IReadOnlyDictionary<string, object?> Variables => Scope.Variables;

    public OperationDefinitionNode Operation => Scope.Operation;

    public DocumentNode Document => Scope.Document;

    public Schema Schema => Scope.Schema;

    public IServiceProvider Services => Scope.Services;

    public CancellationToken RequestAborted => Scope.RequestAborted;

    public IDictionary<string, object?> ContextData => Scope.ContextData;

    public object? Result
    {
        get => _result;
        set
        {
            _result = value;
            IsResultSet = true;
        }
    }

    public bool IsResultSet { get; private set; }

    public T ArgumentValue<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value, name) : default!;
    }

    public IReadOnlyList<FieldSelection> GetSelections(ObjectType objectType) => Selection.GetSubfields(objectType);

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Scope.AddError(ExecutionErrors.Locate(error, Selection, Path));
    }

    public override string ToString() => Path.ToString();
}
