namespace GraphQL.Authorization;

/// <summary>
/// Exempts a field (or every field of a type) from the default rule of <see cref="SchemaAuthorizationOptions"/>, so
/// anonymous requests reach it (sign-in). <see cref="AuthorizeAttribute"/>s on the same field still apply.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property)]
public sealed class AllowAnonymousAttribute : Attribute;
