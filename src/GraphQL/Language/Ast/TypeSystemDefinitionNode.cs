namespace GraphQL.Language.Ast;

/// <summary>
/// <c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c>
/// (<see href="https://spec.graphql.org/September2025/#TypeSystemDefinition">§3 Type System</see>).
/// </summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    /// <summary><c>Description : StringValue</c> (§3.2 Descriptions).</summary>
    public StringValueNode? Description { get; init; }
}
