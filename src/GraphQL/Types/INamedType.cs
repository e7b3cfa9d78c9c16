namespace GraphQL.Types;

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object
/// (<see href="https://spec.graphql.org/September2025/#sec-Types">§3.4 Types</see>).
/// Every type reference ends in one (see <see cref="TypeExtensions.NamedType"/>).
/// </summary>
public interface INamedType : IType
{
    string Name { get; }

    string? Description { get; }

    /// <summary>
    /// Directives applied to the type's definition, except <c>@specifiedBy</c> and <c>@oneOf</c>,
    /// which are exposed as <see cref="ScalarType.SpecifiedByUrl"/> and <see cref="InputObjectType.IsOneOf"/>.
    /// </summary>
    IReadOnlyList<AppliedDirective> Directives { get; }
}
