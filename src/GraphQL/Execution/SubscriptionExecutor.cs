using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The execute stage for subscriptions (<see href="https://spec.graphql.org/September2025/#sec-Subscription">§6.2.3</see>):
/// CreateSourceEventStream() from the root field, then a <see cref="SubscriptionResult"/> that runs the operation per event.
/// </summary>
/// <remarks>
/// The root field's source stream comes from its <see cref="FieldDefinitionExtensions.Subscribe"/> resolver when it has one
/// (the field's pipeline then resolves each event, with the event as parent); otherwise from its pipeline, and each event
/// is the field's value.
/// </remarks>
internal static class SubscriptionExecutor
{
    public static async ValueTask<IExecutionResult> SubscribeAsync(ExecutionScope scope)
    {
        var plan = scope.Plan;
        if (plan.RootFields.Length == 0)
        {
            return ExecutionResult.FromData(null);
        }

        var field = plan.RootFields[0];
        var path = ResultPath.Root(field.ResponseName);
        IReadOnlyDictionary<string, object?> arguments = ArgumentCoercion.None;
        if (field.HasArguments)
        {
            if (field.ConstantArguments is { } constant)
            {
                arguments = constant;
            }
            else if (field.ConstantArgumentsError is { } constantError)
            {
                return ExecutionResult.FromError(constantError.WithPath(path.ToList()));
            }
            else if (!ArgumentCoercion.TryCoerce(field.Field.Arguments, field.Node.Arguments, field.Node, scope.Variables, out arguments, out var error))
            {
                return ExecutionResult.FromError(error!.WithPath(path.ToList()));
            }
        }

        var context = new ResolverContext(scope, plan.RootType, field, scope.RootValue, arguments, path);
        object? source;
        try
        {
            source = await CreateSourceEventStream(field, context).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            source = exception;
        }

        if (scope.IsAborted)
        {
            return ExecutionResult.FromError(scope.AbortError());
        }

        if (source is Exception or GraphQLError)
        {
            var errors = new List<GraphQLError>();
            scope.ReportFailure(source, field, path, errors);
            return ExecutionResult.FromErrors(errors);
        }

        if (source is null || !AsyncEnumerables.TryAdapt(source, out var stream))
        {
            return ExecutionResult.FromError(ExecutionErrors.NotAStream(source, field, path));
        }

        var contextData = scope.ContextData;
        var eventField = field.SubscribeResolver is null ? field : null;
        return new SubscriptionResult(
            stream,
            (value, cancellationToken) => OperationExecutor.ExecuteAsync(new ExecutionScope(
                scope.Schema, scope.Options, plan, scope.Variables, scope.Request, value, cancellationToken, contextData)
            {
                EventField = eventField,
            }),
            exception => StreamFailed(exception, field, path, scope),
            scope.Request.CancellationToken);
    }

    private static async ValueTask<object?> CreateSourceEventStream(FieldSelection field, ResolverContext context)
    {
        if (field.SubscribeResolver is { } subscribe)
        {
            return await subscribe(context).ConfigureAwait(false);
        }

        switch (field.ExecutionKind)
        {
            case FieldExecutionKind.Resolver:
                return await field.Resolver!(context).ConfigureAwait(false);
            case FieldExecutionKind.Pipeline:
                await field.Pipeline!(context).ConfigureAwait(false);
                return context.Result;
            default:
                return DefaultFieldResolver.Resolve(context.Parent, field.Field.Name);
        }
    }

    private static ExecutionResult StreamFailed(Exception exception, FieldSelection field, ResultPath path, ExecutionScope scope)
    {
        var errors = new List<GraphQLError>();
        scope.ReportFailure(exception, field, path, errors);
        return ExecutionResult.FromErrors(errors);
    }
}
