using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// <see href="https://spec.graphql.org/September2025/#ResolveAbstractType()">ResolveAbstractType()</see>, in the order
/// <see cref="TypeResolutionExtensions"/> documents. What does not depend on the value is gathered once per abstract type,
/// and the CLR-type lookups once per CLR type.
/// </summary>
internal static class AbstractTypeResolution
{
    private const string TypeNameKey = "__typename";
    private static readonly ConditionalWeakTable<IAbstractType, Resolution> Resolutions = [];

    /// <summary>
    /// The object type of <paramref name="value"/>, or <c>null</c>; <paramref name="unknownTypeName"/> is set when the value
    /// named a type the schema does not have.
    /// </summary>
    public static ObjectType? Resolve(Schema schema, IAbstractType abstractType, object value, IResolverContext context, out string? unknownTypeName)
    {
        unknownTypeName = null;
        if (!Resolutions.TryGetValue(abstractType, out var resolution))
        {
            resolution = Resolutions.GetValue(abstractType, type => new Resolution(schema, type));
        }

        if (resolution.TypeResolver is { } typeResolver && typeResolver(value, context) is { } resolved)
        {
            return resolved;
        }

        if (TypeNameOf(value) is { } typeName)
        {
            if (schema.GetType(typeName) is ObjectType named)
            {
                return named;
            }

            unknownTypeName = typeName;
            return null;
        }

        var byClrType = resolution.ForClrType(value.GetType());
        if (byClrType.Mapped is { } mapped)
        {
            return mapped;
        }

        foreach (var (objectType, isTypeOf) in resolution.IsTypeOf)
        {
            if (isTypeOf(value, context))
            {
                return objectType;
            }
        }

        return byClrType.Named;
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> dictionary => dictionary.TryGetValue(TypeNameKey, out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(TypeNameKey, out var name) ? name as string : null,
        _ => null,
    };

    private sealed class Resolution
    {
        private readonly IReadOnlyList<ObjectType> _possibleTypes;
        private readonly ConcurrentDictionary<Type, (ObjectType? Mapped, ObjectType? Named)> _byClrType = new();

        public Resolution(Schema schema, IAbstractType abstractType)
        {
            TypeResolver = abstractType.GetTypeResolver();
            _possibleTypes = schema.GetPossibleTypes(abstractType);
            var isTypeOf = new List<(ObjectType, IsTypeOfPredicate)>();
            foreach (var possible in _possibleTypes)
            {
                if (possible.GetIsTypeOf() is { } predicate)
                {
                    isTypeOf.Add((possible, predicate));
                }
            }

            IsTypeOf = [.. isTypeOf];
        }

        public TypeResolver? TypeResolver { get; }

        public (ObjectType Type, IsTypeOfPredicate Predicate)[] IsTypeOf { get; }

        public (ObjectType? Mapped, ObjectType? Named) ForClrType(Type clrType) => _byClrType.GetOrAdd(clrType, Find, _possibleTypes);

        /// <summary>The possible type mapped to the CLR type itself, else to its nearest base type or an interface; and the one named like it.</summary>
        private static (ObjectType? Mapped, ObjectType? Named) Find(Type clrType, IReadOnlyList<ObjectType> possibleTypes)
        {
            ObjectType? mapped = null;
            var mappedDistance = int.MaxValue;
            ObjectType? named = null;
            foreach (var possible in possibleTypes)
            {
                if (possible.Name == clrType.Name)
                {
                    named ??= possible;
                }

                foreach (var mappedType in possible.GetClrTypes())
                {
                    var distance = Distance(clrType, mappedType);
                    if (distance < mappedDistance)
                    {
                        mapped = possible;
                        mappedDistance = distance;
                    }
                }
            }

            return (mapped, named);
        }

        /// <summary>0 for the type itself, n for its n-th base type, a large number for an interface, <see cref="int.MaxValue"/> when unrelated.</summary>
        private static int Distance(Type clrType, Type mappedType)
        {
            if (!mappedType.IsAssignableFrom(clrType))
            {
                return int.MaxValue;
            }

            if (mappedType.IsInterface)
            {
                return int.MaxValue - 1;
            }

            var distance = 0;
            for (var type = clrType; type is not null && type != mappedType; type = type.BaseType)
            {
                distance++;
            }

            return distance;
        }
    }
}
