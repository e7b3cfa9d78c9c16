using System.Text;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Prints a value literal on one line for an error message (<c>1.5</c>, <c>"abc"</c>, <c>{a: [1, 2]}</c>).
/// Block strings print as ordinary quoted strings.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode node)
    {
        switch (node)
        {
            case IntValueNode intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                ValueInspector.AppendQuoted(builder, stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode objectValue:
                builder.Append('{');
                for (var i = 0; i < objectValue.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(objectValue.Fields[i].Name.Value).Append(": ");
                    Append(builder, objectValue.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(node.Kind);
                break;
        }
    }
}
