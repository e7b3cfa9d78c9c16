using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GraphQL.Execution;

/// <summary>
/// Views any <see cref="IAsyncEnumerable{T}"/> as a sequence of <c>object?</c>: directly for reference types (the interface
/// is covariant), through an adapter built once per item type for value types.
/// </summary>
internal static class AsyncEnumerables
{
    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> Adapters = new();
    private static readonly MethodInfo BoxMethod = typeof(AsyncEnumerables).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool TryAdapt(object value, [NotNullWhen(true)] out IAsyncEnumerable<object?>? stream)
    {
        if (value is IAsyncEnumerable<object?> objects)
        {
            stream = objects;
            return true;
        }

        var adapter = Adapters.GetOrAdd(value.GetType(), CreateAdapter);
        stream = adapter?.Invoke(value);
        return stream is not null;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                return BoxMethod.MakeGenericMethod(implemented.GetGenericArguments()[0]).CreateDelegate<Func<object, IAsyncEnumerable<object?>>>();
            }
        }

        return null;
    }

    private static IAsyncEnumerable<object?> Box<T>(object source) => BoxItems((IAsyncEnumerable<T>)source, default);

    private static async IAsyncEnumerable<object?> BoxItems<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
