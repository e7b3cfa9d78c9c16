namespace GraphQL.Types;

/// <summary>
/// Relations between type references that validation relies on: equality, the sub-type relation used for interface
/// field covariance (<see href="https://spec.graphql.org/September2025/#IsValidImplementationFieldType()">IsValidImplementationFieldType()</see>)
/// and overlap of composite types (§5.5.2 "Fragment Spread Is Possible").
/// </summary>
public static class TypeComparators
{
    /// <summary>Whether two references denote the same type (<c>[Int!]</c> and <c>[Int!]</c>).</summary>
    public static bool IsEqualType(IType a, IType b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Equals(b);
    }

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of <paramref name="superType"/>:
    /// equal, or more non-null, or a list of sub-types, or an object/interface implementing the interface or a member
    /// of the union.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        while (true)
        {
            if (maybeSubType.Equals(superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is IAbstractType abstractType
                && maybeSubType is ICompositeType composite
                && schema.IsSubType(abstractType, composite);
        }
    }

    /// <summary>Whether some object type is a possible type of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType a, ICompositeType b)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is IAbstractType abstractA)
        {
            if (b is IAbstractType abstractB)
            {
                foreach (var possible in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsPossibleType(abstractB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType objectB && schema.IsPossibleType(abstractA, objectB);
        }

        return b is IAbstractType abstractOfB && a is ObjectType objectA && schema.IsPossibleType(abstractOfB, objectA);
    }
}
