namespace GraphQL.Types;

/// <summary>
/// The kinds of type, as the <c>__TypeKind</c> enum of introspection names them
/// (<see href="https://spec.graphql.org/September2025/#sec-The-__Type-Type">§4.2.3 The __Type Type</see>).
/// </summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
