using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Adds an <c>order: [TSortInput!]</c> argument generated from the item type's fields. See <c>Data/README.md</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseSortingAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.UseSorting(context);
}
