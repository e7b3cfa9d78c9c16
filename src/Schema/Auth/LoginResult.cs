using GraphQL.Types.CodeFirst;

namespace Playbooks.Schema.Auth;

/// <summary>What a successful sign-in returns.</summary>
[GraphQLDescription("A signed access token (send it as `Authorization: Bearer <token>`) and the user it signs in.")]
public sealed record LoginResult(string Token, DateTimeOffset ExpiresAt, UserAccount User);
