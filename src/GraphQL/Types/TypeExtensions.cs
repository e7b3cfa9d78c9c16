namespace GraphQL.Types;

/// <summary>
/// Questions the specification asks of a type reference (<see href="https://spec.graphql.org/September2025/#sec-Types">§3.4 Types</see>),
/// and shorthands for wrapping types.
/// </summary>
public static class TypeExtensions
{
    /// <summary>The named type at the heart of the reference: <c>Dog</c> for <c>[Dog!]!</c>.</summary>
    public static INamedType NamedType(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case ListType list:
                    type = list.OfType;
                    break;
                default:
                    return (INamedType)type;
            }
        }
    }

    /// <summary>The type without its outer <c>!</c>, or the type itself when it is nullable.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>Whether the type is a list once its outer <c>!</c> is removed.</summary>
    public static bool IsListType(this IType type) => type.NullableType() is ListType;

    /// <summary><see href="https://spec.graphql.org/September2025/#IsInputType()">IsInputType()</see>: the named type is a scalar, enum or input object.</summary>
    public static bool IsInputType(this IType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary><see href="https://spec.graphql.org/September2025/#IsOutputType()">IsOutputType()</see>: the named type is a scalar, object, interface, union or enum.</summary>
    public static bool IsOutputType(this IType type) => type.NamedType() is ScalarType or ComplexType or UnionType or EnumType;

    /// <summary>Whether the type itself (not what it wraps) is a scalar or enum.</summary>
    public static bool IsLeafType(this IType type) => type is ILeafType;

    /// <summary>Whether the type itself is an object, interface or union.</summary>
    public static bool IsCompositeType(this IType type) => type is ICompositeType;

    /// <summary>Whether the type itself is an interface or union.</summary>
    public static bool IsAbstractType(this IType type) => type is IAbstractType;

    /// <summary><c>T!</c>.</summary>
    public static NonNullType NonNull(this IType type) => new(type);

    /// <summary><c>[T]</c>.</summary>
    public static ListType List(this IType type) => new(type);
}
