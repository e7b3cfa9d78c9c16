using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// Names the parent's properties a field with its own resolver reads (<c>[ProjectionRequires(nameof(Playbook.Id))]</c>),
/// so a projection that selects the field also reads them.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class ProjectionRequiresAttribute(params string[] members) : Attribute, IFieldShaper
{
    public IReadOnlyList<string> Members { get; } = members;

    public void Shape(FieldShapingContext context) => DataShaping.Requires(context, Members, null);
}
