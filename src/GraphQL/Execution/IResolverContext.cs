using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it resolves
/// (<see href="https://spec.graphql.org/September2025/#sec-Value-Resolution">§6.4.2 Value Resolution</see>).
/// </summary>
/// <remarks>
/// Valid only until the resolver's task completes: do not keep it. Members are safe to read from any thread; sibling
/// fields may resolve concurrently.
/// </remarks>
public interface IResolverContext
{
    /// <summary>
    /// The value of the parent object (<c>objectValue</c>): the result of the parent field's resolver, or the root value.
    /// <see cref="ResolverContextExtensions.Parent{T}"/> casts it.
    /// </summary>
    object? Parent { get; }

    /// <summary>
    /// The field's arguments, coerced per <see href="https://spec.graphql.org/September2025/#CoerceArgumentValues()">CoerceArgumentValues()</see>:
    /// internal values, defaults applied; an argument that was not given and has no default is absent.
    /// </summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The object type the field is resolved on (a concrete type even when the field was selected through an interface).</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field as selected: its response key and every field node merged under it.</summary>
    FieldSelection Selection { get; }

    /// <summary>The response path of this field.</summary>
    ResultPath Path { get; }

    /// <summary>The operation's coerced variable values (§6.1.2).</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The document holding the operation and its fragments.</summary>
    DocumentNode Document { get; }

    Schema Schema { get; }

    /// <summary>The request's services; an empty provider when the request has none.</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the request is cancelled or exceeds <see cref="ExecutionOptions.Timeout"/>.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>
    /// Data shared by every resolver of the request (seeded from <see cref="GraphQLRequest.ContextData"/>); thread-safe.
    /// </summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>
    /// The argument <paramref name="name"/> converted to <typeparamref name="T"/>; <c>default</c> when it is absent or null.
    /// </summary>
    /// <exception cref="InvalidCastException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    T ArgumentValue<T>(string name);

    /// <summary>
    /// The fields selected below this field when its value is of <paramref name="objectType"/>
    /// (<see href="https://spec.graphql.org/September2025/#CollectSubfields()">CollectSubfields()</see>), in order, with
    /// <c>@skip</c>/<c>@include</c> applied; empty for a leaf field. Projections walk these.
    /// </summary>
    IReadOnlyList<FieldSelection> GetSelections(ObjectType objectType);

    /// <summary>
    /// Adds a non-fatal error to the response; the field keeps its value. The error gets this field's path and locations
    /// when it has none.
    /// </summary>
    void ReportError(GraphQLError error);
}
