using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// How the executor finds the object type of a value of an interface or union
/// (<see href="https://spec.graphql.org/September2025/#ResolveAbstractType()">ResolveAbstractType()</see>). It tries, in order:
/// <list type="number">
/// <item>the abstract type's own <see cref="ResolveType{T}"/> hook;</item>
/// <item>a <c>__typename</c> entry, when the value is a string-keyed dictionary;</item>
/// <item>the possible type mapped to the value's CLR type, or to a base type or interface of it, by <see cref="MapClrType"/>;</item>
/// <item>the <see cref="IsTypeOf"/> predicates of the possible types, in the schema's order;</item>
/// <item>the possible type whose name is the CLR type's name (<c>class Dog</c> → <c>Dog</c>).</item>
/// </list>
/// Configure at startup, before the schema serves requests.
/// </summary>
public static class TypeResolutionExtensions
{
    internal const string TypeResolverKey = "GraphQL.Execution.TypeResolver";
    internal const string ClrTypesKey = "GraphQL.Execution.ClrTypes";
    internal const string IsTypeOfKey = "GraphQL.Execution.IsTypeOf";

    /// <summary>Gives an interface or union a function deciding the object type of its values.</summary>
    public static T ResolveType<T>(this T abstractType, TypeResolver resolver)
        where T : SchemaElement, IAbstractType
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(resolver);
        abstractType.Features[TypeResolverKey] = resolver;
        return abstractType;
    }

    /// <summary>Declares that values of <paramref name="clrType"/> (and of types derived from it) are of this object type.</summary>
    public static ObjectType MapClrType(this ObjectType objectType, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(clrType);
        if (objectType.Features.TryGetValue(ClrTypesKey, out var existing) && existing is Type[] types)
        {
            objectType.Features[ClrTypesKey] = (Type[])[.. types, clrType];
        }
        else
        {
            objectType.Features[ClrTypesKey] = new[] { clrType };
        }

        return objectType;
    }

    /// <summary>
    /// Gives an object type a predicate recognising its values: used to resolve abstract types, and checked when a field
    /// of this type completes (a value it rejects is a field error).
    /// </summary>
    public static ObjectType IsTypeOf(this ObjectType objectType, IsTypeOfPredicate predicate)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(predicate);
        objectType.Features[IsTypeOfKey] = predicate;
        return objectType;
    }

    public static TypeResolver? GetTypeResolver(this IAbstractType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return abstractType is SchemaElement { HasFeatures: true } element && element.Features.TryGetValue(TypeResolverKey, out var resolver)
            ? resolver as TypeResolver
            : null;
    }

    public static IReadOnlyList<Type> GetClrTypes(this ObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return objectType.HasFeatures && objectType.Features.TryGetValue(ClrTypesKey, out var types) && types is Type[] array ? array : [];
    }

    public static IsTypeOfPredicate? GetIsTypeOf(this ObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        return objectType.HasFeatures && objectType.Features.TryGetValue(IsTypeOfKey, out var predicate) ? predicate as IsTypeOfPredicate : null;
    }
}
