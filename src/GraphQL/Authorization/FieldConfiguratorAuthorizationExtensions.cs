using GraphQL.Types.CodeFirst;

namespace GraphQL.Authorization;

/// <summary>
/// The fluent form of <see cref="AuthorizeAttribute"/> and <see cref="AllowAnonymousAttribute"/> for code-first fields
/// (<c>ConfigureObject&lt;T&gt;(t =&gt; t.Field(x =&gt; x.Secret).Authorize("ADMIN"))</c>); applied by <see cref="SchemaAuthorization.Apply"/>.
/// </summary>
public static class FieldConfiguratorAuthorizationExtensions
{
    /// <summary>Only authenticated users, in one of <paramref name="roles"/> when any are given.</summary>
    public static FieldConfigurator<T> Authorize<T>(this FieldConfigurator<T> field, params string[] roles) =>
        field.Authorize(new AuthorizationRule(roles));

    /// <summary>Only authenticated users passing <paramref name="rule"/>.</summary>
    public static FieldConfigurator<T> Authorize<T>(this FieldConfigurator<T> field, AuthorizationRule rule)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(rule);
        return field.Configure(definition =>
        {
            if (!definition.Features.TryGetValue(SchemaAuthorization.RulesKey, out var existing) || existing is not List<AuthorizationRule> rules)
            {
                rules = [];
                definition.Features[SchemaAuthorization.RulesKey] = rules;
            }

            rules.Add(rule);
        });
    }

    /// <summary>Exempts the field from the default root-field rule, so anonymous users reach it.</summary>
    public static FieldConfigurator<T> AllowAnonymous<T>(this FieldConfigurator<T> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Configure(definition => definition.Features[SchemaAuthorization.AllowAnonymousKey] = true);
    }
}
