namespace GraphQL.Types;

/// <summary>
/// A type a selection set can be made on: object, interface or union
/// (<see href="https://spec.graphql.org/September2025/#sec-Selection-Sets">§2.4 Selection Sets</see>).
/// </summary>
public interface ICompositeType : INamedType, IOutputType
{
}
