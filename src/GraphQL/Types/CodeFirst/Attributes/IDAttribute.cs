namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Maps a field, argument or input field to the <c>ID</c> scalar (keeping its list and null wrappers): the same as
/// <c>[GraphQLType(typeof(IdType))]</c>. A <see cref="Guid"/>, <see cref="int"/> or <see cref="long"/> parameter receives
/// the ID parsed back from its string. With a type name, an argument takes global IDs of that type only
/// (<see cref="GraphQL.Data.GlobalIds.GlobalId"/>): the parameter receives the decoded key, and an ID of another type fails
/// the field with <c>INVALID_ID</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute : Attribute
{
    public IDAttribute()
    {
    }

    /// <param name="typeName">The GraphQL type whose global IDs the argument takes, e.g. <c>[ID(nameof(Playbook))] Guid id</c>.</param>
    public IDAttribute(string typeName)
    {
        TypeName = typeName;
    }

    /// <summary>The node type of the global IDs an argument takes; <c>null</c> for a plain ID.</summary>
    public string? TypeName { get; }
}
