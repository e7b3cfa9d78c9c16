using GraphQL.Data.DataLoader;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Executing selection sets and fields (<see href="https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets">§6.3</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Executing-Fields">§6.4</see>).
/// </summary>
/// <remarks>
/// Every method returns a <see cref="ValueTask{TResult}"/> that never faults: failures are recorded as errors at the field
/// boundary. A resolver that completes synchronously costs no task; an asynchronous one is started and awaited after its
/// siblings have started too, so independent async fields run concurrently without <c>Task.Run</c>.
/// </remarks>
internal sealed partial class ExecutionScope
{
    /// <summary>
    /// <see href="https://spec.graphql.org/September2025/#ExecuteCollectedFields()">ExecuteCollectedFields()</see>, "normally"
    /// (§6.3.1): every field starts before any is awaited. Returns the <see cref="ResultMap"/>, or <see cref="PropagatingNull"/>
    /// when a non-null field failed (the remaining fields then do not start, as in graphql-js).
    /// </summary>
    public ValueTask<object?> ExecuteFields(ObjectType objectType, object? source, FieldSelection[] fields, ResultPath? path)
    {
        if (IsAborted)
        {
            return new ValueTask<object?>(PropagatingNull);
        }

        var map = new ResultMap(fields);
        var values = map.Values;
        PendingValues? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var value = ExecuteField(objectType, source, fields[i], path);
            if (value.IsCompletedSuccessfully)
            {
                var completed = value.Result;
                if (ReferenceEquals(completed, PropagatingNull))
                {
                    return pending is null ? new ValueTask<object?>(PropagatingNull) : DrainThenPropagate(pending);
                }

                values[i] = completed;
            }
            else
            {
                (pending ??= new PendingValues(fields.Length - i)).Add(i, value);
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    /// <summary>ExecuteCollectedFields() "serially" (§6.3.2): a mutation's root fields, each finished before the next starts.</summary>
    public async ValueTask<object?> ExecuteFieldsSerially(ObjectType objectType, object? source, FieldSelection[] fields)
    {
        var map = new ResultMap(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (IsAborted)
            {
                return PropagatingNull;
            }

            var completed = await ExecuteField(objectType, source, fields[i], null).ConfigureAwait(false);
            if (ReferenceEquals(completed, PropagatingNull))
            {
                return PropagatingNull;
            }

            map.Values[i] = completed;
        }

        return map;
    }

    /// <summary>
    /// <see href="https://spec.graphql.org/September2025/#ExecuteField()">ExecuteField()</see>: coerce the arguments, resolve,
    /// complete. A leaf field without resolver or middleware takes a path that allocates neither a context nor a path.
    /// </summary>
    private ValueTask<object?> ExecuteField(ObjectType objectType, object? source, FieldSelection selection, ResultPath? parentPath)
    {
        var kind = selection.ExecutionKind;
        if (kind == FieldExecutionKind.TypeName)
        {
            return new ValueTask<object?>(objectType.Name);
        }

        var arguments = ArgumentCoercion.None;
        if (selection.HasArguments && !TryGetArguments(selection, parentPath, out arguments))
        {
            return new ValueTask<object?>(selection.IsNonNull ? PropagatingNull : null);
        }

        if (kind == FieldExecutionKind.Default && selection.LeafType is { } leaf && !ReferenceEquals(selection, EventField))
        {
            object? resolved;
            try
            {
                resolved = source is null ? null : selection.GetAccessor(source.GetType())(source);
            }
            catch (Exception exception)
            {
                return new ValueTask<object?>(FailField(exception, selection, ResultPath.Create(parentPath, selection.ResponseName)));
            }

            return new ValueTask<object?>(CompleteLeafValue(selection, leaf, selection.IsNonNull, resolved, parentPath, selection.ResponseName, 0));
        }

        var path = ResultPath.Create(parentPath, selection.ResponseName);
        return ResolveField(new ResolverContext(this, objectType, selection, source, arguments, path));
    }

    /// <summary><see href="https://spec.graphql.org/September2025/#ResolveFieldValue()">ResolveFieldValue()</see>, then CompleteValue().</summary>
    private ValueTask<object?> ResolveField(ResolverContext context) =>
        Options.TraceResolvers && Telemetry.GraphQLTelemetry.Source.HasListeners() ? ResolveFieldTraced(context) : ResolveFieldCore(context);

    /// <summary>The field's resolution (and completion of its value) as a <c>graphql.resolve</c> activity.</summary>
    private async ValueTask<object?> ResolveFieldTraced(ResolverContext context)
    {
        using var activity = Telemetry.GraphQLTelemetry.Source.StartActivity("graphql.resolve");
        activity?.SetTag("graphql.field.coordinate", context.Selection.Field.Coordinate);
        activity?.SetTag("graphql.field.path", context.Path.ToString());
        return await ResolveFieldCore(context).ConfigureAwait(false);
    }

    private ValueTask<object?> ResolveFieldCore(ResolverContext context)
    {
        var selection = context.Selection;
        object? resolved;
        try
        {
            if (ReferenceEquals(selection, EventField))
            {
                resolved = context.Parent;
            }
            else
            {
                switch (selection.ExecutionKind)
                {
                    case FieldExecutionKind.Resolver:
                        var value = selection.Resolver!(context);
                        if (!value.IsCompletedSuccessfully)
                        {
                            return AwaitResolver(value, context);
                        }

                        resolved = value.Result;
                        break;
                    case FieldExecutionKind.Pipeline:
                        var step = selection.Pipeline!(context);
                        if (!step.IsCompletedSuccessfully)
                        {
                            return AwaitPipeline(step, context);
                        }

                        resolved = context.Result;
                        break;
                    default:
                        resolved = context.Parent is { } parent ? selection.GetAccessor(parent.GetType())(parent) : null;
                        break;
                }
            }
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(FailField(exception, selection, context.Path));
        }

        return CompleteValue(context, selection.Type, resolved, context.Path);
    }

    private async ValueTask<object?> AwaitResolver(ValueTask<object?> value, ResolverContext context)
    {
        object? resolved;
        try
        {
            resolved = await value.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return FailField(exception, context.Selection, context.Path);
        }

        return await CompleteAfterAwait(context, resolved).ConfigureAwait(false);
    }

    private async ValueTask<object?> AwaitPipeline(ValueTask step, ResolverContext context)
    {
        try
        {
            await step.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return FailField(exception, context.Selection, context.Path);
        }

        return await CompleteAfterAwait(context, context.Result).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes a value that arrived after an await: the sub-fields it starts (every item of a list, say) queue their data
    /// loader keys as one round, dispatched only once they have all started (see <see cref="DataLoaderScheduler"/>).
    /// </summary>
    private ValueTask<object?> CompleteAfterAwait(ResolverContext context, object? resolved)
    {
        var loaders = DataLoaders;
        loaders.BeginStarting();
        try
        {
            return CompleteValue(context, context.Selection.Type, resolved, context.Path);
        }
        finally
        {
            loaders.EndStarting();
        }
    }

    private bool TryGetArguments(FieldSelection selection, ResultPath? parentPath, out IReadOnlyDictionary<string, object?> arguments)
    {
        if (selection.ConstantArguments is { } constant)
        {
            arguments = constant;
            return true;
        }

        var error = selection.ConstantArgumentsError;
        if (error is null && ArgumentCoercion.TryCoerce(selection.Field.Arguments, selection.Node.Arguments, selection.Node, Variables, out arguments, out error))
        {
            return true;
        }

        AddError(error!.WithPath(ResultPath.Create(parentPath, selection.ResponseName).ToList()));
        arguments = ArgumentCoercion.None;
        return false;
    }

    /// <summary>Records a field's failure; the field is null, or the null propagates when its type is non-null (§6.4.4).</summary>
    private object? FailField(object failure, FieldSelection selection, ResultPath path)
    {
        RecordFailure(failure, selection, path);
        return selection.IsNonNull ? PropagatingNull : null;
    }

    private void RecordFailure(object failure, FieldSelection selection, ResultPath path)
    {
        var errors = new List<GraphQLError>(1);
        ReportFailure(failure, selection, path, errors);
        AddErrors(errors);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, PendingValues pending)
    {
        var propagate = false;
        var values = map.Values;
        for (var i = 0; i < pending.Count; i++)
        {
            var completed = await pending.TaskAt(i).ConfigureAwait(false);
            if (ReferenceEquals(completed, PropagatingNull))
            {
                propagate = true;
            }
            else
            {
                values[pending.IndexAt(i)] = completed;
            }
        }

        return propagate ? PropagatingNull : map;
    }

    /// <summary>Waits for the started siblings of a failed non-null field, so nothing runs after the response is built.</summary>
    private static async ValueTask<object?> DrainThenPropagate(PendingValues pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            await pending.TaskAt(i).ConfigureAwait(false);
        }

        return PropagatingNull;
    }
}
