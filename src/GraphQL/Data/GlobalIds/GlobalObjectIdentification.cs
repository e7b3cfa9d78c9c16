using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data.GlobalIds;

/// <summary>
/// Opts a code-first schema in to <see href="https://relay.dev/graphql/objectidentification.htm">Relay's global object
/// identification</see>: <c>interface Node { id: ID! }</c>, <c>Query.node(id: ID!): Node</c> and
/// <c>Query.nodes(ids: [ID!]!): [Node]!</c>, and object types that implement <c>Node</c> with an opaque <see cref="GlobalId"/>.
/// </summary>
/// <example>
/// <code>
/// new CodeFirstSchemaBuilder()
///     .AddQueryType&lt;Query&gt;()
///     .AddNodeType&lt;Playbook, Guid&gt;(p =&gt; p.Id, (ids, services, ct) =&gt; services.GetRequiredService&lt;PlaybookNodes&gt;().LoadAsync(ids, ct));
/// </code>
/// </example>
public static class GlobalObjectIdentification
{
    public const string NodeInterfaceName = "Node";

    private static readonly ConditionalWeakTable<CodeFirstSchemaBuilder, NodeTypes> Registries = [];

    /// <summary>Adds <c>Node</c>, <c>node</c> and <c>nodes</c> (once, however often it is called).</summary>
    public static CodeFirstSchemaBuilder AddGlobalObjectIdentification(this CodeFirstSchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Registry(builder);
        return builder;
    }

    /// <summary>
    /// Makes the object type of <typeparamref name="TNode"/> implement <c>Node</c>: its field <c>id</c> (the member
    /// <paramref name="key"/> selects, which stays the field's CLR member so projections read its column) becomes
    /// <c>ID!</c> and gives the encoded ID; <c>node</c>/<c>nodes</c> fetch its objects with <paramref name="resolve"/>,
    /// the keys of one round in one call.
    /// </summary>
    /// <param name="typeName">The GraphQL name, when it is not the CLR type's code-first name.</param>
    public static CodeFirstSchemaBuilder AddNodeType<TNode, TKey>(
        this CodeFirstSchemaBuilder builder,
        Expression<Func<TNode, TKey>> key,
        NodeBatchResolver<TKey, TNode> resolve,
        string? typeName = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(resolve);
        var name = typeName ?? Naming.TypeName(typeof(TNode));
        var registry = Registry(builder);
        var node = new NodeType<TNode, TKey>(name, key.Compile(), resolve);
        registry.Add(node);
        builder.ConfigureSchema(schema => schema.ConfigureType<ObjectType>(name, type => registry.MakeNode(type, node)));

        // The key field is an ID from the start, so what is generated from the type while it is mapped (filter inputs)
        // sees an ID, not the key's UUID or Int: clients filter by the IDs they were given.
        var keyAsObject = Expression.Lambda<Func<TNode, object?>>(Expression.Convert(key.Body, typeof(object)), key.Parameters);
        builder.ConfigureObject<TNode>(type => type.Field(keyAsObject).Shape(NodeKeyShaper.Instance));
        return builder.AddType<TNode>();
    }

    /// <summary>
    /// The key in the ID argument <paramref name="argumentName"/>, which must be an ID of <paramref name="typeName"/>:
    /// how a resolver reads an argument like <c>updatePlaybook(id: ID!)</c>.
    /// </summary>
    /// <exception cref="GraphQLException"><c>INVALID_ID</c>: the value is not an ID, or one of another type.</exception>
    public static TKey IdArgument<TKey>(this IResolverContext context, string argumentName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GlobalId.DecodeKey<TKey>(context.ArgumentValue<string>(argumentName), typeName);
    }

    private static NodeTypes Registry(CodeFirstSchemaBuilder builder)
    {
        if (Registries.TryGetValue(builder, out var registry))
        {
            return registry;
        }

        registry = new NodeTypes();
        Registries.Add(builder, registry);
        builder.ConfigureSchema(registry.AddToSchema);
        return registry;
    }
}
