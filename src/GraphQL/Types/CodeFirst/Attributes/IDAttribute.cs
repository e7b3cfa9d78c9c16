namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Maps a field, argument or input field to the <c>ID</c> scalar (keeping its list and null wrappers): the same as
/// <c>[GraphQLType(typeof(IdType))]</c>. A <see cref="Guid"/>, <see cref="int"/> or <see cref="long"/> parameter receives
/// the ID parsed back from its string.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute : Attribute
{
}
