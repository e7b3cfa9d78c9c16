using System.Reflection;
using System.Text;

namespace GraphQL.Types.CodeFirst;

/// <summary>How CLR names become GraphQL names: camelCase fields and arguments, UPPER_SNAKE enum values, type names.</summary>
public static class Naming
{
    /// <summary><c>Name</c> → <c>name</c>, <c>ID</c> → <c>id</c>, <c>HTMLBody</c> → <c>htmlBody</c>.</summary>
    public static string ToCamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // In a run of capitals the last one starts the next word when a lowercase letter follows: HTMLBody → htmlBody.
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>, <c>Step2Done</c> → <c>STEP2_DONE</c>.</summary>
    public static string ToUpperSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A method's field name: the <c>Get</c> prefix and <c>Async</c> suffix removed, then camelCase.</summary>
    public static string FieldName(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var name = method.Name;
        if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        return ToCamelCase(name);
    }

    /// <summary>
    /// A CLR type's GraphQL name: the class name; a generic type's arguments go first (<c>Connection&lt;Playbook&gt;</c> →
    /// <c>PlaybookConnection</c>); an interface loses its <c>I</c> prefix (<c>IPet</c> → <c>Pet</c>).
    /// </summary>
    public static string TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsInterface && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]) && char.IsLower(name[2]))
        {
            name = name[1..];
        }

        if (type.IsGenericType)
        {
            var prefix = new StringBuilder();
            foreach (var argument in type.GetGenericArguments())
            {
                prefix.Append(argument.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? TypeName(argument));
            }

            name = prefix + name;
        }

        return name;
    }

    /// <summary>The CLR type as C# would write it, with its namespace, for error messages: <c>System.Collections.Generic.List&lt;System.String&gt;</c>.</summary>
    internal static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var definition = type.GetGenericTypeDefinition();
        var name = definition.FullName ?? definition.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">";
    }

    /// <summary>A CLR type's short name as C# would write it: <c>List&lt;Playbook&gt;</c>.</summary>
    internal static string ShortDisplay(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return ShortDisplay(underlying) + "?";
        }

        if (type.IsArray)
        {
            return ShortDisplay(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(ShortDisplay)) + ">";
    }
}
