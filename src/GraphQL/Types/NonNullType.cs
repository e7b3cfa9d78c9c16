namespace GraphQL.Types;

/// <summary>
/// <c>T!</c>: a value of <see cref="OfType"/> that is never null
/// (<see href="https://spec.graphql.org/September2025/#sec-Non-Null">§3.12 Non-Null</see>).
/// Wraps a named or list type, never another non-null type. Compared structurally.
/// </summary>
public sealed class NonNullType : IInputType, IOutputType, IEquatable<NonNullType>
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"A non-null type cannot wrap the non-null type {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType OfType { get; }

    public bool Equals(NonNullType? other) => other is not null && (ReferenceEquals(this, other) || OfType.Equals(other.OfType));

    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    public override string ToString() => OfType + "!";
}
