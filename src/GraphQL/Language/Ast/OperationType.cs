namespace GraphQL.Language.Ast;

/// <summary>
/// <c>OperationType : one of query mutation subscription</c>
/// (<see href="https://spec.graphql.org/September2025/#OperationType">§2.3 Operations</see>).
/// </summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
