using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The coerce-variables stage: <see href="https://spec.graphql.org/September2025/#CoerceVariableValues()">CoerceVariableValues()</see>
/// (§6.1.2). Every bad variable is reported (up to <see cref="ValueCoercion.MaxErrors"/> errors), each naming the variable,
/// with code <see cref="ErrorCodes.BadUserInput"/>.
/// </summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public static bool TryCoerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> coerced,
        out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            coerced = None;
            return true;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        List<GraphQLError>? found = null;
        foreach (var definition in definitions)
        {
            if (found is { Count: >= ValueCoercion.MaxErrors })
            {
                break;
            }

            var name = definition.Variable.Name.Value;
            if (schema.GetTypeFromAst(definition.Type) is not IInputType type || !type.IsInputType())
            {
                (found ??= []).Add(ExecutionErrors.VariableNotInputType(definition));
                continue;
            }

            object? value = null;
            var hasValue = inputs is not null && inputs.TryGetValue(name, out value);
            if (!hasValue && definition.DefaultValue is { } defaultValue)
            {
                if (ValueCoercion.TryCoerceInputLiteral(defaultValue, type, null, out var coercedDefault, out var defaultErrors))
                {
                    values[name] = coercedDefault;
                }
                else
                {
                    (found ??= []).Add(ExecutionErrors.VariableDefaultInvalid(definition, defaultErrors[0]));
                }

                continue;
            }

            if (type is NonNullType && value is null)
            {
                (found ??= []).Add(hasValue ? ExecutionErrors.VariableNull(definition, type) : ExecutionErrors.VariableNotProvided(definition, type));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            if (ValueCoercion.TryCoerceInputValue(value, type, out var coercedValue, out var valueErrors))
            {
                values[name] = coercedValue;
                continue;
            }

            found ??= [];
            foreach (var error in valueErrors)
            {
                found.Add(ExecutionErrors.VariableInvalid(definition, ValueAt(value, error.Path), error));
            }
        }

        coerced = values;
        if (found is null)
        {
            return true;
        }

        errors = found;
        return false;
    }

    /// <summary>The part of a variable's value an error points at, for the message (graphql-js shows the invalid part).</summary>
    private static object? ValueAt(object? value, IReadOnlyList<object> path)
    {
        foreach (var segment in path)
        {
            value = (segment, value) switch
            {
                (string key, IReadOnlyDictionary<string, object?> entries) => entries.TryGetValue(key, out var entry) ? entry : null,
                (string key, IDictionary<string, object?> entries) => entries.TryGetValue(key, out var entry) ? entry : null,
                (int index, IReadOnlyList<object?> items) when index < items.Count => items[index],
                _ => value,
            };
        }

        return value;
    }
}
