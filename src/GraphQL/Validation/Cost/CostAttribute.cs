using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Validation.Cost;

/// <summary>Code-first <c>@cost(weight:)</c> on the field a member becomes, the argument a parameter becomes, or an object type.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class, Inherited = false)]
public sealed class CostAttribute(double weight) : SchemaDirectiveAttribute
{
    public double Weight { get; } = weight;

    public override string DefinitionSdl => CostDirectives.CostDefinition;

    public override AppliedDirective ToDirective() => CostDirectives.CostDirective(Weight);
}
