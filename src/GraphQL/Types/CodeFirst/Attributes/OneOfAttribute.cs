namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Makes an input class a OneOf Input Object (<c>@oneOf</c>): exactly one field is given. Its fields are nullable
/// whatever their C# annotation.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class OneOfAttribute : Attribute
{
}
