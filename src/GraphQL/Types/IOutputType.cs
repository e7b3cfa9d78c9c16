namespace GraphQL.Types;

/// <summary>
/// A type a field may return: scalar, object, interface, union, enum, or a wrapping type
/// (<see href="https://spec.graphql.org/September2025/#IsOutputType()">§3.4 IsOutputType()</see>).
/// </summary>
/// <remarks>
/// <see cref="ListType"/> and <see cref="NonNullType"/> carry this marker whatever they wrap; use
/// <see cref="TypeExtensions.IsOutputType"/> for the spec's answer. Schema validation rejects a wrapped input object.
/// </remarks>
public interface IOutputType : IType
{
}
