using GraphQL.Execution;

namespace GraphQL.Authorization;

/// <summary>The errors of the <c>@authorize</c> middleware: the field resolves to null, the rest of the response is kept.</summary>
public static class AuthorizationErrors
{
    /// <summary>No signed-in user (no token, or one that was rejected).</summary>
    public static GraphQLError NotAuthenticated(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GraphQLError.Create(
            $"The field {context.ObjectType.Name}.{context.Field.Name} needs a signed-in user: the request carries no valid token.",
            path: context.Path.ToList(),
            code: ErrorCodes.AuthNotAuthenticated);
    }

    /// <summary>A signed-in user whose roles or policies do not admit the field.</summary>
    public static GraphQLError NotAuthorized(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GraphQLError.Create(
            $"You are not allowed to access {context.ObjectType.Name}.{context.Field.Name}.",
            path: context.Path.ToList(),
            code: ErrorCodes.AuthNotAuthorized);
    }
}
