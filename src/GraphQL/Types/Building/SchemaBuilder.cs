using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, from types built in code, or both; validates it against the type system's
/// rules; and freezes it.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { hello: String }");
///
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions(sdl)
///     .ConfigureType&lt;EnumType&gt;("Color", color => color.GetValue("RED")!.Value = Color.Red)
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<INamedType> _types = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly List<DocumentNode> _documents = [];
    private readonly List<AppliedDirective> _schemaDirectives = [];
    private readonly List<(string Name, Func<INamedType, bool> Configure, string Kind)> _configurations = [];
    private ObjectType? _queryType;
    private ObjectType? _mutationType;
    private ObjectType? _subscriptionType;
    private string? _description;

    /// <summary>Builds a schema from SDL: type definitions and extensions, directive definitions, an optional schema definition.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    /// <exception cref="SchemaValidationException">The SDL does not describe a valid schema.</exception>
    public static Schema FromSdl(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).Build();

    /// <summary>Adds type-system definitions and extensions written in SDL (parsed without the parser's size limits).</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Parser.Parse(sdl, ParserOptions.Unlimited));
        return this;
    }

    /// <summary>Adds an already parsed type-system document. Executable definitions in it are ignored.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Adds a type built in code; types it references are added with it. A <see cref="ScalarType"/> added this way is also
    /// the implementation of an SDL <c>scalar</c> of the same name.
    /// </summary>
    public SchemaBuilder AddType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }

    /// <summary>Adds a directive definition built in code.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Sets the query root type, overriding SDL.</summary>
    public SchemaBuilder SetQueryType(ObjectType type)
    {
        _queryType = type;
        return this;
    }

    /// <summary>Sets the mutation root type, overriding SDL.</summary>
    public SchemaBuilder SetMutationType(ObjectType? type)
    {
        _mutationType = type;
        return this;
    }

    /// <summary>Sets the subscription root type, overriding SDL.</summary>
    public SchemaBuilder SetSubscriptionType(ObjectType? type)
    {
        _subscriptionType = type;
        return this;
    }

    /// <summary>Sets the schema's description, overriding SDL.</summary>
    public SchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Applies a directive to the schema itself.</summary>
    public SchemaBuilder AddSchemaDirective(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _schemaDirectives.Add(directive);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="configure"/> on the named type once SDL has been read and before the schema is validated and
    /// frozen: the place to bind enum values to CLR values, attach resolvers or features, or add fields in code.
    /// </summary>
    public SchemaBuilder ConfigureType<T>(string name, Action<T> configure)
        where T : class, INamedType
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        _configurations.Add((name, type =>
        {
            if (type is not T typed)
            {
                return false;
            }

            configure(typed);
            return true;
        }, typeof(T).Name));
        return this;
    }

    /// <summary>Builds, validates and freezes the schema.</summary>
    /// <exception cref="SchemaValidationException">The definitions do not make a valid schema; every error found is listed.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var declared = new DeclaredTypes(errors);
        foreach (var type in _types)
        {
            declared.Add(type);
        }

        var directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        var directiveList = new List<DirectiveDefinition>(DirectiveDefinition.BuiltIns);
        foreach (var builtIn in DirectiveDefinition.BuiltIns)
        {
            directives[builtIn.Name] = builtIn;
        }

        foreach (var directive in _directives)
        {
            AddDirectiveDefinition(directive, directives, directiveList, errors);
        }

        var roots = new RootTypes();
        var schemaDirectiveNodes = new List<DirectiveNode>();
        string? description = null;
        SchemaDefinitionNode? schemaDefinition = null;
        if (_documents.Count > 0)
        {
            var reader = new SdlSchemaReader(declared, directives, directiveList, errors);
            reader.Read(_documents, roots, schemaDirectiveNodes);
            description = reader.SchemaDescription;
            schemaDefinition = reader.SchemaDefinition;
        }

        roots.Query = _queryType ?? roots.Query;
        roots.Mutation = _mutationType ?? roots.Mutation;
        roots.Subscription = _subscriptionType ?? roots.Subscription;
        if (!roots.Defined)
        {
            roots.UseDefaultNames(declared);
        }

        foreach (var (name, configure, kind) in _configurations)
        {
            if (declared.Find(name) is not { } type || !configure(type))
            {
                errors.Add(SchemaErrors.UnknownConfiguredType(name, kind));
            }
        }

        var types = TypeCollector.Collect(declared.InOrder, roots, directiveList, errors);
        var schema = new Schema(roots.Query, roots.Mutation, roots.Subscription, types, directiveList)
        {
            Description = _description ?? description,
            Syntax = schemaDefinition,
        };

        foreach (var directive in _schemaDirectives)
        {
            schema.AddDirective(directive);
        }

        if (_documents.Count > 0 && schemaDirectiveNodes.Count > 0)
        {
            SdlSchemaReader.ApplySchemaDirectives(schema, schemaDirectiveNodes, directives, errors);
        }

        SchemaValidator.Validate(schema, errors);
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        schema.Freeze();
        return schema;
    }

    /// <summary>Registers a directive definition; returns whether it was added (not a duplicate or a built-in's name).</summary>
    internal static bool AddDirectiveDefinition(
        DirectiveDefinition directive,
        Dictionary<string, DirectiveDefinition> directives,
        List<DirectiveDefinition> directiveList,
        List<string> errors)
    {
        if (DirectiveDefinition.IsBuiltInName(directive.Name))
        {
            if (!directive.IsBuiltIn)
            {
                errors.Add(SchemaErrors.BuiltInDirectiveRedefined(directive.Name));
            }

            return false;
        }

        if (!directives.TryAdd(directive.Name, directive))
        {
            if (!ReferenceEquals(directives[directive.Name], directive))
            {
                errors.Add(SchemaErrors.DuplicateDirective(directive.Name));
            }

            return false;
        }

        directiveList.Add(directive);
        return true;
    }
}
