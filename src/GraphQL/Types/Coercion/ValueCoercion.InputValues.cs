using System.Collections;

namespace GraphQL.Types;

/// <summary>Coercion of external input values (§3.10–§3.12 "Input Coercion", as used by §6.1.2).</summary>
public static partial class ValueCoercion
{
    private static object? CoerceValue(object? value, IInputType type, ref CoercionContext context)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                // graphql-js's coerceInputValue message (the top-level null of a variable is reported by VariableCoercion).
                context.AddError($"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return CoerceValue(value, (IInputType)nonNull.OfType, ref context);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, (IInputType)list.OfType, ref context);
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, ref context);
            case ILeafType leaf:
                try
                {
                    return leaf.CoerceInputValue(value);
                }
                catch (GraphQLCoercionException exception)
                {
                    context.AddError(exception.Message);
                    return null;
                }

            default:
                context.AddError($"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    /// <summary>§3.11: a list coerces item by item; any other value becomes a list of one.</summary>
    private static object?[] CoerceList(object value, IInputType itemType, ref CoercionContext context)
    {
        if (!IsList(value))
        {
            return [CoerceValue(value, itemType, ref context)];
        }

        if (value is IReadOnlyList<object?> items)
        {
            var result = new object?[items.Count];
            for (var i = 0; i < result.Length; i++)
            {
                context.Push(i);
                result[i] = CoerceValue(items[i], itemType, ref context);
                context.Pop();
            }

            return result;
        }

        var coerced = new List<object?>();
        var index = 0;
        foreach (var item in (IEnumerable)value)
        {
            context.Push(index++);
            coerced.Add(CoerceValue(item, itemType, ref context));
            context.Pop();
        }

        return [.. coerced];
    }

    /// <summary>§3.10: known fields only, required fields present, defaults for absent ones, and the OneOf rule.</summary>
    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType type, ref CoercionContext context)
    {
        var entries = AsObject(value);
        if (entries is null)
        {
            context.AddError($"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        var known = 0;
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                AddDefaultOrReportMissing(field, result, ref context, null);
                continue;
            }

            known++;
            context.Push(field.Name);
            result[field.Name] = CoerceValue(fieldValue, field.Type, ref context);
            context.Pop();
        }

        if (known != entries.Count)
        {
            foreach (var entry in entries)
            {
                if (!type.Fields.Contains(entry.Key))
                {
                    context.AddError($"Field \"{entry.Key}\" is not defined by type \"{type.Name}\".");
                }
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(type, entries, ref context);
        }

        return result;
    }

    private static void CheckOneOf(InputObjectType type, IReadOnlyDictionary<string, object?> entries, ref CoercionContext context)
    {
        if (entries.Count != 1)
        {
            context.AddError($"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Value is null)
            {
                context.Push(entry.Key);
                context.AddError($"Field \"{entry.Key}\" must be non-null.");
                context.Pop();
            }
        }
    }

    private static void AddDefaultOrReportMissing(InputValueDefinition field, Dictionary<string, object?> result, ref CoercionContext context, Language.Ast.ValueNode? node)
    {
        if (field.HasDefaultValue)
        {
            result[field.Name] = field.DefaultValue;
        }
        else if (field.Type is NonNullType)
        {
            context.AddError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        }
    }

    private static string OneOfKeyCountMessage(InputObjectType type) => $"OneOf Input Object \"{type.Name}\" must specify exactly one key.";

    private static string OneOfNullMessage(InputObjectType type, string fieldName) => $"Field \"{type.Name}.{fieldName}\" must be non-null.";

    private static bool IsList(object value) =>
        value is IEnumerable and not string and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?> and not IDictionary;

    private static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly,
        IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary, StringComparer.Ordinal),
        _ => null,
    };
}
