namespace GraphQL.Data;

/// <summary>What a generated filter input type filters: an object's fields, one value's operations, or a collection.</summary>
internal enum FilterKind
{
    Object,
    Operations,
    List,
}
