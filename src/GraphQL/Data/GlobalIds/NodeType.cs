using GraphQL.Data.DataLoader;
using GraphQL.Execution;

namespace GraphQL.Data.GlobalIds;

/// <summary>An object type that implements <c>Node</c>: how its key is read and how its objects are fetched.</summary>
internal abstract class NodeType(string typeName, Type clrType)
{
    public string TypeName { get; } = typeName;

    public Type ClrType { get; } = clrType;

    public abstract string EncodeId(object parent);

    /// <summary>The object of <paramref name="id"/>, batched with the other IDs of this type in the round; null when it does not exist.</summary>
    public abstract Task<object?> LoadAsync(IResolverContext context, GlobalId id);
}

/// <inheritdoc />
internal sealed class NodeType<TNode, TKey>(string typeName, Func<TNode, TKey> key, NodeBatchResolver<TKey, TNode> resolve)
    : NodeType(typeName, typeof(TNode))
    where TKey : notnull
{
    public override string EncodeId(object parent) => GlobalId.Encode(TypeName, key((TNode)parent));

    public override async Task<object?> LoadAsync(IResolverContext context, GlobalId id)
    {
        if (!id.TryParseKey<TKey>(out var parsed))
        {
            throw new GraphQLException(GlobalIdErrors.Malformed(GlobalId.Encode(id.TypeName, id.Key)));
        }

        var services = context.Services;
        var loader = context.BatchLoader<TKey, TNode>("GraphQL.Node:" + TypeName, (keys, ct) => resolve(keys, services, ct));
        return await loader.LoadAsync(parsed).ConfigureAwait(false);
    }
}
