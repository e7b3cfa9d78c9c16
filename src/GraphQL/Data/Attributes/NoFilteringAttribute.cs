using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Keeps this property out of the generated filter input types.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class NoFilteringAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.NoFiltering(context);
}
