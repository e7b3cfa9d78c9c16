namespace GraphQL.Types.CodeFirst;

/// <summary>
/// An attribute that applies a directive to the field its member becomes (the argument its parameter becomes, the
/// object type its class becomes) (<see cref="Validation.Cost.CostAttribute"/>,
/// <see cref="Validation.Cost.ListSizeAttribute"/>…): engine features read applied directives, whichever way the schema
/// was built.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class, Inherited = false)]
public abstract class SchemaDirectiveAttribute : Attribute
{
    public abstract AppliedDirective ToDirective();

    /// <summary>The directive's definition in SDL; the builder adds it to a schema that uses the attribute.</summary>
    public abstract string DefinitionSdl { get; }
}
