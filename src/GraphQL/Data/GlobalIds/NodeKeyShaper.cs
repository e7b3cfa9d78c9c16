using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data.GlobalIds;

/// <summary>Maps a node type's key field to <c>ID!</c> while it is mapped.</summary>
internal sealed class NodeKeyShaper : IFieldShaper
{
    public static readonly NodeKeyShaper Instance = new();

    public void Shape(FieldShapingContext context) => context.Type = new NonNullType(Scalars.ID);
}
