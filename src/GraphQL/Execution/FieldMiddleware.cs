namespace GraphQL.Execution;

/// <summary>
/// Wraps the rest of a field's pipeline (<paramref name="next"/>) in one more step. Called once, when the pipeline is
/// composed; the returned delegate runs for every resolution of the field. See <c>README.md</c> for the order.
/// </summary>
/// <example>
/// <code>
/// field.Use(next => async context =>
/// {
///     await next(context);
///     context.Result = ((string?)context.Result)?.ToUpperInvariant();
/// });
/// </code>
/// </example>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
