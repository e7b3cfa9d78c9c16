using System.Collections.Frozen;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// A built, validated and frozen GraphQL schema: its root operation types, every named type by name, and its
/// directives (<see href="https://spec.graphql.org/September2025/#sec-Schema">§3.3 Schema</see>). Built by
/// <see cref="SchemaBuilder"/>; immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The relations validation and execution ask about all the time (possible types of an abstract type, sub-types,
/// implementations of an interface) are computed once when the schema is built, so each question is a lookup.
/// <see cref="SchemaElement.Directives"/> are the directives applied to the schema itself; the directives the schema
/// defines are <see cref="DirectiveDefinitions"/>.
/// </remarks>
public sealed class Schema : SchemaElement
{
    private readonly FrozenDictionary<string, INamedType> _typeMap;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directiveMap;
    private readonly FrozenDictionary<IAbstractType, ObjectType[]> _possibleTypes;
    private readonly FrozenDictionary<IAbstractType, FrozenSet<ICompositeType>> _subTypes;
    private readonly FrozenDictionary<InterfaceType, InterfaceImplementations> _implementations;

    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        QueryType = queryType!;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        DirectiveDefinitions = directives;

        var typeMap = new Dictionary<string, INamedType>(types.Count, StringComparer.Ordinal);
        foreach (var type in types)
        {
            typeMap.TryAdd(type.Name, type);
        }

        _typeMap = typeMap.ToFrozenDictionary(StringComparer.Ordinal);

        var directiveMap = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            directiveMap.TryAdd(directive.Name, directive);
        }

        _directiveMap = directiveMap.ToFrozenDictionary(StringComparer.Ordinal);

        (_possibleTypes, _subTypes, _implementations) = IndexAbstractTypes(types);
    }

    /// <summary>The root type of query operations (§3.3.1 Root Operation Types). Always present.</summary>
    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type of the schema in a stable order: declared types first, then the ones they reference.</summary>
    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>Every named type by name.</summary>
    public IReadOnlyDictionary<string, INamedType> TypeMap => _typeMap;

    /// <summary>The directives the schema defines, the built-in ones first.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>The root type for an operation type, or <c>null</c> when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    public INamedType? GetType(string name) => _typeMap.TryGetValue(name, out var type) ? type : null;

    /// <summary>The named type if it exists and is a <typeparamref name="T"/>; otherwise <c>null</c>.</summary>
    public T? GetType<T>(string name)
        where T : class, INamedType => GetType(name) as T;

    public DirectiveDefinition? GetDirectiveDefinition(string name) => _directiveMap.TryGetValue(name, out var directive) ? directive : null;

    /// <summary>
    /// The type a type reference from a document denotes (<c>[Dog!]</c>), or <c>null</c> when its named type is unknown
    /// (<see href="https://spec.graphql.org/September2025/#sec-Type-References">§2.11 Type References</see>).
    /// </summary>
    public IType? GetTypeFromAst(TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case NamedTypeNode named:
                return GetType(named.Name.Value);
            case ListTypeNode list:
                return GetTypeFromAst(list.Type) is { } itemType ? new ListType(itemType) : null;
            case NonNullTypeNode nonNull:
                return GetTypeFromAst(nonNull.Type) is { } innerType ? new NonNullType(innerType) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The object types a value of <paramref name="abstractType"/> can be
    /// (<see href="https://spec.graphql.org/September2025/#GetPossibleTypes()">GetPossibleTypes()</see>): a union's
    /// members, or the object types implementing an interface.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return _possibleTypes.TryGetValue(abstractType, out var possible) ? possible : [];
    }

    /// <summary>Whether <paramref name="objectType"/> is one of <see cref="GetPossibleTypes"/>.</summary>
    public bool IsPossibleType(IAbstractType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union, or implements the interface (an object or an
    /// interface type).
    /// </summary>
    public bool IsSubType(IAbstractType abstractType, ICompositeType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(maybeSubType);
    }

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public InterfaceImplementations GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType, out var implementations) ? implementations : InterfaceImplementations.None;
    }

    private protected override void OnFreeze()
    {
        foreach (var type in Types)
        {
            ((SchemaElement)type).Freeze();
        }

        foreach (var directive in DirectiveDefinitions)
        {
            directive.Freeze();
        }
    }

    private static (
        FrozenDictionary<IAbstractType, ObjectType[]> PossibleTypes,
        FrozenDictionary<IAbstractType, FrozenSet<ICompositeType>> SubTypes,
        FrozenDictionary<InterfaceType, InterfaceImplementations> Implementations) IndexAbstractTypes(IReadOnlyList<INamedType> types)
    {
        var objects = new Dictionary<InterfaceType, List<ObjectType>>(ReferenceEqualityComparer.Instance);
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>(ReferenceEqualityComparer.Instance);
        var possibleTypes = new Dictionary<IAbstractType, ObjectType[]>(ReferenceEqualityComparer.Instance);
        var subTypes = new Dictionary<IAbstractType, FrozenSet<ICompositeType>>(ReferenceEqualityComparer.Instance);

        foreach (var type in types)
        {
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var implemented in objectType.Interfaces)
                    {
                        AddOnce(objects, implemented, objectType);
                    }

                    break;
                case InterfaceType interfaceType:
                    objects.TryAdd(interfaceType, []);
                    foreach (var implemented in interfaceType.Interfaces)
                    {
                        AddOnce(interfaces, implemented, interfaceType);
                    }

                    break;
                case UnionType union:
                    var members = new List<ObjectType>(union.Types.Count);
                    foreach (var member in union.Types)
                    {
                        if (!members.Contains(member))
                        {
                            members.Add(member);
                        }
                    }

                    possibleTypes[union] = [.. members];
                    subTypes[union] = members.ToFrozenSet<ICompositeType>(ReferenceEqualityComparer.Instance);
                    break;
            }
        }

        var implementations = new Dictionary<InterfaceType, InterfaceImplementations>(ReferenceEqualityComparer.Instance);
        foreach (var (interfaceType, implementingObjects) in objects)
        {
            var implementingInterfaces = interfaces.TryGetValue(interfaceType, out var found) ? found : [];
            possibleTypes[interfaceType] = [.. implementingObjects];
            implementations[interfaceType] = new InterfaceImplementations([.. implementingObjects], [.. implementingInterfaces]);
            var all = new List<ICompositeType>(implementingObjects.Count + implementingInterfaces.Count);
            all.AddRange(implementingObjects);
            all.AddRange(implementingInterfaces);
            subTypes[interfaceType] = all.ToFrozenSet<ICompositeType>(ReferenceEqualityComparer.Instance);
        }

        return (
            possibleTypes.ToFrozenDictionary(ReferenceEqualityComparer.Instance),
            subTypes.ToFrozenDictionary(ReferenceEqualityComparer.Instance),
            implementations.ToFrozenDictionary(ReferenceEqualityComparer.Instance));
    }

    private static void AddOnce<T>(Dictionary<InterfaceType, List<T>> index, InterfaceType key, T value)
        where T : class
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
