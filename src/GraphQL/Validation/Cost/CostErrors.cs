using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Cost;

/// <summary>The messages of the cost and limit errors, written once.</summary>
internal static class CostErrors
{
    public static GraphQLError SlicingArgumentRequired(FieldDefinition field, string[] slicing, FieldNode node) =>
        GraphQLError.Validation(
            $"Field \"{field.Coordinate}\" needs exactly one of its slicing arguments ({string.Join(", ", slicing)}) to bound the size of its list.",
            node);

    public static GraphQLError CostLimitExceeded(OperationCost cost, CostOptions options)
    {
        var which = options.MaxFieldCost is { } maxField && cost.FieldCost > maxField
            ? string.Create(CultureInfo.InvariantCulture, $"field cost {cost.FieldCost} is over the limit of {maxField}")
            : string.Create(CultureInfo.InvariantCulture, $"type cost {cost.TypeCost} is over the limit of {options.MaxTypeCost}");
        return GraphQLError.Create($"The operation is too expensive: its {which}.", code: ErrorCodes.CostLimitExceeded)
            .WithExtension("cost", cost.ToExtension(options));
    }

    public static GraphQLError DepthExceeded(int depth, int max) =>
        GraphQLError.Create($"The operation's fields nest {depth} levels deep; at most {max} are allowed.", code: ErrorCodes.ExecutionDepthExceeded);

    public static GraphQLError AliasesExceeded(int aliases, int max) =>
        GraphQLError.Create($"The operation uses {aliases} aliases; at most {max} are allowed.", code: ErrorCodes.AliasLimitExceeded);

    public static GraphQLError RootFieldsExceeded(int rootFields, int max) =>
        GraphQLError.Create($"The operation selects {rootFields} root fields; at most {max} are allowed.", code: ErrorCodes.RootFieldLimitExceeded);
}
