using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Converts coerced argument values (internal values: <c>int</c>, <see cref="Guid"/>, CLR enum members, <c>object?[]</c>
/// lists, dictionaries for input objects) to the CLR types resolver parameters ask for. Called from compiled converters;
/// every decision that depends only on the types was made when they were compiled.
/// </summary>
internal static class InputConversions
{
    /// <summary>A scalar value as <typeparamref name="T"/>: itself when it already is one, else converted.</summary>
    public static T Scalar<T>(object? value, string name)
    {
        if (value is T typed)
        {
            return typed;
        }

        return value is null ? default! : ConvertScalar<T>(value, name);
    }

    /// <summary>An enum value: the CLR member (code-first enums), or its GraphQL name (enums declared in SDL).</summary>
    public static TEnum Enum<TEnum>(object? value, FrozenDictionary<string, TEnum> byName, string name)
        where TEnum : struct, Enum
    {
        switch (value)
        {
            case TEnum member:
                return member;
            case null:
                return default;
            case string text when byName.TryGetValue(text, out var named):
                return named;
            default:
                throw CannotConvert(value, typeof(TEnum), name);
        }
    }

    public static T[]? ToArray<T>(object? value, Func<object?, T> item)
    {
        switch (value)
        {
            case null:
                return null;
            case T[] typed:
                return typed;
            case object?[] values:
                var result = new T[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    result[i] = item(values[i]);
                }

                return result;
            default:
                return [.. Enumerate(value, item)];
        }
    }

    public static List<T>? ToList<T>(object? value, Func<object?, T> item)
    {
        switch (value)
        {
            case null:
                return null;
            case List<T> typed:
                return typed;
            case object?[] values:
                var result = new List<T>(values.Length);
                foreach (var element in values)
                {
                    result.Add(item(element));
                }

                return result;
            default:
                return [.. Enumerate(value, item)];
        }
    }

    public static HashSet<T>? ToHashSet<T>(object? value, Func<object?, T> item) =>
        value switch
        {
            null => null,
            HashSet<T> typed => typed,
            _ => [.. Enumerate(value, item)],
        };

    /// <summary>The input object's coerced fields; a value that is not a dictionary cannot become an input class.</summary>
    public static IReadOnlyDictionary<string, object?> Fields(object value, Type target, string name) =>
        value as IReadOnlyDictionary<string, object?> ?? throw CannotConvert(value, target, name);

    internal static InvalidCastException CannotConvert(object value, Type target, string name) =>
        new($"The value of \"{name}\" ({value.GetType().Name}) cannot be converted to {Naming.ShortDisplay(target)}.");

    private static IEnumerable<T> Enumerate<T>(object value, Func<object?, T> item)
    {
        if (value is string or not IEnumerable)
        {
            // §3.11 Input Coercion: a single value is a list of one.
            yield return item(value);
            yield break;
        }

        foreach (var element in (IEnumerable)value)
        {
            yield return item(element);
        }
    }

    private static T ConvertScalar<T>(object value, string name)
    {
        try
        {
            // Checks on typeof(T) fold away when the JIT specializes for a value type.
            if (typeof(T) == typeof(Guid) && value is string guid)
            {
                return (T)(object)Guid.Parse(guid, CultureInfo.InvariantCulture);
            }

            if (typeof(T) == typeof(DateTime) && value is DateTimeOffset instant)
            {
                return (T)(object)instant.UtcDateTime;
            }

            if (typeof(T) == typeof(DateTimeOffset) && value is DateTime dateTime)
            {
                return (T)(object)new DateTimeOffset(dateTime);
            }

            if (typeof(T) == typeof(DateOnly) && value is DateTimeOffset date)
            {
                return (T)(object)DateOnly.FromDateTime(date.DateTime);
            }

            if (typeof(T) == typeof(JsonElement))
            {
                return (T)(object)JsonSerializer.SerializeToElement(value);
            }

            if (typeof(T) == typeof(JsonDocument))
            {
                return (T)(object)JsonSerializer.SerializeToDocument(value);
            }

            if (typeof(T) == typeof(string))
            {
                return (T)(object)(System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            }

            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(typeof(T)))
            {
                return (T)System.Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
            }
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException or NotSupportedException)
        {
            throw new InvalidCastException(CannotConvert(value, typeof(T), name).Message, exception);
        }

        throw CannotConvert(value, typeof(T), name);
    }
}
