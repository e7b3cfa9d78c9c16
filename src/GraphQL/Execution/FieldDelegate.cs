namespace GraphQL.Execution;

/// <summary>
/// One step of a field's middleware pipeline: it may act before and after calling the next step, and reads or replaces
/// <see cref="IMiddlewareContext.Result"/>. The innermost step runs the field's resolver.
/// </summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);
