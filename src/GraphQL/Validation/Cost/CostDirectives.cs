using System.Globalization;
using GraphQL.Types;

namespace GraphQL.Validation.Cost;

/// <summary>
/// The cost specification's directives, as definitions (added to a schema that uses them) and as readers of the applied
/// directives: <c>@cost(weight: String!)</c> and <c>@listSize(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument)</c>.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";

    public const string ListSize = "listSize";

    /// <summary>The weight <c>@cost</c> gives an element, or <c>null</c> when it has none (or an unreadable one).</summary>
    public static double? WeightOf(SchemaElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.GetDirective(Cost)?.GetArgument("weight") switch
        {
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) => weight,
            int number => number,
            double number => number,
            _ => null,
        };
    }

    /// <summary>The applied <c>@cost</c> directive.</summary>
    public static AppliedDirective CostDirective(double weight) => new(Cost, new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["weight"] = weight.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>The applied <c>@listSize</c> directive.</summary>
    public static AppliedDirective ListSizeDirective(int? assumedSize, IReadOnlyList<string>? slicingArguments, IReadOnlyList<string>? sizedFields, bool requireOneSlicingArgument) =>
        new(ListSize, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["assumedSize"] = assumedSize,
            ["slicingArguments"] = slicingArguments,
            ["sizedFields"] = sizedFields,
            ["requireOneSlicingArgument"] = requireOneSlicingArgument,
        });

    /// <summary>The SDL of <c>@cost</c>'s definition, as the specification writes it.</summary>
    public const string CostDefinition =
        "directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR";

    /// <summary>The SDL of <c>@listSize</c>'s definition, as the specification writes it.</summary>
    public const string ListSizeDefinition =
        "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION";

    /// <summary>Both definitions, for an SDL schema that applies the directives.</summary>
    public const string Definitions = CostDefinition + "\n" + ListSizeDefinition + "\n";
}
