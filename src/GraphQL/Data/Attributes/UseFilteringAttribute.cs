using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Adds a <c>where: TFilterInput</c> argument generated from the item type's fields. See <c>Data/README.md</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseFilteringAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.UseFiltering(context);
}
