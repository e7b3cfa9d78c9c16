namespace GraphQL.Execution;

/// <summary>
/// Produces the value of a field (<see href="https://spec.graphql.org/September2025/#ResolveFieldValue()">ResolveFieldValue()</see>):
/// the innermost step of the field's middleware pipeline. Attach one with
/// <see cref="FieldDefinitionExtensions.Resolve(Types.FieldDefinition, FieldResolver)"/>.
/// </summary>
/// <remarks>
/// A synchronous resolver returns <c>new ValueTask&lt;object?&gt;(value)</c>, which allocates nothing. Throwing makes a field
/// error: a <see cref="GraphQLException"/> keeps its errors' messages and codes, any other exception is masked
/// (see <see cref="ExecutionOptions.IncludeExceptionDetails"/>).
/// </remarks>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
