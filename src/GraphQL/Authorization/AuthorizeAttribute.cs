namespace GraphQL.Authorization;

/// <summary>
/// Lets only authenticated users resolve the field (on a property or method) or every field of the type (on a class),
/// optionally only users in one of <see cref="Roles"/> and passing <see cref="Policy"/>. Several attributes must all pass.
/// <see cref="SchemaAuthorization.Apply"/> turns them into the field's <c>@authorize</c> middleware.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Comma-separated role names; the user needs one of them (<see cref="System.Security.Claims.ClaimsPrincipal.IsInRole"/>).</summary>
    public string? Roles { get; set; }

    /// <summary>An ASP.NET Core authorization policy the user must pass (evaluated by <c>IAuthorizationService</c>).</summary>
    public string? Policy { get; set; }

    internal AuthorizationRule ToRule() => new(AuthorizationRule.SplitRoles(Roles), Policy);
}
