namespace GraphQL.Types;

/// <summary>
/// A type an argument, input field or variable may have: scalar, enum, input object, or a wrapping type
/// (<see href="https://spec.graphql.org/September2025/#IsInputType()">§3.4 IsInputType()</see>).
/// </summary>
/// <remarks>
/// <see cref="ListType"/> and <see cref="NonNullType"/> carry this marker whatever they wrap; use
/// <see cref="TypeExtensions.IsInputType"/> for the spec's answer. Schema validation rejects a wrapped output-only type.
/// </remarks>
public interface IInputType : IType
{
}
