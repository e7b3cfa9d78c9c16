using System.Globalization;

namespace GraphQL.Execution;

/// <summary>Converts a coerced argument value to the CLR type a resolver asks for.</summary>
internal static class ArgumentConverter
{
    public static T Convert<T>(object? value, string name)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            if (target.IsEnum)
            {
                return value is string text
                    ? (T)Enum.Parse(target, text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true)
                    : (T)Enum.ToObject(target, value);
            }

            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            {
                return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidCastException($"The argument \"{name}\" ({value.GetType().Name}) cannot be converted to {typeof(T).Name}.", exception);
        }

        throw new InvalidCastException($"The argument \"{name}\" ({value.GetType().Name}) cannot be converted to {typeof(T).Name}.");
    }
}
