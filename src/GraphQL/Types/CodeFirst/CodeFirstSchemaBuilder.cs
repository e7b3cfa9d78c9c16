using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Builds a <see cref="Schema"/> from C# types and resolver classes, once, at start-up (see <c>README.md</c> for the
/// mapping rules). Resolvers are compiled to delegates with expression trees; nothing is reflected per request. Build
/// fails with one <see cref="SchemaValidationException"/> listing every problem, each naming the CLR member and the
/// GraphQL element.
/// </summary>
/// <example>
/// <code>
/// var schema = new CodeFirstSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddTypeExtension&lt;PlaybookQueries&gt;()      // [ExtendObjectType("Query")]
///     .AddTypeExtension&lt;PlaybookFields&gt;()       // [ExtendObjectType(typeof(Playbook))]
///     .AddInterface&lt;INode&gt;()
///     .BindRuntimeType&lt;Uri, StringType&gt;()
///     .ConfigureObject&lt;Playbook&gt;(type => type.Ignore(x => x.OrganizationId))
///     .IsService(type => type.Name.EndsWith("Service", StringComparison.Ordinal))
///     .Build();
/// </code>
/// </example>
public sealed partial class CodeFirstSchemaBuilder
{
    private readonly CodeFirstRegistrations _registrations = new();
    private readonly List<DocumentNode> _documents = [];
    private readonly List<(Type Resolvers, string TypeName)> _bindings = [];
    private readonly List<Action<SchemaBuilder>> _schemaConfigurations = [];
    private readonly List<string> _registrationErrors = [];

    /// <summary>The query root type: a resolver class whose public members become the fields of <c>Query</c>.</summary>
    public CodeFirstSchemaBuilder AddQueryType<TQuery>()
    {
        _registrations.QueryType = typeof(TQuery);
        return this;
    }

    /// <summary>The mutation root type: a resolver class whose public members become the fields of <c>Mutation</c>.</summary>
    public CodeFirstSchemaBuilder AddMutationType<TMutation>()
    {
        _registrations.MutationType = typeof(TMutation);
        return this;
    }

    /// <summary>
    /// The subscription root type. A method returning <see cref="IAsyncEnumerable{T}"/> (or a task of one) is a field of
    /// type <c>T</c>: the stream is the source stream and each event is the field's value. With
    /// <see cref="SubscribeAttribute"/>, another method gives the stream and this one resolves each event.
    /// </summary>
    public CodeFirstSchemaBuilder AddSubscriptionType<TSubscription>()
    {
        _registrations.SubscriptionType = typeof(TSubscription);
        return this;
    }

    /// <summary>
    /// Adds the type of a class, record, struct or enum (an input object for a class marked <see cref="GraphQLInputAttribute"/>),
    /// even if no field reaches it: implementations of an interface, for example.
    /// </summary>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}"/>
    public CodeFirstSchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _registrations.Types.Add(type);
        return this;
    }

    /// <summary>
    /// Adds a class marked <see cref="ExtendObjectTypeAttribute"/> whose public members add fields to another object type:
    /// how each feature folder adds its root fields.
    /// </summary>
    public CodeFirstSchemaBuilder AddTypeExtension<TExtension>() => AddTypeExtension(typeof(TExtension));

    /// <inheritdoc cref="AddTypeExtension{TExtension}"/>
    public CodeFirstSchemaBuilder AddTypeExtension(Type extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        _registrations.Extensions.Add(extension);
        return this;
    }

    /// <summary>
    /// Makes a C# interface or abstract class a GraphQL interface. Object types whose CLR types implement or derive from it
    /// implement it; add those that no field reaches with <see cref="AddType{T}"/>.
    /// </summary>
    public CodeFirstSchemaBuilder AddInterface<T>()
    {
        _registrations.Interfaces.Add(typeof(T));
        return this;
    }

    /// <summary>A union of the object types of <paramref name="memberTypes"/>; fields use it through <c>[GraphQLType("Name")]</c>.</summary>
    public CodeFirstSchemaBuilder AddUnion(string name, params Type[] memberTypes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(memberTypes);
        _registrations.Unions.Add(new UnionRegistration(name, null, memberTypes));
        return this;
    }

    /// <summary>
    /// A union named after <typeparamref name="TMarker"/> (a marker interface or base class that is not a GraphQL
    /// interface) of the object types of <paramref name="memberTypes"/>; fields of type <typeparamref name="TMarker"/> are of the union.
    /// </summary>
    public CodeFirstSchemaBuilder AddUnion<TMarker>(params Type[] memberTypes)
    {
        ArgumentNullException.ThrowIfNull(memberTypes);
        _registrations.Unions.Add(new UnionRegistration(null, typeof(TMarker), memberTypes));
        return this;
    }

    /// <summary>Maps the CLR type <typeparamref name="TClr"/> to the scalar <typeparamref name="TScalar"/> (one instance per builder).</summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TClr, TScalar>()
        where TScalar : ScalarType, new() =>
        BindRuntimeType<TClr>(CodeFirstTypeMapper.ScalarInstance(typeof(TScalar), _registrations.ScalarInstances)!);

    /// <summary>Maps the CLR type <typeparamref name="TClr"/> to <paramref name="scalar"/>.</summary>
    public CodeFirstSchemaBuilder BindRuntimeType<TClr>(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _registrations.ScalarBindings[typeof(TClr)] = scalar;
        return this;
    }

    /// <summary>Configures the object type of <typeparamref name="T"/> in code (name, ignored members, renamed and computed fields).</summary>
    public CodeFirstSchemaBuilder ConfigureObject<T>(Action<ObjectTypeConfigurator<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!_registrations.Configurations.TryGetValue(typeof(T), out var configuration))
        {
            configuration = new ObjectTypeConfiguration(typeof(T));
            _registrations.Configurations.Add(typeof(T), configuration);
        }

        configure(new ObjectTypeConfigurator<T>(configuration));
        return this;
    }

    /// <summary>
    /// Which parameter types are services rather than arguments, besides those marked <see cref="ServiceAttribute"/>;
    /// e.g. <c>IServiceProviderIsService.IsService</c> of the application's container.
    /// </summary>
    public CodeFirstSchemaBuilder IsService(Func<Type, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _registrations.IsService = predicate;
        return this;
    }

    /// <summary>Adds SDL type definitions and extensions; bind resolvers to them with <see cref="BindResolvers{TResolvers}()"/>.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    public CodeFirstSchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var document = Parser.Parse(sdl, ParserOptions.Unlimited);
        _documents.Add(document);
        foreach (var definition in document.Definitions)
        {
            if (definition is ObjectTypeDefinitionNode objectType)
            {
                _registrations.SdlObjectTypes.Add(objectType.Name.Value);
            }
        }

        return this;
    }

    /// <summary>Binds the members of <typeparamref name="TResolvers"/> to the fields of the type its <see cref="GraphQLTypeAttribute"/> names.</summary>
    public CodeFirstSchemaBuilder BindResolvers<TResolvers>()
    {
        if (ReflectionMembers.Attribute<GraphQLTypeAttribute>(typeof(TResolvers))?.TypeName is { } typeName)
        {
            return BindResolvers<TResolvers>(typeName);
        }

        _registrationErrors.Add(CodeFirstErrors.MissingBindingTarget(typeof(TResolvers)));
        return this;
    }

    /// <summary>Binds the public members of <typeparamref name="TResolvers"/> to the fields of the object type <paramref name="typeName"/>.</summary>
    public CodeFirstSchemaBuilder BindResolvers<TResolvers>(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        _bindings.Add((typeof(TResolvers), typeName));
        return this;
    }

    /// <summary>Configures the underlying <see cref="SchemaBuilder"/>: directives, <c>ConfigureType</c>, the schema's description.</summary>
    public CodeFirstSchemaBuilder ConfigureSchema(Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _schemaConfigurations.Add(configure);
        return this;
    }

    /// <summary>Maps the types, compiles the resolvers, then builds, validates and freezes the schema.</summary>
    /// <exception cref="SchemaValidationException">Every problem found, mapping or schema validation.</exception>
    public Schema Build()
    {
        foreach (var configuration in _registrations.Configurations.Values)
        {
            configuration.IsApplied = false;
            configuration.Fields.ForEach(field => field.IsApplied = false);
        }

        var mapper = new CodeFirstTypeMapper(_registrations);
        mapper.Errors.AddRange(_registrationErrors);
        mapper.Map();
        if (mapper.Errors.Count > 0)
        {
            throw new SchemaValidationException(mapper.Errors);
        }

        var builder = new SchemaBuilder();
        foreach (var document in _documents)
        {
            builder.AddTypeDefinitions(document);
        }

        foreach (var definition in mapper.DirectiveDefinitions)
        {
            builder.AddTypeDefinitions(definition);
        }

        foreach (var type in mapper.Types)
        {
            builder.AddType(type);
        }

        if (mapper.Query is not null)
        {
            builder.SetQueryType(mapper.Query);
        }

        builder.SetMutationType(mapper.Mutation);
        builder.SetSubscriptionType(mapper.Subscription);

        // Configured after the SDL is read: extension fields for SDL types, then resolvers bound to SDL fields.
        var errors = new List<string>();
        foreach (var (typeName, fields) in mapper.SdlExtensions)
        {
            builder.ConfigureType<ObjectType>(typeName, type => CodeFirstTypeMapper.AddSdlExtensionFields(type, fields, errors));
        }

        foreach (var (resolvers, typeName) in _bindings)
        {
            builder.ConfigureType<ObjectType>(typeName, type => mapper.BindResolvers(type, resolvers, errors));
        }

        foreach (var configure in _schemaConfigurations)
        {
            configure(builder);
        }

        Schema schema;
        try
        {
            schema = builder.Build();
        }
        catch (SchemaValidationException exception)
        {
            throw new SchemaValidationException([.. errors, .. exception.Errors]);
        }

        return errors.Count > 0 ? throw new SchemaValidationException(errors) : schema;
    }
}
