using System.Collections;
using System.Text.Json;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Turns what a compiled resolver's method returned into the <see cref="ValueTask{TResult}"/> of <c>object?</c> a
/// <see cref="Execution.FieldResolver"/> returns: a completed task costs no allocation beyond boxing a value type, an
/// incomplete one one state machine.
/// </summary>
internal static class ResolverResults
{
    public static ValueTask<object?> FromTask<T>(Task<T>? task)
    {
        if (task is null)
        {
            return default;
        }

        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
    }

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    /// <summary>Applies <paramref name="map"/> to the value once it is there.</summary>
    public static ValueTask<object?> Map(ValueTask<object?> value, Func<object?, object?> map) =>
        value.IsCompletedSuccessfully ? new ValueTask<object?>(map(value.Result)) : AwaitAndMap(value, map);

    /// <summary>
    /// The <c>JSON</c> scalar reads <see cref="JsonElement"/>s: a <see cref="JsonDocument"/> (also inside lists) is given as
    /// its root element.
    /// </summary>
    public static object? JsonDocumentToElement(object? value) => value switch
    {
        null => null,
        JsonDocument document => document.RootElement,
        IEnumerable items and not string => MapItems(items),
        _ => value,
    };

    private static List<object?> MapItems(IEnumerable items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            result.Add(JsonDocumentToElement(item));
        }

        return result;
    }

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitAndMap(ValueTask<object?> value, Func<object?, object?> map) =>
        map(await value.ConfigureAwait(false));
}
