using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The resolver context a convention mutation's method sees: the field's, except that its arguments are the fields of
/// the <c>input</c> argument, so the method's parameters bind as they would to plain arguments.
/// </summary>
internal sealed class InputResolverContext(IResolverContext inner, IReadOnlyDictionary<string, object?> input) : IResolverContext
{
    public object? Parent => inner.Parent;

    public IReadOnlyDictionary<string, object?> Arguments => input;

    public FieldDefinition Field => inner.Field;

    public ObjectType ObjectType => inner.ObjectType;

    public FieldSelection Selection => inner.Selection;

    public ResultPath Path => inner.Path;

    public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

    public OperationDefinitionNode Operation => inner.Operation;

    public DocumentNode Document => inner.Document;

    public Schema Schema => inner.Schema;

    public IServiceProvider Services => inner.Services;

    public CancellationToken RequestAborted => inner.RequestAborted;

    public IDictionary<string, object?> ContextData => inner.ContextData;

    public T ArgumentValue<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return input.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value, name) : default!;
    }

    public IReadOnlyList<FieldSelection> GetSelections(ObjectType objectType) => inner.GetSelections(objectType);

    public void ReportError(GraphQLError error) => inner.ReportError(error);
}
