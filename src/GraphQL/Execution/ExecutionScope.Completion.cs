using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// <see href="https://spec.graphql.org/September2025/#CompleteValue()">CompleteValue()</see> (§6.4.3) for every kind of type,
/// with null propagation (§6.4.4).
/// </summary>
internal sealed partial class ExecutionScope
{
    /// <summary>
    /// Completes <paramref name="result"/> as a value of <paramref name="type"/> at <paramref name="path"/>. Returns the
    /// completed value, <c>null</c> where a nullable position failed, or <see cref="PropagatingNull"/> where a non-null one did.
    /// </summary>
    private ValueTask<object?> CompleteValue(ResolverContext context, IType type, object? result, ResultPath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteNullable(context, nonNull.OfType, result, path);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(EnsureNonNull(inner.Result, context.Selection, path))
                : AwaitNonNull(inner, context.Selection, path);
        }

        var value = CompleteNullable(context, type, result, path);
        if (value.IsCompletedSuccessfully)
        {
            var completed = value.Result;
            return new ValueTask<object?>(ReferenceEquals(completed, PropagatingNull) ? null : completed);
        }

        return AwaitNullable(value);
    }

    /// <summary>CompleteValue() for a nullable type; <see cref="PropagatingNull"/> means an error was recorded below.</summary>
    private ValueTask<object?> CompleteNullable(ResolverContext context, IType type, object? result, ResultPath path)
    {
        if (result is null)
        {
            return default;
        }

        if (result is Exception or GraphQLError)
        {
            RecordFailure(result, context.Selection, path);
            return new ValueTask<object?>(PropagatingNull);
        }

        switch (type)
        {
            case ILeafType leaf:
                return new ValueTask<object?>(SerializeLeaf(leaf, result, context.Selection, path));
            case ObjectType objectType:
                return CompleteObject(context, objectType, result, path);
            case ListType list:
                return CompleteList(context, list, result, path);
            case IAbstractType abstractType:
                return CompleteAbstract(context, abstractType, result, path);
            default:
                throw new InvalidOperationException($"Type {type} cannot be the type of a field.");
        }
    }

    private object? EnsureNonNull(object? completed, FieldSelection selection, ResultPath path)
    {
        if (completed is null)
        {
            AddError(ExecutionErrors.NonNullViolation(selection, path));
            return PropagatingNull;
        }

        return completed;
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldSelection selection, ResultPath path) =>
        EnsureNonNull(await inner.ConfigureAwait(false), selection, path);

    private static async ValueTask<object?> AwaitNullable(ValueTask<object?> value)
    {
        var completed = await value.ConfigureAwait(false);
        return ReferenceEquals(completed, PropagatingNull) ? null : completed;
    }

    /// <summary>
    /// A leaf value where no context or path exists yet (a default-resolved leaf field, or a list item): the path is built
    /// only for an error, at <paramref name="key"/> under <paramref name="parent"/>, or at <paramref name="index"/> when the
    /// key is <c>null</c>.
    /// </summary>
    private object? CompleteLeafValue(FieldSelection selection, ILeafType leaf, bool nonNull, object? value, ResultPath? parent, string? key, int index)
    {
        if (value is null)
        {
            if (!nonNull)
            {
                return null;
            }

            AddError(ExecutionErrors.NonNullViolation(selection, PathAt(parent, key, index)));
            return PropagatingNull;
        }

        if (value is Exception or GraphQLError)
        {
            RecordFailure(value, selection, PathAt(parent, key, index));
            return nonNull ? PropagatingNull : null;
        }

        try
        {
            return leaf.CoerceOutputValue(value);
        }
        catch (Exception exception)
        {
            RecordSerializationFailure(exception, selection, PathAt(parent, key, index));
            return nonNull ? PropagatingNull : null;
        }
    }

    /// <summary>§3.5 Result Coercion: a failure is a field error with the scalar's message.</summary>
    private object SerializeLeaf(ILeafType leaf, object value, FieldSelection selection, ResultPath path)
    {
        try
        {
            return leaf.CoerceOutputValue(value);
        }
        catch (Exception exception)
        {
            RecordSerializationFailure(exception, selection, path);
            return PropagatingNull;
        }
    }

    private void RecordSerializationFailure(Exception exception, FieldSelection selection, ResultPath path) =>
        AddError(exception is GraphQLCoercionException
            ? ExecutionErrors.LeafNotSerializable(exception.Message, selection, path)
            : FilterError(ExecutionErrors.FromException(exception, selection, path, Options.IncludeExceptionDetails), exception));

    private static ResultPath PathAt(ResultPath? parent, string? key, int index) =>
        key is null ? parent!.Append(index) : ResultPath.Create(parent, key);

    /// <summary>
    /// <see href="https://spec.graphql.org/September2025/#CompleteValue()">CompleteValue()</see> for an object type: its
    /// <c>IsTypeOf</c> check, then the sub-selection (CollectSubfields, cached in the plan) on the value.
    /// </summary>
    private ValueTask<object?> CompleteObject(ResolverContext context, ObjectType objectType, object value, ResultPath path)
    {
        if (objectType.HasFeatures && objectType.GetIsTypeOf() is { } isTypeOf)
        {
            try
            {
                if (!isTypeOf(value, context))
                {
                    AddError(ExecutionErrors.NotOfType(objectType, value, context.Selection, path));
                    return new ValueTask<object?>(PropagatingNull);
                }
            }
            catch (Exception exception)
            {
                RecordFailure(exception, context.Selection, path);
                return new ValueTask<object?>(PropagatingNull);
            }
        }

        return ExecuteFields(objectType, value, context.Selection.GetSubfields(objectType), path);
    }

    /// <summary>§6.4.3 for an interface or union: ResolveAbstractType(), then the object type's completion.</summary>
    private ValueTask<object?> CompleteAbstract(ResolverContext context, IAbstractType abstractType, object value, ResultPath path)
    {
        ObjectType? runtimeType;
        string? unknownTypeName;
        try
        {
            runtimeType = AbstractTypeResolution.Resolve(Schema, abstractType, value, context, out unknownTypeName);
        }
        catch (Exception exception)
        {
            RecordFailure(exception, context.Selection, path);
            return new ValueTask<object?>(PropagatingNull);
        }

        if (runtimeType is null)
        {
            AddError(unknownTypeName is null
                ? ExecutionErrors.AbstractTypeNotResolved(abstractType, context.Selection, path)
                : ExecutionErrors.UnknownRuntimeType(abstractType, unknownTypeName, context.Selection, path));
            return new ValueTask<object?>(PropagatingNull);
        }

        if (!Schema.IsPossibleType(abstractType, runtimeType))
        {
            AddError(ExecutionErrors.NotPossibleType(abstractType, runtimeType, context.Selection, path));
            return new ValueTask<object?>(PropagatingNull);
        }

        return CompleteObject(context, runtimeType, value, path);
    }

    /// <summary>
    /// §6.4.3 for a list type (§3.11 Result Coercion): any <see cref="IEnumerable"/> but a string, or an
    /// <see cref="IAsyncEnumerable{T}"/>; items complete in order, async ones concurrently.
    /// </summary>
    private ValueTask<object?> CompleteList(ResolverContext context, ListType listType, object result, ResultPath path)
    {
        var itemType = listType.OfType;
        if (result is string or not IEnumerable)
        {
            if (AsyncEnumerables.TryAdapt(result, out var stream))
            {
                return CompleteAsyncList(context, itemType, stream, path);
            }

            AddError(ExecutionErrors.NotIterable(context.Selection, path));
            return new ValueTask<object?>(PropagatingNull);
        }

        var items = new ListCompletion(itemType);
        PendingValues? pending = null;
        try
        {
            if (result is IList indexed)
            {
                var count = indexed.Count;
                items.List = new ResultList(count);
                for (var i = 0; i < count; i++)
                {
                    if (!CompleteItem(context, ref items, indexed[i], path, ref pending))
                    {
                        return pending is null ? new ValueTask<object?>(PropagatingNull) : DrainThenPropagate(pending);
                    }
                }
            }
            else
            {
                items.List = new ResultList(result is ICollection collection ? collection.Count : 4);
                foreach (var item in (IEnumerable)result)
                {
                    if (!CompleteItem(context, ref items, item, path, ref pending))
                    {
                        return pending is null ? new ValueTask<object?>(PropagatingNull) : DrainThenPropagate(pending);
                    }
                }
            }
        }
        catch (Exception exception)
        {
            // The sequence itself failed (a lazy query, an iterator): the list's position fails.
            RecordFailure(exception, context.Selection, path);
            return pending is null ? new ValueTask<object?>(PropagatingNull) : DrainThenPropagate(pending);
        }

        return pending is null ? new ValueTask<object?>(items.List) : AwaitItems(items.List, pending);
    }

    private async ValueTask<object?> CompleteAsyncList(ResolverContext context, IType itemType, IAsyncEnumerable<object?> stream, ResultPath path)
    {
        var items = new ListCompletion(itemType) { List = new ResultList(4) };
        var pending = new PendingValues(4);
        try
        {
            await foreach (var item in stream.WithCancellation(RequestAborted).ConfigureAwait(false))
            {
                PendingValues? started = pending;
                if (!CompleteItem(context, ref items, item, path, ref started))
                {
                    return await DrainThenPropagate(pending).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception)
        {
            RecordFailure(exception, context.Selection, path);
            return await DrainThenPropagate(pending).ConfigureAwait(false);
        }

        return await AwaitItems(items.List, pending).ConfigureAwait(false);
    }

    /// <summary>Completes one item into the list; returns false when a non-null item failed (the list then propagates).</summary>
    private bool CompleteItem(ResolverContext context, ref ListCompletion items, object? item, ResultPath path, ref PendingValues? pending)
    {
        var list = items.List;
        var index = list.Count;
        if (items.Leaf is { } leaf)
        {
            var serialized = CompleteLeafValue(context.Selection, leaf, items.ItemNonNull, item, path, null, index);
            if (ReferenceEquals(serialized, PropagatingNull))
            {
                return false;
            }

            list.Add(serialized);
            return true;
        }

        var completion = CompleteValue(context, items.ItemType, item, path.Append(index));
        if (completion.IsCompletedSuccessfully)
        {
            var completed = completion.Result;
            if (ReferenceEquals(completed, PropagatingNull))
            {
                return false;
            }

            list.Add(completed);
            return true;
        }

        list.Add(null);
        (pending ??= new PendingValues(4)).Add(index, completion);
        return true;
    }

    private static async ValueTask<object?> AwaitItems(ResultList list, PendingValues pending)
    {
        var propagate = false;
        for (var i = 0; i < pending.Count; i++)
        {
            var completed = await pending.TaskAt(i).ConfigureAwait(false);
            if (ReferenceEquals(completed, PropagatingNull))
            {
                propagate = true;
            }
            else
            {
                list.Set(pending.IndexAt(i), completed);
            }
        }

        return propagate ? PropagatingNull : list;
    }

    /// <summary>What every item of one list shares.</summary>
    private struct ListCompletion(IType itemType)
    {
        public readonly IType ItemType = itemType;
        public readonly ILeafType? Leaf = itemType.NullableType() as ILeafType;
        public readonly bool ItemNonNull = itemType is NonNullType;
        public ResultList List = null!;
    }
}
