using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data.GlobalIds;

/// <summary>The node types of one schema, the <c>Node</c> interface, and the resolvers of <c>node</c> and <c>nodes</c>.</summary>
internal sealed class NodeTypes
{
    private readonly Dictionary<string, NodeType> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, NodeType?> _byClrType = new();
    private readonly InterfaceType _node = CreateNodeInterface();

    public NodeTypes()
    {
        _node.ResolveType((value, context) =>
            NodeOf(value.GetType()) is { } nodeType ? context.Schema.GetType(nodeType.TypeName) as ObjectType : null);
    }

    public void Add(NodeType nodeType) => _byName[nodeType.TypeName] = nodeType;

    public void AddToSchema(SchemaBuilder builder)
    {
        builder.AddType(_node);
        builder.ConfigureType<ObjectType>("Query", query =>
        {
            query.AddField(new FieldDefinition("node", _node, "Fetches an object given its ID."))
                .AddArgument(new InputValueDefinition("id", new NonNullType(Scalars.ID), "The ID of an object."));
            query.GetField("node")!.Resolve(ResolveNode);
            query.AddField(new FieldDefinition("nodes", new NonNullType(new ListType(_node)), "Lookup nodes by a list of IDs."))
                .AddArgument(new InputValueDefinition("ids", new NonNullType(new ListType(new NonNullType(Scalars.ID))), "The list of node IDs."));
            query.GetField("nodes")!.Resolve(ResolveNodes);
        });
    }

    /// <summary>Adds <c>Node</c> to <paramref name="type"/> and makes its <c>id</c> the encoded ID, keeping the field's features.</summary>
    public void MakeNode(ObjectType type, NodeType nodeType)
    {
        type.AddInterface(_node);
        var existing = type.GetField("id");
        var id = new FieldDefinition("id", new NonNullType(Scalars.ID), existing?.Description);
        if (existing is null)
        {
            type.AddField(id);
        }
        else
        {
            if (existing.HasFeatures)
            {
                foreach (var (key, value) in existing.Features)
                {
                    id.Features[key] = value;
                }
            }

            type.ReplaceField(id);
        }

        id.Resolve(context => context.Parent is { } parent ? nodeType.EncodeId(parent) : null);
        EncodeReferences(type);
    }

    /// <summary>
    /// Fields of <paramref name="type"/> whose property is marked <c>[ID(nameof(Other))]</c> (foreign keys) give the
    /// global ID of the referenced type instead of the raw key.
    /// </summary>
    private static void EncodeReferences(ObjectType type)
    {
        foreach (var field in type.Fields)
        {
            if (CodeFirstFeatures.GetMember(field) is PropertyInfo property &&
                property.GetCustomAttribute<IDAttribute>() is { TypeName: { } referenced })
            {
                field.Resolve(context => context.Parent is { } parent && property.GetValue(parent) is { } key ? GlobalId.Encode(referenced, key) : null);
            }
        }
    }

    private async ValueTask<object?> ResolveNode(IResolverContext context)
    {
        var id = context.ArgumentValue<string>("id");
        return GlobalId.TryDecode(id, out var decoded)
            ? await LoadAsync(context, decoded).ConfigureAwait(false)
            : throw new GraphQLException(GlobalIdErrors.Malformed(id));
    }

    private async ValueTask<object?> ResolveNodes(IResolverContext context)
    {
        var ids = context.ArgumentValue<object?[]>("ids") ?? [];
        var loads = new Task<object?>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i] as string;
            loads[i] = GlobalId.TryDecode(id, out var decoded) ? LoadAsync(context, decoded) : throw new GraphQLException(GlobalIdErrors.Malformed(id));
        }

        // Every ID is queued before any is awaited: one fetch per type.
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>An ID of a type that is no node type names no object: null, like a deleted one.</summary>
    private Task<object?> LoadAsync(IResolverContext context, GlobalId id) =>
        _byName.TryGetValue(id.TypeName, out var nodeType) ? nodeType.LoadAsync(context, id) : Task.FromResult<object?>(null);

    private NodeType? NodeOf(Type clrType) => _byClrType.GetOrAdd(clrType, type =>
    {
        // Derived CLR types (EF proxies, say) resolve to their base's node type.
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_byName.Values.FirstOrDefault(node => node.ClrType == current) is { } found)
            {
                return found;
            }
        }

        return null;
    });

    private static InterfaceType CreateNodeInterface()
    {
        var node = new InterfaceType(GlobalObjectIdentification.NodeInterfaceName, "An object with a global ID.");
        node.AddField(new FieldDefinition("id", new NonNullType(Scalars.ID), "The ID of the object."));
        return node;
    }
}
