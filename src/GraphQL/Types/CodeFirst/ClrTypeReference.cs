using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// A CLR type read the way GraphQL sees it: nullable or not, and a list of an element type or a named type. Built from
/// the type and its <see cref="NullabilityInfo"/>, so <c>List&lt;string?&gt;?</c> reads as <c>[String]</c>.
/// </summary>
internal sealed class ClrTypeReference
{
    private ClrTypeReference(Type type, bool isNullable, ClrTypeReference? element)
    {
        Type = type;
        IsNullable = isNullable;
        Element = element;
    }

    /// <summary>The CLR type at this level, <see cref="Nullable{T}"/> unwrapped.</summary>
    public Type Type { get; }

    public bool IsNullable { get; }

    /// <summary>The element when this level is a list; <c>null</c> for a named type.</summary>
    public ClrTypeReference? Element { get; }

    /// <summary>The CLR type of the named type inside the lists.</summary>
    public Type NamedType => Element?.NamedType ?? Type;

    /// <summary>Describes <paramref name="type"/>; <paramref name="isLeaf"/> says which types are scalars even if enumerable.</summary>
    public static ClrTypeReference Create(Type type, NullabilityInfo? nullability, Func<Type, bool> isLeaf)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Create(underlying, nullability, isLeaf, isNullable: true);
        }

        var isNullable = !type.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        return Create(type, nullability, isLeaf, isNullable);
    }

    /// <summary>The same reference with another outer nullability.</summary>
    public ClrTypeReference WithNullable(bool isNullable) =>
        isNullable == IsNullable ? this : new ClrTypeReference(Type, isNullable, Element);

    /// <summary>
    /// The element type of a list: arrays, <see cref="IEnumerable{T}"/> (and so <see cref="IQueryable{T}"/>, lists, sets) and
    /// <see cref="IAsyncEnumerable{T}"/>; never strings or dictionaries. <c>null</c> when the type is not a list.
    /// </summary>
    public static Type? GetElementType(Type type)
    {
        if (type == typeof(string) || type == typeof(JsonElement) || type == typeof(JsonDocument) || IsDictionary(type))
        {
            return null;
        }

        if (type.IsSZArray)
        {
            return type.GetElementType();
        }

        return FindGeneric(type, typeof(IAsyncEnumerable<>)) ?? FindGeneric(type, typeof(IEnumerable<>));
    }

    /// <summary>The <typeparamref name="T"/> of <paramref name="openInterface"/>&lt;T&gt; when <paramref name="type"/> is or implements it.</summary>
    public static Type? FindGeneric(Type type, Type openInterface)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == openInterface)
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == openInterface)
            {
                return implemented.GetGenericArguments()[0];
            }
        }

        return null;
    }

    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type) ||
        FindGeneric(type, typeof(IDictionary<,>)) is not null ||
        FindGeneric(type, typeof(IReadOnlyDictionary<,>)) is not null;

    public override string ToString() =>
        (Element is null ? Naming.ShortDisplay(Type) : "[" + Element + "]") + (IsNullable ? string.Empty : "!");

    private static ClrTypeReference Create(Type type, NullabilityInfo? nullability, Func<Type, bool> isLeaf, bool isNullable)
    {
        if (isLeaf(type) || GetElementType(type) is not { } elementType)
        {
            return new ClrTypeReference(type, isNullable, null);
        }

        return new ClrTypeReference(type, isNullable, Create(elementType, ElementNullability(type, elementType, nullability), isLeaf));
    }

    /// <summary>
    /// The nullability of a list's element: the array's element, or the generic argument that is the element type
    /// (<c>List&lt;string?&gt;</c>); unknown for a collection class that is not generic over its element.
    /// </summary>
    private static NullabilityInfo? ElementNullability(Type type, Type elementType, NullabilityInfo? nullability)
    {
        if (nullability is null)
        {
            return null;
        }

        if (type.IsSZArray)
        {
            return nullability.ElementType;
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            for (var i = 0; i < arguments.Length && i < nullability.GenericTypeArguments.Length; i++)
            {
                if (arguments[i] == elementType)
                {
                    return nullability.GenericTypeArguments[i];
                }
            }
        }

        return null;
    }
}
