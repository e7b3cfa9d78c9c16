using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>Adds an <c>order: [TSortInput!]</c> argument generated from the item type's fields. See <c>Data/README.md</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseSortingAttribute : Attribute, IFieldShaper
{
    /// <summary>
    /// The order when the request gives none: members of the item type, each optionally followed by <c>" DESC"</c>
    /// (<c>["StepOrder"]</c>, <c>["CreatedAt DESC"]</c>); the key <c>Id</c> still breaks ties. Without one, the order is the key's.
    /// </summary>
    public string[]? DefaultOrder { get; set; }

    public void Shape(FieldShapingContext context) => DataShaping.UseSorting(context, DefaultOrder);
}
