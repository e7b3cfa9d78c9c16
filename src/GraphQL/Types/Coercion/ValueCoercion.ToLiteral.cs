using System.Collections;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The reverse of literal coercion: an internal value → the literal that coerces to it (graphql-js <c>astFromValue</c>).</summary>
public static partial class ValueCoercion
{
    /// <summary>
    /// The literal for an internal value of <paramref name="type"/>, used to print default values. Input object fields are
    /// written in definition order; a non-list value for a list type is written as the item itself.
    /// </summary>
    /// <exception cref="GraphQLCoercionException">The value is not a valid internal value of the type.</exception>
    public static ValueNode ValueToLiteral(object? value, IInputType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                return value is null
                    ? throw new GraphQLCoercionException($"Expected value of type \"{type}\", found null.")
                    : ValueToLiteral(value, (IInputType)nonNull.OfType);
            case not null when value is null:
                return new NullValueNode();
            case ListType list:
                var itemType = (IInputType)list.OfType;
                if (!IsList(value))
                {
                    return ValueToLiteral(value, itemType);
                }

                var items = new List<ValueNode>();
                foreach (var item in (IEnumerable)value)
                {
                    items.Add(ValueToLiteral(item, itemType));
                }

                return new ListValueNode { Values = items };
            case InputObjectType inputObject:
                var entries = AsObject(value)
                    ?? throw new GraphQLCoercionException($"Expected type \"{inputObject.Name}\" to be an object, found {ValueInspector.Inspect(value)}.");
                var fields = new List<ObjectFieldNode>(entries.Count);
                foreach (var field in inputObject.Fields)
                {
                    if (entries.TryGetValue(field.Name, out var fieldValue))
                    {
                        fields.Add(new ObjectFieldNode
                        {
                            Name = new NameNode { Value = field.Name },
                            Value = ValueToLiteral(fieldValue, field.Type),
                        });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case ILeafType leaf:
                return leaf.ValueToLiteral(value);
            default:
                throw new GraphQLCoercionException($"Type \"{type}\" is not an input type.");
        }
    }
}
