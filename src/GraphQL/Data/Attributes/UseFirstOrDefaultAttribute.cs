using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Exposes a field returning <c>IQueryable&lt;T&gt;</c> as one nullable <c>T</c>: the first row, projected. See <c>Data/README.md</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseFirstOrDefaultAttribute : Attribute, IFieldShaper
{
    public void Shape(FieldShapingContext context) => DataShaping.UseFirstOrDefault(context);
}
