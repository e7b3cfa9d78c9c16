using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Coercion of literals (§3.10–§3.12 "Input Coercion" of literal values, as used by §6.4.1 Coercing Field Arguments).
/// Messages follow graphql-js's ValuesOfCorrectType rule, so validation and execution word failures alike.
/// </summary>
public static partial class ValueCoercion
{
    /// <summary>Returned for a variable that has no value, so the caller can treat it as absent.</summary>
    private static readonly object Undefined = new();

    /// <param name="literal">The literal.</param>
    /// <param name="type">The type to coerce to.</param>
    /// <param name="locationType">The type as declared where the literal stands (with its <c>!</c>), for messages.</param>
    /// <param name="context">Path, errors and variables.</param>
    private static object? CoerceLiteral(ValueNode literal, IInputType type, IInputType locationType, ref CoercionContext context)
    {
        if (literal is VariableNode variable)
        {
            return CoerceVariable(variable, type, ref context);
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                context.AddError($"Expected value of type \"{locationType}\", found null.", literal);
                return null;
            }

            return CoerceLiteral(literal, (IInputType)nonNull.OfType, locationType, ref context);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceListLiteral(literal, (IInputType)list.OfType, ref context);
            case InputObjectType inputObject:
                return CoerceObjectLiteral(literal, inputObject, locationType, ref context);
            case ILeafType leaf:
                try
                {
                    return leaf.CoerceInputLiteral(literal, context.Variables);
                }
                catch (GraphQLCoercionException exception)
                {
                    context.AddError($"Expected value of type \"{locationType}\", found {Printer.Print(literal)}; {exception.Message}", literal);
                    return null;
                }

            default:
                context.AddError($"Type \"{type}\" is not an input type.", literal);
                return null;
        }
    }

    /// <summary>
    /// A variable's value was coerced to the variable's own type (§6.1.2); validation (§5.8 "All Variable Usages Are Allowed")
    /// ensures that type fits here. Only a null for a non-null position is checked again, since a variable with a
    /// default value may be used where a non-null type is expected.
    /// </summary>
    private static object? CoerceVariable(VariableNode variable, IInputType type, ref CoercionContext context)
    {
        if (context.Variables is null || !context.Variables.TryGetValue(variable.Name.Value, out var value))
        {
            return Undefined;
        }

        if (value is null && type is NonNullType)
        {
            context.AddError($"Variable \"${variable.Name.Value}\" of non-null type \"{type}\" must not be null.", variable);
        }

        return value;
    }

    private static object?[] CoerceListLiteral(ValueNode literal, IInputType itemType, ref CoercionContext context)
    {
        if (literal is not ListValueNode list)
        {
            var single = CoerceLiteral(literal, itemType, itemType, ref context);
            return [ReferenceEquals(single, Undefined) ? null : single];
        }

        var result = new object?[list.Values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            context.Push(i);
            var item = CoerceLiteral(list.Values[i], itemType, itemType, ref context);
            if (ReferenceEquals(item, Undefined))
            {
                // §3.11: a list item that is a variable without a value is null.
                item = null;
                if (itemType is NonNullType)
                {
                    context.AddError($"Expected value of type \"{itemType}\", found null.", list.Values[i]);
                }
            }

            result[i] = item;
            context.Pop();
        }

        return result;
    }

    private static Dictionary<string, object?>? CoerceObjectLiteral(ValueNode literal, InputObjectType type, IInputType locationType, ref CoercionContext context)
    {
        if (literal is not ObjectValueNode objectValue)
        {
            context.AddError($"Expected value of type \"{locationType}\", found {Printer.Print(literal)}.", literal);
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        var given = 0;
        ObjectFieldNode? onlyGiven = null;
        foreach (var fieldNode in objectValue.Fields)
        {
            var name = fieldNode.Name.Value;
            if (!type.Fields.TryGetValue(name, out var field))
            {
                context.AddError($"Field \"{name}\" is not defined by type \"{type.Name}\".", fieldNode.Value);
                given++;
                continue;
            }

            if (result.ContainsKey(name))
            {
                // Duplicate fields are reported by validation (§5.6 "Input Object Field Uniqueness"); the first wins.
                continue;
            }

            context.Push(name);
            var value = CoerceLiteral(fieldNode.Value, field.Type, field.Type, ref context);
            context.Pop();
            if (ReferenceEquals(value, Undefined))
            {
                // A variable without a value leaves the field absent: its default or the missing-field check apply below.
                continue;
            }

            given++;
            onlyGiven = fieldNode;
            result[name] = value;
        }

        foreach (var field in type.Fields)
        {
            if (!result.ContainsKey(field.Name))
            {
                AddDefaultOrReportMissing(field, result, ref context, objectValue);
            }
        }

        if (type.IsOneOf)
        {
            if (given != 1)
            {
                context.AddError(OneOfKeyCountMessage(type), objectValue);
            }
            else if (onlyGiven is not null && result[onlyGiven.Name.Value] is null)
            {
                context.AddError(OneOfNullMessage(type, onlyGiven.Name.Value), onlyGiven.Value);
            }
        }

        return result;
    }
}
