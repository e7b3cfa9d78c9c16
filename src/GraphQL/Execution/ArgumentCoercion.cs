using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// <see href="https://spec.graphql.org/September2025/#CoerceArgumentValues()">CoerceArgumentValues()</see> (§6.4.1):
/// a field's (or directive's) argument values from the literals and variables of the document.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    /// <summary>Coerces the arguments; on failure returns the first error (located at the offending node, no path).</summary>
    public static bool TryCoerce(
        DefinitionCollection<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        SyntaxNode owner,
        IReadOnlyDictionary<string, object?>? variables,
        out IReadOnlyDictionary<string, object?> values,
        out GraphQLError? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            values = None;
            return true;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        values = coerced;
        foreach (var definition in definitions)
        {
            var node = Find(nodes, definition.Name);
            object? value = null;
            var hasValue = node is not null;
            if (node?.Value is VariableNode variable)
            {
                hasValue = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[definition.Name] = definition.DefaultValue;
                continue;
            }

            if (definition.Type is NonNullType && (!hasValue || (node!.Value is VariableNode && value is null) || node!.Value is NullValueNode))
            {
                error = !hasValue
                    ? node?.Value is VariableNode missing
                        ? ExecutionErrors.ArgumentVariableNotProvided(definition, missing)
                        : ExecutionErrors.ArgumentNotProvided(definition, owner)
                    : ExecutionErrors.ArgumentNull(definition, node!.Value);
                return false;
            }

            if (!hasValue)
            {
                continue;
            }

            if (node!.Value is VariableNode)
            {
                // Already coerced to the variable's type (§6.1.2); validation ensures it fits here.
                coerced[definition.Name] = value;
                continue;
            }

            if (!ValueCoercion.TryCoerceInputLiteral(node.Value, definition.Type, variables, out var literalValue, out var errors))
            {
                error = ExecutionErrors.ArgumentInvalid(definition, node.Value, errors[0]);
                return false;
            }

            coerced[definition.Name] = literalValue;
        }

        return true;
    }

    /// <summary>Whether a value contains a variable anywhere, so its coerced value depends on the request.</summary>
    public static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }
}
