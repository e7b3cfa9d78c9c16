using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable is used only where its type is allowed
/// (<see href="https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed">All Variable Usages Are Allowed</see>):
/// its type must be a sub-type of the location's, except that a nullable variable may fill a non-null location when the
/// variable or the location has a default value; and a variable for a field of a OneOf Input Object must be non-null.
/// </summary>
/// <remarks>
/// <para>
/// Usages in fragments are checked against each operation that spreads them, when the operation is left. Undefined
/// variables and unknown locations are left to <see cref="NoUndefinedVariablesRule"/> and the rules for unknown names.
/// </para>
/// <para>
/// The OneOf check follows graphql-js 16, which the cross-check holds the engine to: it applies when the OneOf object
/// stands where its type is declared nullable (the usage's parent input type is the OneOf type itself), whatever the
/// variable's default value. A null reaching a OneOf field in a non-null position is still rejected when the
/// argument's value is coerced (<see href="https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments">Coercing Field Arguments</see>).
/// </para>
/// </remarks>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public static string BadPositionMessage(string variableName, IType variableType, IType locationType) =>
        $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".";

    public static string NullableOneOfFieldMessage(string variableName, IType variableType, InputObjectType oneOfType) =>
        $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfType.Name}\".";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>
    /// <see href="https://spec.graphql.org/September2025/#IsVariableUsageAllowed()">IsVariableUsageAllowed()</see>;
    /// <paramref name="variableDefaultValue"/> and <paramref name="locationDefaultValue"/> are <c>null</c> when absent.
    /// </summary>
    public static bool IsVariableUsageAllowed(
        Schema schema, IType variableType, ValueNode? variableDefaultValue, IType locationType, ValueNode? locationDefaultValue)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(variableType);
        ArgumentNullException.ThrowIfNull(locationType);
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = variableDefaultValue is not null and not NullValueNode;
            var hasLocationDefaultValue = locationDefaultValue is not null;
            return (hasNonNullVariableDefaultValue || hasLocationDefaultValue)
                && TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                if (usage.Type is not { } locationType || FindDefinition(node, usage.Name) is not { } definition)
                {
                    continue;
                }

                if (context.Schema.GetTypeFromAst(definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsVariableUsageAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError(GraphQLError.Validation(
                        BadPositionMessage(usage.Name, variableType, locationType), definition, usage.Node));
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOfType && variableType is not NonNullType)
                {
                    context.ReportError(GraphQLError.Validation(
                        NullableOneOfFieldMessage(usage.Name, variableType, oneOfType), definition, usage.Node));
                }
            }
        }

        // The last definition of a name, like graphql-js; two definitions are UniqueVariableNamesRule's to report.
        private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
        {
            var definitions = operation.VariableDefinitions;
            for (var i = definitions.Count - 1; i >= 0; i--)
            {
                if (definitions[i].Variable.Name.Value == name)
                {
                    return definitions[i];
                }
            }

            return null;
        }
    }
}
