namespace GraphQL.Types;

/// <summary>
/// <c>[T]</c>: a list of values of <see cref="OfType"/>
/// (<see href="https://spec.graphql.org/September2025/#sec-List">§3.11 List</see>).
/// Compared structurally: two <c>[Int]</c> instances are equal.
/// </summary>
public sealed class ListType : IInputType, IOutputType, IEquatable<ListType>
{
    public ListType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.List;

    public IType OfType { get; }

    public bool Equals(ListType? other) => other is not null && (ReferenceEquals(this, other) || OfType.Equals(other.OfType));

    public override bool Equals(object? obj) => Equals(obj as ListType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => "[" + OfType + "]";
}
