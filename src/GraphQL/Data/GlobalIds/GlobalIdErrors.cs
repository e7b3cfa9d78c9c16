namespace GraphQL.Data.GlobalIds;

/// <summary>The errors of global IDs, all with code <see cref="ErrorCodes.InvalidId"/>.</summary>
internal static class GlobalIdErrors
{
    public static GraphQLError Malformed(string? id) =>
        GraphQLError.Create($"\"{id}\" is not a valid ID.", code: ErrorCodes.InvalidId);

    public static GraphQLError WrongType(string id, string expectedTypeName) =>
        GraphQLError.Create($"\"{id}\" is not an ID of a {expectedTypeName}.", code: ErrorCodes.InvalidId);
}
