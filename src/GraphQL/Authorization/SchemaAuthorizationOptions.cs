namespace GraphQL.Authorization;

/// <summary>The rules <see cref="SchemaAuthorization.Apply"/> gives root fields that are not marked <see cref="AllowAnonymousAttribute"/>.</summary>
public sealed class SchemaAuthorizationOptions
{
    /// <summary>Every query, mutation and subscription root field needs this (authenticated by default); <c>null</c> for none.</summary>
    public AuthorizationRule? DefaultRootFieldRule { get; init; } = AuthorizationRule.Authenticated;

    /// <summary>Mutation root fields need this too (for example roles that may write); <c>null</c> for none.</summary>
    public AuthorizationRule? MutationRule { get; init; }

    /// <summary>Subscription root fields need this too; <c>null</c> for none.</summary>
    public AuthorizationRule? SubscriptionRule { get; init; }
}
