using System.Collections;
using System.Reflection;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Turns the registered CLR types into GraphQL types, once, at build time: roots, explicitly added types, interfaces,
/// unions and extensions first, then, breadth first, every type their members reach. Every problem is collected in
/// <see cref="Errors"/>; resolvers are compiled only when there are none.
/// </summary>
internal sealed partial class CodeFirstTypeMapper
{
    private static readonly Dictionary<Type, ScalarType> BuiltInScalars = new()
    {
        [typeof(string)] = Scalars.String,
        [typeof(int)] = Scalars.Int,
        [typeof(short)] = Scalars.Int,
        [typeof(ushort)] = Scalars.Int,
        [typeof(byte)] = Scalars.Int,
        [typeof(sbyte)] = Scalars.Int,
        [typeof(long)] = Scalars.Long,
        [typeof(uint)] = Scalars.Long,
        [typeof(bool)] = Scalars.Boolean,
        [typeof(double)] = Scalars.Float,
        [typeof(float)] = Scalars.Float,
        [typeof(decimal)] = Scalars.Decimal,
        [typeof(Guid)] = Scalars.Uuid,
        [typeof(DateTimeOffset)] = Scalars.DateTime,
        [typeof(DateTime)] = Scalars.DateTime,
        [typeof(DateOnly)] = Scalars.Date,
        [typeof(JsonElement)] = Scalars.Json,
        [typeof(JsonDocument)] = Scalars.Json,
    };

    private static readonly ScalarType[] SharedScalars =
    [
        Scalars.Int, Scalars.Float, Scalars.String, Scalars.Boolean, Scalars.ID,
        Scalars.Uuid, Scalars.DateTime, Scalars.Date, Scalars.Json, Scalars.Long, Scalars.Decimal,
    ];

    private readonly CodeFirstRegistrations _registrations;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, INamedType> _outputTypes = [];
    private readonly Dictionary<Type, InputObjectType> _inputTypes = [];
    private readonly Dictionary<Type, EnumType> _enumTypes = [];
    private readonly Dictionary<string, (INamedType Type, string Site)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldTarget> _targets = new(StringComparer.Ordinal);
    private readonly Queue<Action> _pending = new();
    private readonly List<(FieldDefinition Field, ResolverPlan Plan)> _plans = [];
    private readonly List<(FieldDefinition Field, FieldConfiguration Configuration)> _fieldConfigurations = [];
    private readonly HashSet<ScalarType> _usedScalars = [];

    public CodeFirstTypeMapper(CodeFirstRegistrations registrations)
    {
        _registrations = registrations;
        Converters = new InputConverters(_nullability);
        Compiler = new ResolverCompiler(Converters);
    }

    public List<string> Errors { get; } = [];

    /// <summary>The SDL of the directives that attributes applied (<see cref="SchemaDirectiveAttribute"/>), to define in the schema.</summary>
    public SortedSet<string> DirectiveDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>The named types made, in the order they were made (scalars used included).</summary>
    public List<INamedType> Types { get; } = [];

    public ObjectType? Query { get; private set; }

    public ObjectType? Mutation { get; private set; }

    public ObjectType? Subscription { get; private set; }

    /// <summary>Fields that type extensions add to object types of the SDL, added when the SDL has been read.</summary>
    public IEnumerable<(string TypeName, IReadOnlyList<FieldDefinition> Fields)> SdlExtensions =>
        _targets.Values.Where(target => target.Type is null).Select(target => (target.TypeName, (IReadOnlyList<FieldDefinition>)target.Deferred));

    public InputConverters Converters { get; }

    public ResolverCompiler Compiler { get; }

    /// <summary>Maps everything registered; on success compiles the resolvers and applies field configurations.</summary>
    public void Map()
    {
        foreach (var configuration in _registrations.Configurations.Values)
        {
            Errors.AddRange(configuration.Errors);
        }

        CreateInterfaces();
        CreateUnions();
        Query = CreateRoot(_registrations.QueryType, "Query");
        Mutation = CreateRoot(_registrations.MutationType, "Mutation");
        Subscription = CreateRoot(_registrations.SubscriptionType, "Subscription");
        foreach (var type in _registrations.Types)
        {
            AddExplicitType(type);
        }

        Drain();
        foreach (var extension in _registrations.Extensions)
        {
            AddExtension(extension);
            Drain();
        }

        foreach (var configuration in _registrations.Configurations.Values)
        {
            if (!configuration.IsApplied)
            {
                Errors.Add(CodeFirstErrors.UnusedConfiguration(configuration.ClrType));
                continue;
            }

            foreach (var field in configuration.Fields)
            {
                if (!field.IsApplied)
                {
                    Errors.Add(CodeFirstErrors.UnknownConfiguredMember(configuration.ClrType, field.Member!.Name));
                }
            }
        }

        if (Errors.Count == 0)
        {
            CompleteShaping();
        }

        if (Errors.Count > 0)
        {
            return;
        }

        foreach (var (field, plan) in _plans)
        {
            Attach(field, plan, Errors);
        }

        foreach (var (field, configuration) in _fieldConfigurations)
        {
            configuration.ApplyTo(field);
        }
    }

    /// <summary>Compiles a plan into the field's resolver (and source stream resolver).</summary>
    public void Attach(FieldDefinition field, ResolverPlan plan, List<string> errors)
    {
        if (Compiler.Compile(plan, errors) is { } resolver)
        {
            field.Resolve(plan.Decorate is { } decorate ? decorate(resolver) : resolver);
        }

        if (plan.SubscribeSource is { } source && Compiler.Compile(source, errors) is { } subscribe)
        {
            field.Subscribe(subscribe);
        }
    }

    private void Drain()
    {
        while (_pending.Count > 0)
        {
            _pending.Dequeue()();
        }
    }

    /// <summary>Adds a named type under its name; a name already used, or not a GraphQL name, is an error.</summary>
    private bool TryRegister(string name, string site, Func<INamedType> create, out INamedType? type)
    {
        type = null;
        if (!NameValidation.IsValid(name))
        {
            Errors.Add(CodeFirstErrors.InvalidName(site, name));
            return false;
        }

        if (_names.TryGetValue(name, out var existing))
        {
            Errors.Add(CodeFirstErrors.DuplicateTypeName(site, name, existing.Site));
            return false;
        }

        type = create();
        _names.Add(name, (type, site));
        Types.Add(type);
        return true;
    }

    private ScalarType UseScalar(ScalarType scalar)
    {
        if (_usedScalars.Add(scalar) && !scalar.IsSpecifiedScalar)
        {
            Types.Add(scalar);
        }

        return scalar;
    }

    /// <summary>The scalar a CLR type is bound to (<see cref="CodeFirstSchemaBuilder.BindRuntimeType{TClr, TScalar}"/> first), or <c>null</c>.</summary>
    private ScalarType? FindScalar(Type type) =>
        _registrations.ScalarBindings.TryGetValue(type, out var bound) ? bound
        : BuiltInScalars.TryGetValue(type, out var builtIn) ? builtIn
        : null;

    /// <summary>Whether a CLR type maps to a scalar, so it is not read as a list even when it is enumerable.</summary>
    private bool IsLeaf(Type type) => FindScalar(type) is not null;

    /// <summary>
    /// The one instance of a scalar class: the shared one for the built-in and provided scalars, otherwise one created
    /// per builder.
    /// </summary>
    internal static ScalarType? ScalarInstance(Type scalarType, Dictionary<Type, ScalarType> instances)
    {
        if (instances.TryGetValue(scalarType, out var existing))
        {
            return existing;
        }

        if (!typeof(ScalarType).IsAssignableFrom(scalarType) || scalarType.IsAbstract || scalarType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var shared = Array.Find(SharedScalars, scalar => scalar.GetType() == scalarType);
        var instance = shared ?? (ScalarType)Activator.CreateInstance(scalarType)!;
        instances.Add(scalarType, instance);
        return instance;
    }

    /// <summary>
    /// The named type that <see cref="IDAttribute"/> or <see cref="GraphQLTypeAttribute"/> puts in place of the mapped one;
    /// <c>null</c> when there is none. <paramref name="failed"/> tells an invalid override from none.
    /// </summary>
    private INamedType? NamedTypeOverride(ICustomAttributeProvider[] attributes, string site, out bool failed)
    {
        failed = false;
        foreach (var provider in attributes)
        {
            if (provider.IsDefined(typeof(IDAttribute), false))
            {
                return UseScalar(Scalars.ID);
            }

            if (ReflectionMembers.Attribute<GraphQLTypeAttribute>(provider) is not { } attribute)
            {
                continue;
            }

            if (attribute.ScalarType is { } scalarType)
            {
                if (ScalarInstance(scalarType, _registrations.ScalarInstances) is { } scalar)
                {
                    return UseScalar(scalar);
                }

                Errors.Add(CodeFirstErrors.InvalidScalarType(site, scalarType));
                failed = true;
                return null;
            }

            if (_names.TryGetValue(attribute.TypeName!, out var named))
            {
                return named.Type;
            }

            if (Scalars.GetSpecified(attribute.TypeName!) is { } specified)
            {
                return specified;
            }

            Errors.Add(CodeFirstErrors.UnknownTypeName(site, attribute.TypeName!));
            failed = true;
            return null;
        }

        return null;
    }

    /// <summary><see cref="GraphQLNonNullAttribute"/> → <c>true</c>, <see cref="GraphQLNullableAttribute"/> → <c>false</c>.</summary>
    private static bool? NonNullOverride(ICustomAttributeProvider[] attributes)
    {
        foreach (var provider in attributes)
        {
            if (provider.IsDefined(typeof(GraphQLNonNullAttribute), false))
            {
                return true;
            }

            if (provider.IsDefined(typeof(GraphQLNullableAttribute), false))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>Wraps the named type in the reference's lists and non-nulls.</summary>
    private static IType Wrap(ClrTypeReference reference, INamedType named, bool? nonNull)
    {
        IType inner = reference.Element is { } element ? new ListType(Wrap(element, named, null)) : named;
        var isNullable = nonNull is { } forced ? !forced : reference.IsNullable;
        return isNullable ? inner : new NonNullType(inner);
    }

    /// <summary>
    /// Types that never become object or input types: <c>object</c>, delegates, dictionaries, untyped collections,
    /// pointers, open generics, and the framework's own types (bind those to a scalar instead).
    /// </summary>
    private static bool IsUnmappable(Type type)
    {
        if (type == typeof(object) || type == typeof(void) || type.IsPointer || type.IsByRef || type.IsPrimitive ||
            type.ContainsGenericParameters || typeof(Delegate).IsAssignableFrom(type) || ClrTypeReference.IsDictionary(type) ||
            typeof(IEnumerable).IsAssignableFrom(type))
        {
            return true;
        }

        var ns = type.Namespace;
        return ns is not null && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) ||
                                  ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
    }

    /// <summary>
    /// <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> → <c>T</c> with its nullability. A method returning <c>void</c>, a
    /// plain <c>Task</c> or <c>ValueTask</c> gives <c>typeof(void)</c>.
    /// </summary>
    private static (Type Type, NullabilityInfo? Nullability) UnwrapAwaitable(Type type, NullabilityInfo? nullability)
    {
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return (typeof(void), null);
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return (type.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault());
        }

        return (type, nullability);
    }

    /// <summary>Where the fields of one GraphQL object type go: the code-first type itself, or a list for an SDL type.</summary>
    private sealed class FieldTarget(string typeName, ComplexType? type)
    {
        private readonly Dictionary<string, string> _sites = new(StringComparer.Ordinal);

        public string TypeName { get; } = typeName;

        /// <summary>The code-first type; <c>null</c> for an SDL type, whose fields are added once the SDL is read.</summary>
        public ComplexType? Type { get; } = type;

        /// <summary>The CLR type the code-first type was made from; a type extension's method receives it as its parent.</summary>
        public Type? ClrType { get; init; }

        public bool IsSubscription { get; init; }

        public List<FieldDefinition> Deferred { get; } = [];

        public bool TryAdd(FieldDefinition field, string site, List<string> errors)
        {
            if (!_sites.TryAdd(field.Name, site))
            {
                errors.Add(CodeFirstErrors.DuplicateField(site, field.Name, _sites[field.Name]));
                return false;
            }

            if (Type is null)
            {
                Deferred.Add(field);
            }
            else
            {
                Type.AddField(field);
            }

            return true;
        }
    }
}
