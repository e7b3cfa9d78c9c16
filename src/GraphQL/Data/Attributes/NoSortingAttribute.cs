using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Keeps this property out of the generated sort input types.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class NoSortingAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.NoSorting(context);
}
