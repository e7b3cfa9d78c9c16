namespace GraphQL.Types.CodeFirst;

/// <summary>What a <see cref="CodeFirstSchemaBuilder"/> was told, handed to the <see cref="CodeFirstTypeMapper"/> at build time.</summary>
internal sealed class CodeFirstRegistrations
{
    public Type? QueryType { get; set; }

    public Type? MutationType { get; set; }

    public Type? SubscriptionType { get; set; }

    public List<Type> Types { get; } = [];

    public List<Type> Interfaces { get; } = [];

    public List<UnionRegistration> Unions { get; } = [];

    public List<Type> Extensions { get; } = [];

    public Dictionary<Type, ScalarType> ScalarBindings { get; } = [];

    /// <summary>One instance per scalar class, shared by <c>BindRuntimeType</c> and <see cref="GraphQLTypeAttribute"/>.</summary>
    public Dictionary<Type, ScalarType> ScalarInstances { get; } = [];

    public Dictionary<Type, ObjectTypeConfiguration> Configurations { get; } = [];

    /// <summary>Set by <see cref="CodeFirstSchemaBuilder.AddMutationConventions"/>; <c>null</c>: only marked mutations follow them.</summary>
    public MutationConventionOptions? MutationConventions { get; set; }

    public Func<Type, bool> IsService { get; set; } = static _ => false;

    /// <summary>The names of the object types the SDL given to the builder defines, which type extensions may target.</summary>
    public HashSet<string> SdlObjectTypes { get; } = new(StringComparer.Ordinal);
}
