using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Authorization;

/// <summary>
/// Attaches the <c>@authorize</c> middleware to a built schema's fields, once at start-up, from: <see cref="AuthorizeAttribute"/>
/// on a code-first field's member or its type's class, rules added with
/// <see cref="FieldConfiguratorAuthorizationExtensions.Authorize{T}(FieldConfigurator{T}, string[])"/>, and the default rules of
/// <see cref="SchemaAuthorizationOptions"/> for root fields (unless <see cref="AllowAnonymousAttribute"/>).
/// </summary>
/// <remarks>
/// A subscription field with its own source stream resolver (<c>[Subscribe]</c>) is checked before the stream is created
/// too, so an unauthorized client never subscribes. Introspection meta-fields (<c>__schema</c>, <c>__type</c>,
/// <c>__typename</c>) are not fields of the schema's types and are left alone.
/// </remarks>
public static class SchemaAuthorization
{
    /// <summary>The feature key of a field's rules (<see cref="AuthorizationRule"/> list) added in code.</summary>
    public const string RulesKey = "GraphQL.Authorization.Rules";

    /// <summary>The feature key set (to <c>true</c>) on a field that anonymous users may resolve.</summary>
    public const string AllowAnonymousKey = "GraphQL.Authorization.AllowAnonymous";

    public static Schema Apply(Schema schema, SchemaAuthorizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        options ??= new SchemaAuthorizationOptions();
        foreach (var type in schema.Types.OfType<ObjectType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var typeRules = AttributeRules(CodeFirstFeatures.GetClrType(type), out var typeAllowsAnonymous);
            foreach (var field in type.Fields)
            {
                var rules = new List<AuthorizationRule>(typeRules);
                var member = CodeFirstFeatures.GetMember(field) as MemberInfo;
                var extensionAllowsAnonymous = false;
                // A field of a type extension ([ExtendObjectType]) takes the extension class's attributes as its type's.
                if (member?.DeclaringType is { } declaring && declaring != CodeFirstFeatures.GetClrType(type))
                {
                    rules.AddRange(AttributeRules(declaring, out extensionAllowsAnonymous));
                }

                rules.AddRange(AttributeRules(member, out var fieldAllowsAnonymous));
                if (field.HasFeatures && field.Features.TryGetValue(RulesKey, out var added) && added is IEnumerable<AuthorizationRule> configured)
                {
                    rules.AddRange(configured);
                }

                var allowsAnonymous = typeAllowsAnonymous || extensionAllowsAnonymous || fieldAllowsAnonymous
                    || (field.HasFeatures && field.Features.TryGetValue(AllowAnonymousKey, out var anonymous) && anonymous is true);
                if (!allowsAnonymous)
                {
                    rules.InsertRange(0, RootRules(schema, type, options));
                }

                if (rules.Count > 0)
                {
                    Attach(field, rules);
                }
            }
        }

        return schema;
    }

    private static IEnumerable<AuthorizationRule> RootRules(Schema schema, ObjectType type, SchemaAuthorizationOptions options)
    {
        var isRoot = type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType;
        if (isRoot && options.DefaultRootFieldRule is { } rootRule)
        {
            yield return rootRule;
        }

        if (type == schema.MutationType && options.MutationRule is { } mutationRule)
        {
            yield return mutationRule;
        }

        if (type == schema.SubscriptionType && options.SubscriptionRule is { } subscriptionRule)
        {
            yield return subscriptionRule;
        }
    }

    private static void Attach(FieldDefinition field, List<AuthorizationRule> rules)
    {
        field.Use(MiddlewareStage.Authorization, AuthorizeMiddleware.Create(rules));
        if (FieldPipeline.Find(field)?.Subscribe is { } subscribe)
        {
            var checkedRules = rules.ToArray();
            field.Subscribe(async context =>
            {
                await AuthorizeMiddleware.CheckAsync(context, checkedRules).ConfigureAwait(false);
                return await subscribe(context).ConfigureAwait(false);
            });
        }
    }

    private static List<AuthorizationRule> AttributeRules(MemberInfo? member, out bool allowsAnonymous)
    {
        allowsAnonymous = false;
        if (member is null)
        {
            return [];
        }

        allowsAnonymous = member.IsDefined(typeof(AllowAnonymousAttribute), inherit: true);
        return member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(attribute => attribute.ToRule()).ToList();
    }
}
