using System.Linq.Expressions;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Configures the object type made from <typeparamref name="T"/> in code, for what attributes cannot say or where the
/// class cannot carry them: its name, ignored members, renamed or described fields, and computed fields.
/// </summary>
/// <example>
/// <code>
/// builder.ConfigureObject&lt;Playbook&gt;(type => type
///     .Name("Playbook")
///     .Ignore(x => x.OrganizationId)
///     .Field(x => x.Key).Name("slug").Description("Stable catalog key.")
///     .Field("stepCount", context => context.Parent&lt;Playbook&gt;().Steps.Count, typeof(int)));
/// </code>
/// </example>
public sealed class ObjectTypeConfigurator<T>
{
    internal ObjectTypeConfigurator(ObjectTypeConfiguration configuration)
    {
        Configuration = configuration;
    }

    internal ObjectTypeConfiguration Configuration { get; }

    /// <summary>The GraphQL name of the type.</summary>
    public ObjectTypeConfigurator<T> Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Configuration.Name = name;
        return this;
    }

    public ObjectTypeConfigurator<T> Description(string? description)
    {
        Configuration.Description = description;
        return this;
    }

    /// <summary>Keeps a property or method out of the type.</summary>
    public ObjectTypeConfigurator<T> Ignore(Expression<Func<T, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (ReflectionMembers.FromExpression(member, typeof(T), Configuration) is { } found)
        {
            Configuration.Ignored.Add(found);
        }

        return this;
    }

    /// <summary>The field made from a property or method, to rename, describe or deprecate it, or add middleware.</summary>
    public FieldConfigurator<T> Field(Expression<Func<T, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var found = ReflectionMembers.FromExpression(member, typeof(T), Configuration);
        return new FieldConfigurator<T>(this, found is null ? new FieldConfiguration { IsApplied = true } : Configuration.ForMember(found));
    }

    /// <summary>
    /// Adds a field computed by <paramref name="resolve"/>, of the GraphQL type mapped from <paramref name="clrType"/>
    /// (non-null for a value type, nullable otherwise; see <see cref="FieldConfigurator{T}.NonNull"/>).
    /// </summary>
    public FieldConfigurator<T> Field(string name, FieldResolver resolve, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(clrType);
        var field = new FieldConfiguration { Name = name, Resolver = resolve, ClrType = clrType };
        Configuration.ComputedFields.Add(field);
        return new FieldConfigurator<T>(this, field);
    }

    /// <summary>Adds a field computed synchronously by <paramref name="resolve"/>.</summary>
    public FieldConfigurator<T> Field(string name, Func<IResolverContext, object?> resolve, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Field(name, context => new ValueTask<object?>(resolve(context)), clrType);
    }

    /// <summary>Adds a field computed from the parent object.</summary>
    public FieldConfigurator<T> Field<TResult>(string name, Func<T, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Field(name, context => new ValueTask<object?>(resolve(context.Parent<T>())), typeof(TResult));
    }
}
