using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Reads only the selected members: one <c>Select</c> built from the selection set, nested objects and collections included. See <c>Data/README.md</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseProjectionAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.UseProjection(context);
}
